import type { ReciprocityAdapter, SiteAdapter } from '../sites/types';
import { readText } from '../sites/dom';
import type { GivenInteraction, Person } from './types';

export interface GivenRecord {
  id: string;
  at: number;
  item: GivenInteraction;
}

export interface CaptureOptions {
  me: () => string | undefined;
  /** Whether the user's words thank someone; a promise where the classifier must load first (lib/panel-kit/). */
  isThanks: (text: string) => boolean | Promise<boolean>;
  /** The reminders of the prompt the user Used for this send, if any (asked once per send). */
  answers?: () => string[] | undefined;
  record: (given: GivenRecord) => void;
}

/** How far up from a submit button the composer's text field may sit. */
const MAX_COMPOSER_DEPTH = 20;

/** The nearest ancestor of `node` that also holds an element matching `partner` (a composer holds both editor and submit). */
export function composerOf(node: Element, partner: string): Element | undefined {
  let current: Element | null = node.parentElement;
  for (let depth = 0; current && depth < MAX_COMPOSER_DEPTH; depth += 1, current = current.parentElement) {
    if (current.querySelector(partner)) return current;
  }
  return undefined;
}

function editorText(editor: Element): string {
  return editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement ? editor.value.trim() : readText(editor, 5000);
}

/** "@ana", "@ana.bsky.social", "@ana@fosstodon.org" (a remote Mastodon account) and Reddit's "u/ana". */
const MENTION = /(?:^|[^\w@/])(?:@|u\/)([A-Za-z0-9_][A-Za-z0-9_.-]{0,99}(?:@[A-Za-z0-9.-]+\.[A-Za-z]{2,})?)/g;

export function mentionsIn(text: string): string[] {
  return [...text.matchAll(MENTION)].map((match) => match[1]!.replace(/[.-]+$/, ''));
}

/**
 * Watches the user's own actions on the page (never acts itself): sending a reply or post, liking, reposting.
 * Listens in the capture phase, so the composer is read before the site clears it.
 */
export function startCapture(adapter: SiteAdapter & { reciprocity: ReciprocityAdapter }, doc: Document, options: CaptureOptions): () => void {
  const { composer, likeSelector, repostSelector } = adapter.reciprocity;
  let lastPost: Element | undefined;
  /** Editors the user pasted into: a prompt copied from FeedCoach on another page arrives this way. */
  const pastedInto = new WeakSet<Element>();

  const give = (item: Omit<GivenInteraction, 'site'>) => {
    const me = options.me()?.toLowerCase();
    const seen = new Set<string>();
    const to: Person[] = item.to.filter((person) => {
      const handle = person.handle.toLowerCase();
      if (handle === me || seen.has(handle)) return false;
      seen.add(handle);
      return true;
    });
    if (to.length === 0 && item.kind !== 'reply') return;
    options.record({ id: crypto.randomUUID(), at: Date.now(), item: { ...item, site: adapter.site, to } });
  };

  const postAction = (post: Element, kind: 'like' | 'repost') => {
    const read = adapter.readPost(post);
    if (read.ok) give({ kind, to: [{ handle: read.post.author.handle }], targetPostId: read.post.postId, thanks: false });
  };

  const submitted = (submit: Element) => {
    const container = composerOf(submit, composer.editorSelector);
    const editor = container?.querySelector(composer.editorSelector);
    const text = editor ? editorText(editor) : '';
    if (!container || !text) return;
    const target = composer.replyTarget(container, doc);
    const mentioned = mentionsIn(text).map((handle) => ({ handle }));
    const answers = options.answers?.();
    const pasted = editor ? pastedInto.has(editor) : false;
    // Everything is read now, before the site clears its composer; only the judging may wait for the classifier.
    const send = (thanks: boolean) =>
      give({
        kind: target ? 'reply' : 'mention',
        to: [...(target ? [{ handle: target.handle }] : []), ...mentioned],
        ...(target?.postId && { targetPostId: target.postId }),
        thanks,
        ...(answers && { answers }),
        ...(pasted && { pasted: true }),
        ...(thanks && { text: text.slice(0, 2000) }),
      });
    const thanks = options.isThanks(text);
    if (typeof thanks === 'boolean') send(thanks);
    else void thanks.then(send, () => send(false));
  };

  const onClick = (event: Event) => {
    // Only what the user did: a page firing made-up clicks must not record likes (or fill every later batch).
    if (!event.isTrusted) return;
    // The innermost element clicked, even inside a site's shadow root (new Reddit's vote and share buttons).
    const target = event.composedPath().find((node): node is Element => node instanceof Element);
    if (!target) return;
    try {
      const post = target.closest(adapter.postSelector);
      if (post) lastPost = post;
      const submit = target.closest(composer.submitSelector);
      if (submit && !submit.matches('[aria-disabled="true"], :disabled')) return submitted(submit);
      if (post && target.closest(likeSelector)) return postAction(post, 'like');
      const repostPost = target.closest(repostSelector) ? (post ?? lastPost) : undefined;
      if (repostPost?.isConnected) postAction(repostPost, 'repost');
    } catch {
      // Reading the page must never break the user's click.
    }
  };

  const onKeydown = (event: KeyboardEvent) => {
    if (!event.isTrusted) return;
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || !(event.target instanceof Element)) return;
    const editor = event.target.closest(composer.editorSelector);
    const container = editor && composerOf(editor, composer.submitSelector);
    const submit = container?.querySelector(composer.submitSelector);
    if (submit) submitted(submit);
  };

  const onPaste = (event: Event) => {
    const editor = event.target instanceof Element ? event.target.closest(composer.editorSelector) : null;
    if (editor) pastedInto.add(editor);
  };

  doc.addEventListener('click', onClick, true);
  doc.addEventListener('keydown', onKeydown, true);
  doc.addEventListener('paste', onPaste, true);
  return () => {
    doc.removeEventListener('click', onClick, true);
    doc.removeEventListener('keydown', onKeydown, true);
    doc.removeEventListener('paste', onPaste, true);
  };
}
