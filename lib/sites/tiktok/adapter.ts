import { commonAncestor, earliestKind, hrefPath, linkedHandles, linkedPeople, queryFirst, readText, textReadWhenAsked, wordsAfterVerb, wordsOutside } from '../dom';
import { MetricsCollector } from '../metrics';
import type { ReceivedInteraction } from '../../reciprocity/types';
import type { MetricKey, OverlayAnchor, ReadResult, ReciprocityAdapter, RequiredField, SiteAdapter } from '../types';
import { TIKTOK_INBOX_WORDS, TIKTOK_MORE_WORDS, TIKTOK_RECIPROCITY_SELECTORS as R, TIKTOK_REPLY_WORDS, TIKTOK_SELECTORS as S } from './selectors';

const ORIGIN = 'https://www.tiktok.com';
/** /@user/video/<id> (photo posts: /@user/photo/<id>). Ids are 19 digits today; any long number is taken. */
const VIDEO_PATH = /^\/@([\w.-]{1,40})\/(?:video|photo)\/(\d{10,25})/;
const PROFILE_PATH = /^\/@([\w.-]{1,40})\/?$/;
const PLAYER_ID = /(\d{10,25})$/;
const COMMENT_ID = /^\d{10,25}$/;

const pathOf = (href: string | null | undefined): string => hrefPath(href, ORIGIN);
const profileHandle = (href: string | null | undefined) => PROFILE_PATH.exec(pathOf(href))?.[1];
const videoUrl = (handle: string, id: string) => `${ORIGIN}/@${handle}/video/${id}`;

/** The handle as TikTok prints it under a video ("nora.writes", sometimes "@nora.writes"). */
function handleText(node: Element | null): string | undefined {
  const text = readText(node, 60).replace(/^@/, '');
  return /^[\w.-]{1,40}$/.test(text) ? text : undefined;
}

interface VideoIdentity {
  id?: string;
  handle?: string;
}

/** The video's id and author: its link, else the player's id or the page's copy-link box, else the page's address. */
function identify(root: Element): VideoIdentity {
  const fromLink = VIDEO_PATH.exec(pathOf(root.querySelector(S.videoLink)?.getAttribute('href')));
  // A feed's video has its link, which settles both id and author: the other places are looked up only without one.
  const fromPlayer = fromLink ? undefined : PLAYER_ID.exec(root.querySelector(S.player)?.id ?? '')?.[1];
  const fromCopy = fromLink ? null : VIDEO_PATH.exec(pathOf(readText(root.querySelector(S.copyLink), 200)));
  const fromPage = fromLink || fromCopy || !root.matches(S.videoPage) ? null : VIDEO_PATH.exec(root.ownerDocument.location?.pathname ?? '');
  const fromPath = fromLink ?? fromCopy ?? fromPage;
  const handle = handleText(queryFirst(root, S.authorId)) ?? profileHandle(queryFirst(root, S.authorLink)?.getAttribute('href')) ?? fromPath?.[1];
  return { id: fromLink?.[2] ?? fromPlayer ?? fromPath?.[2], handle };
}

const VIDEO_COUNTS = Object.entries(S.counts) as [MetricKey, readonly string[]][];

/** The video's counts; undefined when it shows none of the action bar's counts (a redesign). */
function readVideoMetrics(root: Element): MetricsCollector | undefined {
  const metrics = new MetricsCollector();
  let found = false;
  for (const [key, selectors] of VIDEO_COUNTS) {
    const node = queryFirst(root, selectors);
    if (!node) continue;
    found = true;
    // A count of nothing is printed as its label ("Share"), which holds no number: unknown rather than 0.
    metrics.setFromText(key, readText(node, 40));
  }
  return found ? metrics : undefined;
}

function videoAnchor(root: Element): OverlayAnchor {
  const like = root.querySelector(S.likeIcon)?.closest(S.actionButton);
  const share = root.querySelector(S.shareIcon)?.closest(S.actionButton);
  const bar = like && share ? commonAncestor(like, share) : like?.parentElement;
  return { parent: bar && bar !== root && root.contains(bar) ? bar : root };
}

function readVideo(root: Element): ReadResult {
  const missing: RequiredField[] = [];
  const { id, handle } = identify(root);
  if (!id) missing.push('postId');
  if (!handle) missing.push('author');
  const metrics = readVideoMetrics(root);
  if (!metrics) missing.push('metrics');
  if (!id || !handle || !metrics) return { ok: false, missing };
  const caption = queryFirst(root, S.caption);
  const mentions = linkedHandles(caption, S.profileLink, profileHandle);
  return {
    ok: true,
    post: textReadWhenAsked({
      site: 'tiktok',
      postId: id,
      permalink: videoUrl(handle, id),
      author: { handle },
      metrics: metrics.metrics,
      lowerBounds: metrics.lowerBounds,
      context: {},
      ...(mentions.length > 0 && { mentions }),
    }, caption),
    findAnchor: () => videoAnchor(root),
  };
}

/** The video a comment is under: the page's video, looked up at most once a second rather than per comment. */
const pageVideos = new WeakMap<Document, { at: number; video: VideoIdentity }>();
const PAGE_VIDEO_TTL_MS = 1000;

function pageVideo(doc: Document): VideoIdentity {
  const cached = pageVideos.get(doc);
  const now = Date.now();
  if (cached && now - cached.at < PAGE_VIDEO_TTL_MS) return cached.video;
  const root = doc.querySelector(S.videoPage);
  const video = root ? identify(root) : {};
  pageVideos.set(doc, { at: now, video });
  return video;
}

