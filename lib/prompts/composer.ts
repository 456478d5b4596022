import { composerOf } from '../reciprocity/capture';
import type { SiteAdapter } from '../sites/types';

export type FillResult = 'composer' | 'clipboard' | 'failed';

/** What Use did, and the reply box it filled (the panel moves out of its way). */
export interface FillOutcome {
  result: FillResult;
  editor?: HTMLElement;
}

/** How long the site may take to open its reply box after we click its reply button. */
const OPEN_TIMEOUT_MS = 3000;

function visibleEditors(doc: Document, selector: string): HTMLElement[] {
  return Array.from(doc.querySelectorAll<HTMLElement>(selector)).filter((editor) => editor.getClientRects().length > 0);
}

type Composer = NonNullable<SiteAdapter['reciprocity']>['composer'];

/** The post a reply box must answer: its id where the adapter reads it, and its author. */
interface ReplyFor {
  postId: string;
  handle: string;
}

/** A visible editor that answers this post: one inside the post itself, or one whose reply box names the post. */
function editorFor(doc: Document, composer: Composer, post: Element | undefined, target: ReplyFor | undefined): HTMLElement | undefined {
  const editors = visibleEditors(doc, composer.editorSelector);
  const inside = post && editors.find((editor) => post.contains(editor));
  if (inside) return inside;
  if (!target) return undefined;
  return editors.reverse().find((editor) => {
    const container = composerOf(editor, composer.submitSelector);
    const answers = container && composer.replyTarget(container, doc);
    if (!answers) return false;
    // Mastodon's reply indicator names the author only, not the status.
    return answers.postId ? answers.postId === target.postId : answers.handle.toLowerCase() === target.handle.toLowerCase();
  });
}

/**
 * Resolves with the reply box once the site has opened it: the first visible editor that was not there before, or
 * an editor already on the page that now answers this post (Mastodon's compose column, which a reply button points
 * at the status). Checked at once and on every change of the page, so a box that opens at once is filled at once.
 */
function waitForReplyBox(doc: Document, found: () => HTMLElement | undefined): Promise<HTMLElement | undefined> {
  return new Promise((resolve) => {
    const now = found();
    if (now) return resolve(now);
    const observer = new MutationObserver(() => {
      const editor = found();
      if (!editor) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(editor);
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      resolve(undefined);
    }, OPEN_TIMEOUT_MS);
    observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'class', 'hidden', 'href'] });
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

async function copy(text: string, doc: Document): Promise<FillOutcome> {
  try {
    await doc.defaultView?.navigator.clipboard.writeText(text);
    return { result: 'clipboard' };
  } catch {
    return { result: 'failed' };
  }
}

function replyFor(adapter: SiteAdapter, post: Element | undefined): ReplyFor | undefined {
  if (!post?.isConnected) return undefined;
  try {
    const read = adapter.readPost(post);
    return read.ok ? { postId: read.post.postId, handle: read.post.author.handle } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Puts a prompt into the reply box for a post and leaves sending to the user. A reply box already open for the
 * post is filled at once; otherwise the post's own reply button opens one, filled the moment it appears. A reply box
 * on the page that answers something is the fallback, never the "new post" box. Without a reply box it copies.
 */
export async function fillComposer(adapter: SiteAdapter, post: Element | undefined, text: string): Promise<FillOutcome> {
  const doc = post?.ownerDocument ?? document;
  const composer = adapter.reciprocity?.composer;
  if (!composer) return copy(text, doc);
  const target = replyFor(adapter, post);
  let editor = editorFor(doc, composer, post, target);
  const replyButton = !editor && post?.isConnected ? post.querySelector<HTMLElement>(composer.replyButtonSelector) : null;
  if (replyButton) {
    const before = new Set<Element>(visibleEditors(doc, composer.editorSelector));
    replyButton.click();
    editor = await waitForReplyBox(doc, () => visibleEditors(doc, composer.editorSelector).find((candidate) => !before.has(candidate)) ?? editorFor(doc, composer, post, target));
  }
  // A reply box open on the page (a thread's inline reply, a notification's thank-you), never the "new post" box.
  editor ??= visibleEditors(doc, composer.editorSelector)
    .reverse()
    .find((candidate) => {
      const container = composerOf(candidate, composer.submitSelector);
      return container !== undefined && composer.replyTarget(container, doc) !== undefined;
    });
  if (editor && insertIntoEditor(editor, text)) return { result: 'composer', editor };
  return copy(text, doc);
}
