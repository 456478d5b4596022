import { parseCount } from '../../counts/parse';
import { anyOf, linkedHandles, linkedPeople, queryOutside, readText, textReadWhenAsked } from '../dom';
import { parseLink } from '../href';
import { MetricsCollector } from '../metrics';
import type { ReceivedInteraction } from '../../reciprocity/types';
import type { MetricKey, OverlayAnchor, PostContext, ReadResult, ReciprocityAdapter, RequiredField, SiteAdapter } from '../types';
import {
  LINKEDIN_COUNT_WORDS,
  LINKEDIN_FOLLOWERS_PATTERN,
  LINKEDIN_NOTIFICATION_TYPES,
  LINKEDIN_NOTIFICATION_WORDS,
  LINKEDIN_OTHERS_PATTERN,
  LINKEDIN_POST_SELECTOR,
  LINKEDIN_PROMOTED_LABELS,
  LINKEDIN_RECIPROCITY_SELECTORS as R,
  LINKEDIN_SELECTORS as S,
} from './selectors';

const PROMOTED_HINT = anyOf(LINKEDIN_PROMOTED_LABELS);

const ORIGIN = 'https://www.linkedin.com';
const ACTIVITY = /urn(?::|%3A)li(?::|%3A)activity(?::|%3A)(\d{6,25})/i;
/** Longer texts are sentences of the post, not count labels. */
const MAX_COUNT_LABEL = 80;

function activityId(value: string | null | undefined): string | undefined {
  return ACTIVITY.exec(value ?? '')?.[1];
}

const LINKEDIN_FOUNDED = Date.UTC(2003, 0);
const YEAR_2100 = Date.UTC(2100, 0);

/** The first 41 bits of an activity id are its creation time in ms since the epoch. */
function publishedAtOf(id: string): string | undefined {
  const millis = Number(BigInt(id) >> 22n);
  return millis > LINKEDIN_FOUNDED && millis < YEAR_2100 ? new Date(millis).toISOString() : undefined;
}

/** "/in/jane-doe/" -> "jane-doe", "/company/acme/" -> "acme". */
function handleFromHref(href: string | null | undefined): string | undefined {
  const match = /^\/(?:in|company)\/([^/]+)\/?/.exec(parseLink(href, ORIGIN)?.pathname ?? '')?.[1];
  try {
    return match ? decodeURIComponent(match) : undefined;
  } catch {
    return undefined;
  }
}

/** A reactions label: "150 reactions", or "Grace Hopper and 46 others" (the named person reacted too). */
function setReactions(metrics: MetricsCollector, text: string | null | undefined, exactOnly: boolean): void {
  const others = LINKEDIN_OTHERS_PATTERN.exec(text ?? '');
  if (others) {
    const parsed = parseCount(others[1]);
    if (parsed && (parsed.exact || !exactOnly)) metrics.set('likes', parsed.value + 1, parsed.exact);
    return;
  }
  metrics.setFromText('likes', text, { exactOnly });
}

/** "12,408 followers" on a company's actor line: the author's audience, level 1 of the ladder. */
function setFollowers(metrics: MetricsCollector, label: string | null | undefined): boolean {
  const count = LINKEDIN_FOLLOWERS_PATTERN.exec(label ?? '')?.[1];
  if (count === undefined) return false;
  metrics.setFromText('followers', count);
  return true;
}

/** A follower count describes the author, not the post: alone, it does not prove the post's counts were read. */
function hasEngagementCounts(metrics: MetricsCollector): boolean {
  return Object.keys(metrics.metrics).some((key) => key !== 'followers');
}

