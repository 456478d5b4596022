import { commonAncestor, earliestKind, hrefPath, isoDate, linkedHandles, linkedPeople, readText, wordsAfterVerb, wordsOutside } from '../dom';
import { MetricsCollector } from '../metrics';
import type { ReceivedInteraction } from '../../reciprocity/types';
import type { OverlayAnchor, ReadResult, ReciprocityAdapter, RequiredField, SiteAdapter } from '../types';
import {
  INSTAGRAM_ACTION_LABELS,
  INSTAGRAM_ACTIVITY_WORDS,
  INSTAGRAM_LIKE_WORDS,
  INSTAGRAM_PROFILE_LABELS,
  INSTAGRAM_PROFILE_PICTURE,
  INSTAGRAM_RECIPROCITY_SELECTORS as R,
  INSTAGRAM_RESERVED_PATHS,
  INSTAGRAM_SELECTORS as S,
  INSTAGRAM_UNPRESSED_LIKE,
  INSTAGRAM_VIEW_WORDS,
  type InstagramAction,
} from './selectors';

const ORIGIN = 'https://www.instagram.com';
/** /p/<code>/, /reel/<code>/ and the same after a username (/<user>/p/<code>/); a comment adds /c/<id>/. */
const POST_PATH = /^\/(?:([\w.]{1,30})\/)?(p|reels?)\/([\w-]{5,40})(?:\/c\/(\d{5,30}))?/;
const PROFILE_PATH = /^\/([\w.]{1,30})\/?$/;
/** A count printed on its own ("1,234", "12.3K", "1,2 Mio."), not a word that merely holds a digit. */
const BARE_COUNT = /^\d[\d.,\s\u00a0\u202f]*(?:[kmb]|mil|mio\.?|mln|tsd\.?|万|萬|億)?$/i;

/**
 * A view word anywhere, even inside a longer word: a section whose text holds none has no view count to look for
 * (the words hold no space, so whatever a folded, capped reading of a span finds is in the section's text too).
 */
const VIEW_WORD_ANYWHERE = new RegExp(INSTAGRAM_VIEW_WORDS.source.replaceAll('\\b', ''), INSTAGRAM_VIEW_WORDS.flags);

const pathOf = (href: string | null | undefined): string => hrefPath(href, ORIGIN);

export function profileHandle(href: string | null | undefined): string | undefined {
  const handle = PROFILE_PATH.exec(pathOf(href))?.[1];
  return handle && !INSTAGRAM_RESERVED_PATHS.has(handle.toLowerCase()) ? handle : undefined;
}

const postPath = (href: string | null | undefined) => POST_PATH.exec(pathOf(href));

const ACTION_BY_LABEL = new Map(
  (Object.entries(INSTAGRAM_ACTION_LABELS) as [InstagramAction, readonly string[]][]).flatMap(([action, labels]) => labels.map((label) => [label, action] as const)),
);

const ACTION_COUNT = Object.keys(INSTAGRAM_ACTION_LABELS).length;

/** The post's action icons by what they do; undefined when the post has no like button to be read. */
function findActions(root: Element): Map<InstagramAction, Element> | undefined {
  const actions = new Map<InstagramAction, Element>();
  for (const icon of root.querySelectorAll(S.actionIcon)) {
    const action = ACTION_BY_LABEL.get((icon.getAttribute('aria-label') ?? '').trim().toLowerCase());
    if (action && !actions.has(action)) actions.set(action, icon);
    // Every action found: the icons after them (Save, a comment's own hearts) are not read.
    if (actions.size === ACTION_COUNT) break;
  }
  return actions.has('like') ? actions : undefined;
}

/** The number printed beside an action button (2025-26 builds): the next sibling of the button or of its wrapper. */
function countBeside(icon: Element | undefined): string | undefined {
  const button = icon?.closest(S.actionButton);
  if (!button) return undefined;
  const sibling = button.nextElementSibling ?? button.parentElement?.nextElementSibling;
  const text = readText(sibling, 20);
  return BARE_COUNT.test(text) ? text : undefined;
}

