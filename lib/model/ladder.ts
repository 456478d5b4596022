import { t } from '../i18n/messages';
import type { MetricKey, Metrics } from '../sites/types';
import { formatNumber } from './format';

/** The effort ladder of domain.md, least to most effort. */
export const LADDER = [
  { level: 1, id: 'followers', keys: ['followers'] },
  { level: 2, id: 'likes', keys: ['likes'] },
  { level: 3, id: 'shares', keys: ['reposts'] },
  { level: 4, id: 'views', keys: ['views'] },
  { level: 5, id: 'mentions', keys: ['quotes', 'mentions'] },
  { level: 6, id: 'replies', keys: ['replies'] },
] as const satisfies ReadonlyArray<{ level: number; id: string; keys: readonly MetricKey[] }>;

export type LevelId = (typeof LADDER)[number]['id'];

export interface LevelValue {
  level: number;
  id: LevelId;
  /** undefined when the page shows none of the level's counts. */
  value: number | undefined;
  /** true when a count of this level was abbreviated by the site ("1.2K"). */
  lowerBound: boolean;
}

export function ladderOf(metrics: Metrics, lowerBounds: readonly MetricKey[] = []): LevelValue[] {
  // Plain loops: this runs for every post on the page.
  return LADDER.map(({ level, id, keys }) => {
    let value: number | undefined;
    let lowerBound = false;
    for (const key of keys) {
      const count = metrics[key];
      if (count === undefined) continue;
      value = (value ?? 0) + count;
      if (lowerBounds.includes(key)) lowerBound = true;
    }
    return { level, id, value, lowerBound };
  });
}

/** A level's name, in the language FeedCoach speaks ("Replies", "Antworten"): the panel's, not every badge's. */
export const levelName = (id: LevelId): string => t(`level.${id}`);

/** Per-unit weight of each engagement level; views and followers are reach, not engagement. */
export type LevelWeights = Record<'likes' | 'shares' | 'mentions' | 'replies', number>;

/** Defaults in the spirit of the published precedents (like 1, repost 3, words 6-13x a like). */
export const DEFAULT_WEIGHTS: LevelWeights = { likes: 1, shares: 3, mentions: 6, replies: 8 };

export type DepthLabel = 'no signal yet' | 'not enough shown' | 'mostly applause' | 'being amplified' | 'sparking conversation';

const DEPTH_NAMES = {
  'no signal yet': 'depth.noSignal',
  'not enough shown': 'depth.notEnough',
  'mostly applause': 'depth.applause',
  'being amplified': 'depth.amplified',
  'sparking conversation': 'depth.conversation',
} as const satisfies Record<DepthLabel, string>;

/** A depth label as the user reads it ("sparking conversation", "regt Gespräche an"). */
export const depthName = (label: DepthLabel): string => t(DEPTH_NAMES[label]);

/** "Sparking conversation · depth 46": a panel's title and a badge's hover text's first line. */
export function depthHeading(depth: Depth): string {
  const name = depthName(depth.label);
  const score = depthScoreText(depth);
  return `${name[0]!.toUpperCase()}${name.slice(1)}${score ? ` · ${score}` : ''}`;
}

/** Fewer interactions than this are too few to call a post a conversation or applause. */
export const MIN_INTERACTIONS = 10;
/** A post is "being amplified" only when at least this many people shared it. */
export const MIN_SHARES_FOR_AMPLIFIED = 3;
/** The written share of weighted engagement (0-100) from which a post is a conversation. */
export const CONVERSATION_SCORE = 40;

export interface Depth {
  /** 0-100: the share of the weighted engagement that people wrote (replies, mentions, quotes). */
  score: number | undefined;
  label: DepthLabel;
  /** true when a count behind the score was rounded by the site, so the score is approximate. */
  approximate: boolean;
  /** Why there is no label, when there is none: its words are the panel's (depthReason), never written per badge. */
  reason?: DepthReason;
}

