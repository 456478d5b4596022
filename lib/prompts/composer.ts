import { composerOf } from '../reciprocity/capture';
import type { SiteAdapter } from '../sites/types';

export type FillResult = 'composer' | 'clipboard' | 'failed';

/** How long the site may take to open its reply box after we click its reply button. */
const OPEN_TIMEOUT_MS = 3000;

function visibleEditors(doc: Document, selector: string): HTMLElement[] {
  return Array.from(doc.querySelectorAll<HTMLElement>(selector)).filter((editor) => editor.getClientRects().length > 0);
}

/** Resolves with the first visible editor that was not there before (the reply box the site just opened). */
function waitForNewEditor(doc: Document, selector: string, before: ReadonlySet<Element>): Promise<HTMLElement | undefined> {
  const fresh = () => visibleEditors(doc, selector).find((editor) => !before.has(editor));
  return new Promise((resolve) => {
    const found = fresh();
    if (found) return resolve(found);
    const observer = new MutationObserver(() => {
      const editor = fresh();
      if (!editor) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(editor);
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      resolve(undefined);
    }, OPEN_TIMEOUT_MS);
    observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'class', 'hidden'] });
  });
}

/**
 * Types text into the site's editor the way a user's input arrives, so the site's own editor (React, Draft.js,
 * Lexical, ProseMirror) registers it: insertText for rich editors, the native value setter plus an input event
 * for plain fields. Never submits.
 */
export function insertIntoEditor(editor: HTMLElement, text: string): boolean {
  editor.focus();
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) {
    const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(editor), 'value')?.set;
    const next = editor.value ? `${editor.value} ${text}` : text;
    if (setter) setter.call(editor, next);
    else editor.value = next;
    editor.dispatchEvent(new Event('input', { bubbles: true }));
    return editor.value.includes(text);
  }
  const selection = editor.ownerDocument.getSelection();
  if (selection) {
    selection.selectAllChildren(editor);
    selection.collapseToEnd();
  }
  // execCommand is deprecated but remains the one way to insert text that every rich editor treats as typing.
  let inserted = false;
  try {
    inserted = editor.ownerDocument.execCommand('insertText', false, text);
  } catch {
    inserted = false; // an engine without execCommand gets the plain fallback below
  }
  if (!inserted || !editor.textContent?.includes(text)) {
    editor.append(editor.ownerDocument.createTextNode(text));
    editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  }
  return editor.textContent?.includes(text) ?? false;
}

async function copy(text: string, doc: Document): Promise<FillResult> {
  try {
    await doc.defaultView?.navigator.clipboard.writeText(text);
    return 'clipboard';
  } catch {
    return 'failed';
  }
}

/**
 * Puts a prompt into the reply box for a post: opens the site's reply composer with the post's own reply
 * button when none is open, inserts the text, and leaves sending to the user. Without a composer it copies.
 */
export async function fillComposer(adapter: SiteAdapter, post: Element | undefined, text: string): Promise<FillResult> {
  const doc = post?.ownerDocument ?? document;
  const composer = adapter.reciprocity?.composer;
  if (!composer) return copy(text, doc);
  let editor: HTMLElement | undefined;
  const replyButton = post?.isConnected ? post.querySelector<HTMLElement>(composer.replyButtonSelector) : null;
  if (replyButton) {
    const before = new Set<Element>(visibleEditors(doc, composer.editorSelector));
    replyButton.click();
    editor = await waitForNewEditor(doc, composer.editorSelector, before);
  }
  // A reply box already open on the page (a thread's inline reply), never the "new post" box.
  editor ??= visibleEditors(doc, composer.editorSelector)
    .reverse()
    .find((candidate) => {
      const container = composerOf(candidate, composer.submitSelector);
      return container !== undefined && composer.replyTarget(container, doc) !== undefined;
    });
  if (editor && insertIntoEditor(editor, text)) return 'composer';
  return copy(text, doc);
}