function readMetrics(root: Element, actions: Map<InstagramAction, Element>): MetricsCollector {
  const metrics = new MetricsCollector();
  // Where the author hid the likes, neither form is printed: the count stays unknown.
  metrics.setFromText('likes', countBeside(actions.get('like')));
  const likedBy = readText(root.querySelector(S.likedBy), 80);
  if (/^\d/.test(likedBy) && INSTAGRAM_LIKE_WORDS.test(likedBy)) metrics.setFromText('likes', likedBy);
  metrics.setFromText('replies', countBeside(actions.get('comment')));
  metrics.setFromText('replies', readText(root.querySelector(S.allComments), 80));
  if (mayShowViews(root)) {
    for (const node of root.querySelectorAll(S.shortText)) {
      const text = readText(node, 60);
      if (/^\d/.test(text) && INSTAGRAM_VIEW_WORDS.test(text)) {
        metrics.setFromText('views', text);
        break;
      }
    }
  }
  return metrics;
}

/**
 * Whether a view count may be printed: most posts show none, and reading their sections' text at once touches no
 * node, where reading each short text in them touched every span (an emoji image's alt could hold the words).
 */
function mayShowViews(root: Element): boolean {
  for (const section of root.querySelectorAll(S.shortTextScope)) {
    if (VIEW_WORD_ANYWHERE.test(section.textContent ?? '') || section.querySelector('img')) return true;
  }
  return false;
}

/** The caption and its text, read once. */
function readCaption(root: Element): { element: Element; text: string } | undefined {
  const heading = root.querySelector(S.caption[0]);
  const headingText = readText(heading);
  if (heading && headingText) return { element: heading, text: headingText };
  for (const span of root.querySelectorAll(S.caption[1])) {
    if (span.closest(`a, time, section, ${S.actionButton}`)) continue;
    const text = readText(span);
    if (text) return { element: span, text };
  }
  return undefined;
}

/** The author: named in the permalink (/<user>/p/<code>/) or by the post's first profile link, its header's. */
function authorOf(root: Element, fromPath: string | undefined): string | undefined {
  if (fromPath && !INSTAGRAM_RESERVED_PATHS.has(fromPath.toLowerCase())) return fromPath;
  // The header's avatar link is nearly always the first: querySelector stops there and builds no list.
  const first = profileHandle(root.querySelector(S.profileLink)?.getAttribute('href'));
  if (first) return first;
  for (const link of root.querySelectorAll(S.profileLink)) {
    const handle = profileHandle(link.getAttribute('href'));
    if (handle) return handle;
  }
  return undefined;
}

function anchorOf(root: Element, actions: Map<InstagramAction, Element> | undefined): OverlayAnchor {
  const like = actions?.get('like')?.closest(S.actionButton);
  const other = (actions?.get('share') ?? actions?.get('comment'))?.closest(S.actionButton);
  const row = like && other ? commonAncestor(like, other) : like?.parentElement;
  return { parent: row && row !== root && root.contains(row) ? row : root };
}

export function readInstagramPost(root: Element): ReadResult {
  const missing: RequiredField[] = [];
  const time = root.querySelector(S.permalinkTime);
  let match = postPath(time?.closest('a')?.getAttribute('href'));
  if (!match) {
    for (const link of root.querySelectorAll(S.permalink)) {
      match = postPath(link.getAttribute('href'));
      if (match) break;
    }
  }
  if (!match) missing.push('postId');

  const handle = authorOf(root, match?.[1]);
  if (!handle) missing.push('author');

  const actions = findActions(root);
  if (!actions) missing.push('metrics');

  if (!match || !handle || !actions) return { ok: false, missing };

  const code = match[3]!;
  const metrics = readMetrics(root, actions);
  const caption = readCaption(root);
  const mentions = linkedHandles(caption?.element, S.profileLink, profileHandle);
  const datetime = isoDate(time?.getAttribute('datetime'));
  return {
    ok: true,
    post: {
      site: 'instagram',
      postId: code,
      permalink: `${ORIGIN}/${match[2] === 'p' ? 'p' : 'reel'}/${code}/`,
      author: { handle },
      ...(datetime && { publishedAt: datetime }),
      text: caption?.text ?? '',
      metrics: metrics.metrics,
      lowerBounds: metrics.lowerBounds,
      context: {},
      ...(mentions.length > 0 && { mentions }),
    },
    findAnchor: () => anchorOf(root, actions),
  };
}