/** Why a post has no label: the page shows no counts, only one side of them, nobody engaged, or too few did. */
export type DepthReason = 'noCounts' | 'onlyReplies' | 'onlyClicks' | 'nobody' | 'tooFew';

const WRITTEN_KEYS = ['replies', 'quotes', 'mentions'] as const satisfies readonly MetricKey[];
const CLICK_KEYS = ['likes', 'reposts'] as const satisfies readonly MetricKey[];

/** Likes, shares and everything written: what a label needs enough of. */
const interactionsOf = (metrics: Metrics): number => (metrics.likes ?? 0) + (metrics.reposts ?? 0) + (metrics.quotes ?? 0) + (metrics.mentions ?? 0) + (metrics.replies ?? 0);

const shows = (metrics: Metrics, keys: readonly MetricKey[]) => keys.some((key) => metrics[key] !== undefined);

/**
 * Depth compares what people wrote with what they clicked, so it needs both sides on the page: a count the page
 * does not show is unknown, not 0 (Mastodon's home column shows only replies, its thread view only boosts and
 * favourites). It also needs enough interactions behind it to mean anything.
 */
export function depthOf(metrics: Metrics, weights: LevelWeights = DEFAULT_WEIGHTS, lowerBounds: readonly MetricKey[] = []): Depth {
  const likes = metrics.likes ?? 0;
  const shares = metrics.reposts ?? 0;
  const interactions = interactionsOf(metrics);
  const approximate = lowerBounds.some((key) => key !== 'views' && key !== 'followers' && metrics[key] !== undefined);
  const writtenShown = shows(metrics, WRITTEN_KEYS);
  const clicksShown = shows(metrics, CLICK_KEYS);
  if (!writtenShown && !clicksShown) return { score: undefined, label: 'no signal yet', approximate: false, reason: 'noCounts' };
  if (!writtenShown || !clicksShown) return { score: undefined, label: 'not enough shown', approximate, reason: writtenShown ? 'onlyReplies' : 'onlyClicks' };
  if (interactions === 0) return { score: undefined, label: 'no signal yet', approximate: false, reason: 'nobody' };
  if (interactions < MIN_INTERACTIONS) return { score: undefined, label: 'not enough shown', approximate, reason: 'tooFew' };
  const applause = likes * weights.likes;
  const amplification = shares * weights.shares;
  const words = ((metrics.quotes ?? 0) + (metrics.mentions ?? 0)) * weights.mentions + (metrics.replies ?? 0) * weights.replies;
  const total = applause + amplification + words;
  const score = total === 0 ? 0 : Math.round((100 * words) / total);
  if (score >= CONVERSATION_SCORE) return { score, label: 'sparking conversation', approximate };
  if (amplification >= applause && shares >= MIN_SHARES_FOR_AMPLIFIED) return { score, label: 'being amplified', approximate };
  return { score, label: 'mostly applause', approximate };
}

/** Why a post has no label, in words ("Only 3 interactions so far: …"): the panel's, so a badge never writes it. */
export function depthReason(depth: Depth, metrics: Metrics): string | undefined {
  switch (depth.reason) {
    case undefined:
      return undefined;
    case 'noCounts':
      return t('depth.reasonNoCounts');
    case 'onlyReplies':
      return t('depth.reasonOnlyReplies');
    case 'onlyClicks':
      return t('depth.reasonOnlyClicks');
    case 'nobody':
      return t('depth.reasonNobody');
    case 'tooFew': {
      return t('depth.reasonTooFew', interactionsOf(metrics), { minimum: formatNumber(MIN_INTERACTIONS) });
    }
  }
}

/** "depth 46", "depth ≈ 24" when a rounded count is behind it. */
export function depthScoreText(depth: Depth): string | undefined {
  if (depth.score === undefined) return undefined;
  return depth.approximate ? t('depth.scoreApproximate', { score: formatNumber(depth.score) }) : t('depth.score', { score: formatNumber(depth.score) });
}

