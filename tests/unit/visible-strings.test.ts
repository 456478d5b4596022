import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
/** Where FeedCoach's words are written: the pages' components, the overlay, and what the popup and options show from lib/. */
const SCANNED = ['components', 'lib/overlay', 'lib/health', 'lib/data', 'lib/settings'];

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
 * Prose anywhere: two words apart ("Export failed"), or one capitalised word ("Exporting"). Identifiers, keys and
 * class names are lower case and hyphenated, so a value like 'merge' or 'thank-sharer' is not prose.
 */
const SENTENCE = /\p{L}{2,}[.,:;!?…’']*\s+[\p{L}({"“]/u;
const CAPITALISED_WORD = /^\s*\p{Lu}\p{Ll}+/u;
const isProse = (text: string | undefined): text is string => reads(text) && (SENTENCE.test(text) || CAPITALISED_WORD.test(text));
/** Object keys whose values a person reads, even as one lower-case word ({ label: 'export' }). */
const READ_KEYS = new Set([...READ_ATTRIBUTES, 'text', 'message', 'what', 'hint', 'heading', 'note', 'name', 'description']);
/** Where words are code, not text: class names, selectors, developers' errors and logs, keys compared or indexed. */
const CODE_ATTRIBUTES = /^(className|class|style|id|htmlFor|type|role|href|accept|key|data-[\w-]+|aria-(labelledby|describedby|live|controls))$/;
const CODE_CALLS = /(^|\.)(querySelector|querySelectorAll|closest|matches|getElementById|addEventListener|removeEventListener|setAttribute|getAttribute|error|warn|log|debug|info|matchMedia)$/;
/** Text that is code by its own shape: a style sheet, a message key ('model.likeHint'), a key of the keyboard. */
const CODE_TEXT = /\{[^}]*:[^}]*\}|^[a-z]\w*(\.\w+)+$|^(Enter|Escape|Tab|Backspace|Arrow(Up|Down|Left|Right)|Home|End|Page(Up|Down))$/;

const keyText = (name: ts.PropertyName): string => (ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : name.getText());

/** Whether a literal is code by where it stands (its own text aside). */
function isCode(node: ts.Node): boolean {
  for (let at: ts.Node = node; at.parent; at = at.parent) {
    const parent = at.parent;
    if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isTypeNode(parent) || ts.isLiteralTypeNode(parent)) return true;
    if (ts.isJsxAttribute(parent)) return CODE_ATTRIBUTES.test(parent.name.getText());
    if (ts.isNewExpression(parent) && /Error$/.test(parent.expression.getText())) return true;
    if (ts.isCallExpression(parent) && parent.expression !== at && CODE_CALLS.test(parent.expression.getText())) return true;
    if (ts.isElementAccessExpression(parent) && parent.argumentExpression === at) return true;
    if (ts.isCaseClause(parent) && parent.expression === at) return true;
    if (ts.isBinaryExpression(parent) && /^(===|!==|==|!=|in)$/.test(parent.operatorToken.getText())) return true;
    if (ts.isPropertyAssignment(parent)) return parent.name === at || CODE_ATTRIBUTES.test(keyText(parent.name));
    if (ts.isStatement(parent) || ts.isFunctionLike(parent)) return false;
  }
  return false;
}

/** The object key a literal is the value of, directly or through a ternary or ||: `{ label: busy ? 'Wait' : 'Go' }`. */
function valueOfKey(node: ts.Node): string | undefined {
  let at = node;
  while (ts.isConditionalExpression(at.parent) || ts.isParenthesizedExpression(at.parent) || (ts.isBinaryExpression(at.parent) && at.parent.right === at)) at = at.parent;
  return ts.isPropertyAssignment(at.parent) && at.parent.initializer === at ? keyText(at.parent.name) : undefined;
}

/** A literal anywhere else (an object's value, a call's argument, a ternary's branch, a template) that is prose. */
function proseLiteral(node: ts.Node): string | undefined {
  if (!ts.isStringLiteral(node) && !ts.isNoSubstitutionTemplateLiteral(node) && !ts.isTemplateExpression(node)) return undefined;
  const text = literalText(node);
  if (ts.isTaggedTemplateExpression(node.parent) || text === undefined || CODE_TEXT.test(text) || isCode(node)) return undefined;
  const key = valueOfKey(node);
  return (key !== undefined && READ_KEYS.has(key) ? reads(text) : isProse(text)) ? text : undefined;
}

/**
 * Text written into the UI as a literal: JSX text, a read attribute's literal value, a child of h(), a literal
 * assigned to textContent, and prose anywhere else (an object's value, a call's argument, a template literal) that
 * is not code. What the user reads must come from the messages (lib/i18n/messages.ts) instead.
 */
function hardCodedStrings(file: string, text = readFileSync(join(ROOT, file), 'utf8')): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
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
    const prose = proseLiteral(node);
    if (prose !== undefined && !found.includes(prose)) found.push(prose);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Files that still speak English only: the next to move to the messages. This list may only shrink; a file that is clean must leave it. */
const NOT_YET_TRANSLATED: string[] = [];

/** Words planted where the first version of this check did not look, and code it must leave alone. */
const PLANTED = `
const BUTTONS = [{ label: 'Export', run: exportAll }, { label: busy ? 'Wait' : 'export' }];
setStatus({ kind: 'done', message: \`Exported \${count} posts.\` });
feedback.save(change, 'Saved. This prompt is offered again.');
const what = failed ? \`Could not import \${name}\` : null;
`;
const PLANTED_CODE = `
import { thing } from 'some module';
type Kind = 'Some Kind';
if (event.key === 'Escape' || kind === 'not enough') stop();
const WORDS = { 'no signal yet': 'badge.word.noSignal' };
element.querySelector('div p.note');
const box = { className: 'panel dark', kind: 'busy', hint: 'model.likeHint', css: ':host { color: red; }' };
throw new Error(\`importAll takes a file from parseImport\`);
view.matchMedia('(prefers-color-scheme: dark)');
`;

describe('what a person reads in components/, lib/overlay/ and the popup and options parts of lib/ comes from the messages', () => {
  const files = SCANNED.flatMap(filesUnder).map((file) => relative(ROOT, join(ROOT, file)));

  it('finds hard-coded words where they would be (the check itself works)', () => {
    expect(files).toContain('components/popup/Popup.tsx');
    expect(files).toContain('lib/overlay/panel.ts');
    expect(hardCodedStrings('components/options/ModelSection.tsx', '<p>Keep the ladder<b title="the order">{n}</b></p>')).toEqual(['Keep the ladder', 'the order']);
  });

  it('finds words in object literals, call arguments and template literals, and leaves code alone', () => {
    expect(hardCodedStrings('planted.ts', PLANTED)).toEqual(['Export', 'Wait', 'export', 'Exported   posts.', 'Saved. This prompt is offered again.', 'Could not import  ']);
    expect(hardCodedStrings('planted.ts', PLANTED_CODE)).toEqual([]);
  });

  it.each(files.filter((file) => !NOT_YET_TRANSLATED.includes(file)))('%s has no hard-coded words', (file) => {
    expect(hardCodedStrings(file)).toEqual([]);
  });

  it('lists only files that still have some', () => {
    expect(NOT_YET_TRANSLATED.filter((file) => hardCodedStrings(file).length === 0)).toEqual([]);
  });
});