/**
 * An activity entry ("ana.souza shared your post to their story."): one interaction per person it links, about the
 * user's post its thumbnail links to. A comment's own link (/p/<code>/c/<id>/) is the other person's reply or mention.
 */
function readInstagramNotification(root: Element, me: string): ReceivedInteraction[] | undefined {
  if (!root.matches(R.notification)) return undefined;
  // A list item of a post (its comments) is no notification, and no post either: nothing to record.
  if (root.querySelector(S.post) || root.closest(S.post)) return [];
  const kind = earliestKind(wordsOutside(root, `a, ${S.actionButton}`), INSTAGRAM_ACTIVITY_WORDS);
  if (!kind) return [];
  // A comment or mention quotes their words: the reply prompt answers what they said.
  const said = kind === 'reply' || kind === 'mention' ? wordsAfterVerb(root, `a, ${S.actionButton}`, INSTAGRAM_ACTIVITY_WORDS.find(([each]) => each === kind)![1]) : undefined;
  const people = linkedPeople(root, S.profileLink, profileHandle, me).map(({ handle }) => ({ handle }));
  const link = Array.from(root.querySelectorAll(S.permalink), (each) => postPath(each.getAttribute('href'))).find((each) => each !== null);
  const code = link?.[3];
  const comment = link?.[4];
  return people.map((actor) => ({
    site: 'instagram' as const,
    kind,
    actor,
    // A mention links to where it was made, someone else's post; everything else to the user's own post.
    ...(code && kind !== 'mention' && { targetPostId: code }),
    ...(comment && kind !== 'like' && { sourcePostId: comment }),
    ...(code && { permalink: `${ORIGIN}/p/${code}/${comment ? `c/${comment}/` : ''}` }),
    ...(said && { sourceExcerpt: said }),
  }));
}

function readAccount(doc: Document): string | undefined {
  for (const link of doc.querySelectorAll(R.navProfile)) {
    const handle = profileHandle(link.getAttribute('href'));
    if (!handle) continue;
    const alt = link.querySelector(R.profilePicture)?.getAttribute('alt') ?? '';
    const pictured = INSTAGRAM_PROFILE_PICTURE.exec(alt.trim());
    if (pictured && (pictured[1] ?? pictured[2])?.toLowerCase() === handle.toLowerCase()) return handle;
    const label = (link.querySelector(S.actionIcon)?.getAttribute('aria-label') ?? readText(link, 40)).trim().toLowerCase();
    if (INSTAGRAM_PROFILE_LABELS.includes(label)) return handle;
  }
  return undefined;
}

/** A button (a <button> or a role=button) whose icon carries one of `labels`. */
function buttonWithIcon(labels: readonly string[]): string {
  const icons = labels.map((label) => `svg[aria-label="${label}"]`).join(', ');
  return S.actionButton
    .split(', ')
    .map((button) => `${button}:has(${icons})`)
    .join(', ');
}

const instagramReciprocity: ReciprocityAdapter = {
  readAccount,
  notificationSelector: R.notification,
  readNotification: readInstagramNotification,
  composer: {
    submitSelector: R.submit,
    editorSelector: R.editor,
    replyTarget(container) {
      // The comment box belongs to the post around it (in the feed, in a post's modal, on its page).
      const post = container.closest(S.post) ?? container.closest(R.dialog)?.querySelector(S.post);
      const read = post ? readInstagramPost(post) : undefined;
      return read?.ok ? { handle: read.post.author.handle, postId: read.post.postId } : undefined;
    },
    replyButtonSelector: buttonWithIcon(['Comment', 'Comentar', 'Commenter', 'Kommentieren', 'Commenta', 'コメント']),
  },
  likeSelector: buttonWithIcon(INSTAGRAM_UNPRESSED_LIKE),
  // Instagram has no repost button of its own on the web: "share to story" happens in the app.
  repostSelector: ':not(*)',
};

export const instagramAdapter: SiteAdapter = {
  site: 'instagram',
  matches: ['https://www.instagram.com/*'],
  postSelector: S.post,
  readPost: readInstagramPost,
  reciprocity: instagramReciprocity,
  overlayAnchor: (root) => anchorOf(root, findActions(root)),
};