function readLegacyMetrics(post: Element, nested: Element[]): MetricsCollector {
  const metrics = new MetricsCollector();
  setFollowers(metrics, readText(queryOutside(post, S.legacyActorDescription, nested), 200));
  const counts = queryOutside(post, S.legacyCounts, nested);
  if (!counts) return metrics;
  const reactions = counts.querySelector(S.legacyReactions);
  const comments = counts.querySelector(S.legacyComments);
  const reposts = counts.querySelector(S.legacyOtherCounts);
  // The aria-labels state exact numbers; the visible text is the fallback.
  setReactions(metrics, reactions?.getAttribute('aria-label'), true);
  metrics.setFromText('replies', comments?.getAttribute('aria-label'), { exactOnly: true });
  metrics.setFromText('reposts', reposts?.getAttribute('aria-label'), { exactOnly: true });
  if (!metrics.has('likes')) setReactions(metrics, readText(counts.querySelector(S.legacyReactionsText)), false);
  if (!metrics.has('replies')) metrics.setFromText('replies', readText(comments));
  if (!metrics.has('reposts')) metrics.setFromText('reposts', readText(reposts));
  return metrics;
}

function readLegacyPost(post: Element): ReadResult {
  const missing: RequiredField[] = [];
  const nested = Array.from(post.querySelectorAll(S.legacyNested));
  const postId =
    activityId(post.getAttribute('data-urn')) ?? activityId(post.closest(S.legacyActivityWrapper)?.getAttribute('data-id'));
  if (!postId) missing.push('postId');

  const actorLink = queryOutside(post, S.legacyActorLink, nested);
  const handle = handleFromHref(actorLink?.getAttribute('href'));
  if (!handle) missing.push('author');

  // A post without engagement shows no counts at all: its action bar proves it was read.
  const metrics = readLegacyMetrics(post, nested);
  if (!hasEngagementCounts(metrics) && !queryOutside(post, S.legacyActionBar, nested)) missing.push('metrics');
  if (!postId || !handle || missing.length > 0) return { ok: false, missing };

  const context: PostContext = {};
  const reposter = handleFromHref(post.querySelector(S.legacyHeaderLink)?.getAttribute('href'));
  if (reposter) context.repostedBy = reposter;
  // One read of the actor block's text rules out nearly every post; a hinted one gets the label-by-label check.
  const actor = post.querySelector(S.legacyActorContainer) ?? post;
  if (PROMOTED_HINT.test(actor.textContent ?? '')) {
    const actorLabels = Array.from(actor.querySelectorAll(S.legacyActorSubDescription), (span) => readText(span, 200));
    if (actorLabels.some((label) => LINKEDIN_PROMOTED_LABELS.includes(label))) context.promoted = true;
  }

  const name = readText(queryOutside(post, S.legacyActorName, nested), 200) || undefined;
  const text = queryOutside(post, S.legacyText, nested);
  return { ...finish(postId, { handle, ...(name && { name }) }, text, metrics, context), findAnchor: () => legacyAnchor(post, nested) };
}

/** In the action bar (Like, Comment, Repost, Send), outside any post this one reshares. */
function legacyAnchor(post: Element, nested: readonly Element[]): OverlayAnchor {
  return { parent: queryOutside(post, S.legacyActionBar, nested) ?? post };
}

function countKeyOf(label: string): MetricKey | undefined {
  const lower = label.toLowerCase();
  for (const [key, words] of Object.entries(LINKEDIN_COUNT_WORDS) as [MetricKey, readonly string[]][]) {
    if (words.some((word) => lower.includes(word))) return key;
  }
  return LINKEDIN_OTHERS_PATTERN.test(label) ? 'likes' : undefined;
}

/** SDUI counts are text leaves; a screen-reader copy repeats each one, and the first reading of a key wins. */
function readSduiMetrics(post: Element, text: Element | null): MetricsCollector {
  const metrics = new MetricsCollector();
  for (const leaf of post.querySelectorAll('span, p, a, button, div')) {
    if (leaf.childElementCount > 0 || text?.contains(leaf)) continue;
    const label = (leaf.textContent ?? '').trim();
    if (!label || label.length > MAX_COUNT_LABEL || !/\d/.test(label)) continue;
    if (setFollowers(metrics, label)) continue;
    const key = countKeyOf(label);
    if (key === 'likes') setReactions(metrics, label, false);
    else if (key) metrics.setFromText(key, label);
  }
  return metrics;
}