/**
 * The panel's one line on what depth means and which counts it used, e.g. "Depth 46 of 100: the share of the
 * weighted engagement that people wrote rather than clicked, from 17 replies, 10 shares and 131 likes (weights: like 1, share 3, mention 6, reply 8)."
 */
export function explainDepth(metrics: Metrics, weights: LevelWeights, depth: Depth, lowerBounds: readonly MetricKey[] = []): string {
  const used = ([['replies', 'replies'], ['quotes', 'quotes'], ['mentions', 'mentionsOnly'], ['reposts', 'shares'], ['likes', 'likes']] as const)
    .filter(([key]) => metrics[key] !== undefined)
    .map(([key, word]) => countInWords(metrics[key]!, word, lowerBounds.includes(key)));
  const counts = used.length === 0 ? t('depth.nothingShown') : joinWords(used);
  const scale = t('depth.weights', { likes: formatNumber(weights.likes), shares: formatNumber(weights.shares), mentions: formatNumber(weights.mentions), replies: formatNumber(weights.replies) });
  if (depth.score === undefined) return t('depth.explainUnscored', { reason: depthReason(depth, metrics) ?? '', counts }).trim();
  const explained = { score: formatNumber(depth.score), counts, weights: scale };
  return depth.approximate ? t('depth.explainApproximate', explained) : t('depth.explain', explained);
}

/** "a", "a and b", "a, b and c" ("a, b und c", "a, b et c"). */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  const last = words[words.length - 1]!;
  return words.length === 2 ? t('list.pair', { first: words[0]!, last }) : t('list.more', { rest: words.slice(0, -2).join(', '), last: joinWords(words.slice(-2)) });
}

/** What a count is of: a level of the ladder, or a count the ladder splits or leaves out. */
export type CountWord = LevelId | 'quotes' | 'mentionsOnly' | 'bookmarks';

/** Each count's message, named once: a key built per call is a new string to hash on every lookup. */
const COUNT_KEYS = {
  followers: 'count.followers',
  likes: 'count.likes',
  shares: 'count.shares',
  views: 'count.views',
  mentions: 'count.mentions',
  replies: 'count.replies',
  quotes: 'count.quotes',
  mentionsOnly: 'count.mentionsOnly',
  bookmarks: 'count.bookmarks',
} as const satisfies Record<CountWord, `count.${CountWord}`>;

/** "1 reply", "11,716 views", "at least 1,200 likes" ("mindestens 1.200 Likes"). */
export function countInWords(value: number, word: CountWord, lowerBound = false): string {
  const counted = t(COUNT_KEYS[word], value);
  return lowerBound ? t('count.atLeast', { count: counted }) : counted;
}

/** Each level's name in a sentence, named once (see COUNT_KEYS). */
const LEVEL_IN_TEXT_KEYS = {
  followers: 'levelInText.followers',
  likes: 'levelInText.likes',
  shares: 'levelInText.shares',
  views: 'levelInText.views',
  mentions: 'levelInText.mentions',
  replies: 'levelInText.replies',
} as const satisfies Record<LevelId, `levelInText.${LevelId}`>;

/** "17 replies, 11,716 views, 10 shares, 131 likes; followers, mentions & quotes not shown": most effort first. */
export function describeLadder(levels: readonly LevelValue[]): string {
  // Plain loops: every badge's name says this (a badge's accessible name states every count).
  let shown: string | undefined;
  for (let index = levels.length - 1; index >= 0; index -= 1) {
    const level = levels[index]!;
    if (level.value === undefined) continue;
    const counted = countInWords(level.value, level.id, level.lowerBound);
    shown = shown === undefined ? counted : `${shown}, ${counted}`;
  }
  let hidden: string | undefined;
  for (const level of levels) {
    if (level.value !== undefined) continue;
    const name = t(LEVEL_IN_TEXT_KEYS[level.id]);
    hidden = hidden === undefined ? name : `${hidden}, ${name}`;
  }
  const counts = shown ?? t('ladder.noCounts');
  return hidden === undefined ? counts : `${counts}; ${t('ladder.notShown', { levels: hidden })}`;
}
