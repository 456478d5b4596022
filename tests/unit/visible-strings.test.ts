import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SCANNED = ['components', 'lib/overlay'];

/** Words a person reads: at least two letters in a row. Glyphs ("×", "…", "▁▂") and numbers are not words. */
const WORDS = /\p{L}{2,}/u;
/** Attributes a person reads or hears. */
const READ_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label', 'aria-description']);
/** An example a field shows as it is, in any language: a host name. */
const EXAMPLE_HOST = /^[a-z0-9.-]+\.[a-z]{2,}$/;

function filesUnder(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const literalText = (node: ts.Node): string | undefined => {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
  return undefined;
};

const reads = (text: string | undefined): text is string => text !== undefined && WORDS.test(text) && !EXAMPLE_HOST.test(text.trim());

/**
 * Text written into the UI as a literal: JSX text, a read attribute's literal value, a child of h(), a literal
 * assigned to textContent. What the user reads must come from the messages (lib/i18n/messages.ts) instead.
 */
function hardCodedStrings(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && reads(node.text)) found.push(node.text.trim());
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText()) && node.initializer) {
      const value = ts.isJsxExpression(node.initializer) && node.initializer.expression ? literalText(node.initializer.expression) : literalText(node.initializer);
      if (reads(value)) found.push(value);
    }
    if (ts.isCallExpression(node) && node.expression.getText() === 'h') {
      for (const child of node.arguments.slice(2)) if (reads(literalText(child))) found.push(literalText(child)!);
      const attributes = node.arguments[1];
      if (attributes && ts.isObjectLiteralExpression(attributes)) {
        for (const property of attributes.properties) {
          if (ts.isPropertyAssignment(property) && READ_ATTRIBUTES.has(property.name.getText().replace(/['"]/g, '')) && reads(literalText(property.initializer))) found.push(literalText(property.initializer)!);
        }
      }
    }
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && /\.(textContent|title)$/.test(node.left.getText()) && reads(literalText(node.right))) {
      found.push(literalText(node.right)!);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * Settings sections whose bodies still speak English only (their headings are translated): the next to move to
 * the messages. This list may only shrink; a file that is clean must leave it.
 */
const NOT_YET_TRANSLATED = ['components/options/DataSection.tsx', 'components/options/TemplatesSection.tsx'];

describe('what a person reads in components/ and lib/overlay/ comes from the messages', () => {
  const files = SCANNED.flatMap(filesUnder).map((file) => relative(ROOT, join(ROOT, file)));

  it('finds hard-coded words where they would be (the check itself works)', () => {
    expect(files).toContain('components/popup/Popup.tsx');
    expect(files).toContain('lib/overlay/panel.ts');
    expect(hardCodedStrings('components/options/DataSection.tsx').length).toBeGreaterThan(0);
  });

  it.each(files.filter((file) => !NOT_YET_TRANSLATED.includes(file)))('%s has no hard-coded words', (file) => {
    expect(hardCodedStrings(file)).toEqual([]);
  });

  it('lists only files that still have some', () => {
    expect(NOT_YET_TRANSLATED.filter((file) => hardCodedStrings(file).length === 0)).toEqual([]);
  });
});