function readSduiPost(post: Element): ReadResult {
  const missing: RequiredField[] = [];
  const postId = activityId(post.querySelector(S.sduiActivityLink)?.getAttribute('href'));
  if (!postId) missing.push('postId');

  const handle = handleFromHref(post.querySelector(S.sduiActorLink)?.getAttribute('href'));
  if (!handle) missing.push('author');

  const text = post.querySelector(S.sduiText);
  const metrics = readSduiMetrics(post, text);
  if (!hasEngagementCounts(metrics) && !post.querySelector(S.sduiLikeButton)) missing.push('metrics');
  if (!postId || !handle || missing.length > 0) return { ok: false, missing };

  const context: PostContext = {};
  if (Array.from(post.querySelectorAll('span'), (span) => span.textContent?.trim() ?? '').some((label) => LINKEDIN_PROMOTED_LABELS.includes(label))) {
    context.promoted = true;
  }
  const name = /post by (.+)$/.exec(post.querySelector(S.sduiControlMenu)?.getAttribute('aria-label') ?? '')?.[1]?.trim();
  return finish(postId, { handle, ...(name && { name }) }, text ?? undefined, metrics, context);
}

/** People the post's text names: LinkedIn turns an @mention into a link to the profile. */
function finish(
  postId: string,
  author: { handle: string; name?: string },
  textElement: Element | undefined,
  metrics: MetricsCollector,
  context: PostContext,
): ReadResult & { ok: true } {
  const publishedAt = publishedAtOf(postId);
  const mentions = linkedHandles(textElement, S.sduiActorLink, handleFromHref);
  return {
    ok: true,
    post: textReadWhenAsked({
      site: 'linkedin',
      postId,
      permalink: `${ORIGIN}/feed/update/urn:li:activity:${postId}/`,
      author,
      ...(publishedAt && { publishedAt }),
      metrics: metrics.metrics,
      lowerBounds: metrics.lowerBounds,
      context,
      ...(mentions.length > 0 && { mentions }),
    }, textElement),
  };
}

export function readLinkedinPost(root: Element): ReadResult {
  return root.matches(S.legacyPost) ? readLegacyPost(root) : readSduiPost(root);
}