const commentHandle = (comment: Element) =>
  profileHandle(comment.querySelector(S.commentAuthor)?.closest('a')?.getAttribute('href') ?? comment.querySelector(S.profileLink)?.getAttribute('href'));

/** "View 12 replies" under a thread's first comment; undefined for a reply or a thread without replies. */
function repliesText(comment: Element): string | undefined {
  if (comment.closest(S.replies)) return undefined;
  const text = readText(comment.closest(S.thread)?.querySelector(S.viewReplies), 60);
  return TIKTOK_REPLY_WORDS.test(text) && !TIKTOK_MORE_WORDS.test(text) ? text : undefined;
}

function commentAnchor(comment: Element): OverlayAnchor {
  const row = comment.querySelector(S.commentReply)?.parentElement;
  return { parent: row && comment.contains(row) ? row : comment };
}

function readComment(comment: Element): ReadResult {
  const missing: RequiredField[] = [];
  const id = comment.getAttribute('data-comment-id') ?? comment.id;
  if (!COMMENT_ID.test(id)) missing.push('postId');
  const handle = commentHandle(comment);
  if (!handle) missing.push('author');
  const hasLikes = comment.querySelector(S.commentLike) ?? comment.querySelector(S.commentLikeCount);
  if (!hasLikes) missing.push('metrics');
  if (!COMMENT_ID.test(id) || !handle || !hasLikes) return { ok: false, missing };

  const metrics = new MetricsCollector();
  // TikTok prints no number for a comment nobody liked: unknown, as everywhere.
  metrics.setFromText('likes', readText(comment.querySelector(S.commentLikeCount), 40));
  metrics.setFromText('replies', repliesText(comment));

  const video = pageVideo(comment.ownerDocument);
  const text = comment.querySelector(S.commentText);
  const thread = comment.closest(S.thread);
  const first = comment.closest(S.replies) ? thread?.querySelector(S.comment) : undefined;
  const answered = first ? commentHandle(first) : video.handle;
  const mentions = linkedHandles(text, S.profileLink, profileHandle);
  return {
    ok: true,
    post: textReadWhenAsked({
      site: 'tiktok',
      postId: id,
      permalink: video.id && video.handle ? videoUrl(video.handle, video.id) : `${ORIGIN}/@${handle}`,
      author: { handle },
      metrics: metrics.metrics,
      lowerBounds: metrics.lowerBounds,
      context: {},
      ...(mentions.length > 0 && { mentions }),
      ...(answered && { inReplyTo: [answered] }),
    }, text),
    findAnchor: () => commentAnchor(comment),
  };
}

const isVideo = (root: Element) => root.matches(S.video);

export function readTiktokPost(root: Element): ReadResult {
  return isVideo(root) ? readVideo(root) : readComment(root);
}

/**
 * An inbox entry: "<person> liked your video.", " commented: …", "mentioned you in a comment", "reposted your video".
 * Its thumbnail links to the user's video; comments have no id in the inbox, so none is recorded for them.
 */
function readTiktokNotification(root: Element, me: string): ReceivedInteraction[] | undefined {
  if (!root.matches(R.notification)) return undefined;
  const kind = earliestKind(wordsOutside(root, `a, ${S.actionButton}`), TIKTOK_INBOX_WORDS);
  if (!kind) return [];
  // A comment or mention quotes their words: the reply prompt answers what they said.
  const said = kind === 'reply' || kind === 'mention' ? wordsAfterVerb(root, `a, ${S.actionButton}`, TIKTOK_INBOX_WORDS.find(([each]) => each === kind)![1]) : undefined;
  // An entry's title link names the person ("Dad", or a stray quote mark): the handle is what counts.
  const people = linkedPeople(root, S.profileLink, profileHandle, me).map(({ handle, name }) => ({ handle, ...(name && /\p{L}/u.test(name) && name !== handle && { name }) }));
  const video = VIDEO_PATH.exec(pathOf(root.querySelector(S.videoLink)?.getAttribute('href')));
  return people.map((actor) => ({
    site: 'tiktok' as const,
    kind,
    actor,
    ...(video && { targetPostId: video[2]!, permalink: videoUrl(video[1]!, video[2]!) }),
    ...(said && { sourceExcerpt: said }),
  }));
}

const tiktokReciprocity: ReciprocityAdapter = {
  readAccount: (doc) => profileHandle(doc.querySelector(R.navProfile)?.getAttribute('href')),
  notificationSelector: R.notification,
  readNotification: readTiktokNotification,
  composer: {
    submitSelector: R.submit,
    editorSelector: R.editor,
    replyTarget(container, doc) {
      // A reply box inside a thread answers its first comment; the video's box answers the video.
      const comment = container.closest(S.thread)?.querySelector(S.comment);
      const read = comment ? readComment(comment) : undefined;
      if (read?.ok) return { handle: read.post.author.handle, postId: read.post.postId };
      const video = container.closest(S.video) ?? doc.querySelector(S.videoPage);
      const { id, handle } = video ? identify(video) : pageVideo(doc);
      return handle ? { handle, ...(id && { postId: id }) } : undefined;
    },
    replyButtonSelector: R.replyButton,
  },
  likeSelector: R.like,
  repostSelector: R.repost,
};

export const tiktokAdapter: SiteAdapter = {
  site: 'tiktok',
  matches: ['https://www.tiktok.com/*'],
  postSelector: `${S.video}, ${S.comment}`,
  readPost: readTiktokPost,
  reciprocity: tiktokReciprocity,
  overlayAnchor: (root) => (isVideo(root) ? videoAnchor(root) : commentAnchor(root)),
};