/** Text of a node without the parts inside `skipped` (the actor's name, which is the actor's to choose). */
function textOutside(node: Element | null, skipped: string): string {
  if (!node) return '';
  const parts: string[] = [];
  const walker = node.ownerDocument.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let current = walker.nextNode(); current && parts.length < 200; current = walker.nextNode()) {
    if (!current.parentElement?.closest(skipped)) parts.push(current.nodeValue ?? '');
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** "urn:li:comment:(activity:<post>,<comment>)": the post a comment is under, and the comment. */
const COMMENT_URN = /^urn:li:comment:\((?:activity|ugcPost):(\d+),(\d+)\)$/;

/**
 * A comment on a post's page that answers the user (under their post, or a reply to their comment), with its words:
 * LinkedIn's notification of it quotes none, so its reminder takes them from here (matched by person and post).
 */
function commentToMe(comment: Element, me: string): ReceivedInteraction[] {
  const ids = COMMENT_URN.exec(comment.getAttribute('data-id') ?? '');
  const handle = handleFromHref(comment.querySelector(R.commentActor)?.getAttribute('href'));
  const parent = comment.parentElement?.closest(R.comment);
  const post = comment.closest(LINKEDIN_POST_SELECTOR);
  const read = !parent && post ? readLinkedinPost(post) : undefined;
  const answered = parent ? handleFromHref(parent.querySelector(R.commentActor)?.getAttribute('href')) : read?.ok ? read.post.author.handle : undefined;
  if (!ids || !handle || !me || handle === me || answered !== me) return [];
  const words = readText(comment.querySelector(R.commentText), 280);
  const name = readText(comment.querySelector(R.commentActor), 200);
  return [
    {
      site: 'linkedin',
      kind: 'reply',
      actor: { handle, ...(name && { name }) },
      sourcePostId: ids[2]!,
      permalink: `${ORIGIN}/feed/update/urn:li:activity:${ids[1]}/`,
      ...(words && { sourceExcerpt: words }),
    },
  ];
}

/**
 * A notification card ("Ana Souza reposted your post"): LinkedIn's own type when the headline link names one,
 * else the headline's words. One interaction per person whose avatar the card links.
 */
function readLinkedinNotification(root: Element, me: string): ReceivedInteraction[] | undefined {
  if (root.matches(R.comment)) return commentToMe(root, me);
  if (!root.matches(R.notification)) return undefined;
  const headline = root.querySelector(R.notificationHeadline);
  const url = parseLink(headline?.getAttribute('href'), ORIGIN);
  const type = url?.param('highlightedUpdateType') ?? '';
  const text = root.querySelector(R.notificationText);
  const kind = Object.hasOwn(LINKEDIN_NOTIFICATION_TYPES, type)
    ? LINKEDIN_NOTIFICATION_TYPES[type]
    : LINKEDIN_NOTIFICATION_WORDS.find(([, words]) => words.test(textOutside(text, 'strong')))?.[0];
  if (!kind) return [];
  // The update the card opens: the person's own activity when the link highlights one.
  const highlighted = url?.param('highlightedUpdateUrn') ?? '';
  const sourcePostId = activityId(highlighted);
  const urn = /urn:li:(?:activity|ugcPost|share):\d+/.exec(highlighted || decodeURIComponent(url?.pathname ?? ''))?.[0];
  const excerpt = readText(root.querySelector(R.notificationExcerpt), 280) || undefined;
  const names = Array.from(text?.querySelectorAll('strong') ?? [], (strong) => readText(strong, 200));
  return linkedPeople(root, R.notificationActor, handleFromHref, me).map((actor, index) => {
    const name = actor.name ?? names[index];
    return {
      site: 'linkedin' as const,
      kind,
      actor: { handle: actor.handle, ...(name && { name }) },
      ...(sourcePostId && { sourcePostId }),
      ...(urn && { permalink: `${ORIGIN}/feed/update/${urn}/` }),
      ...(excerpt && { targetExcerpt: excerpt }),
    };
  });
}

const linkedinReciprocity: ReciprocityAdapter = {
  readAccount(doc) {
    const href = doc.querySelector(R.account)?.getAttribute('href');
    return href?.includes('/in/') ? handleFromHref(href) : undefined;
  },
  // Comments answering the user are read beside notifications: their words complete a notification that quotes none.
  notificationSelector: `${R.notification}, ${R.comment}`,
  readNotification: readLinkedinNotification,
  composer: {
    submitSelector: R.submit,
    editorSelector: R.editor,
    replyTarget(container) {
      // A comment box answers the post it sits in; one inside a comment answers that comment's author.
      const post = container.closest(LINKEDIN_POST_SELECTOR);
      const read = post ? readLinkedinPost(post) : undefined;
      const postId = read?.ok ? read.post.postId : undefined;
      const comment = container.closest(R.comment);
      const commenter = comment && handleFromHref(comment.querySelector(R.commentActor)?.getAttribute('href'));
      if (commenter) return { handle: commenter, ...(postId && { postId }) };
      return read?.ok ? { handle: read.post.author.handle, postId: read.post.postId } : undefined;
    },
    replyButtonSelector: R.replyButton,
  },
  likeSelector: R.like,
  repostSelector: R.repost,
};

export const linkedinAdapter: SiteAdapter = {
  site: 'linkedin',
  matches: ['https://www.linkedin.com/*'],
  postSelector: LINKEDIN_POST_SELECTOR,
  readPost: readLinkedinPost,
  reciprocity: linkedinReciprocity,
  overlayAnchor(root) {
    if (root.matches(S.legacyPost)) return legacyAnchor(root, Array.from(root.querySelectorAll(S.legacyNested)));
    return { parent: root.querySelector(S.sduiLikeButton)?.parentElement ?? root };
  },
};
