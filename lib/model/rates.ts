import { t } from '../i18n/messages';
import type { Metrics } from '../sites/types';
import { formatNumber, formatPercent } from './format';
import { countInWords } from './ladder';

export interface Rate {
  id: 'conversation' | 'amplification' | 'applause' | 'engagement-by-views' | 'engagement-by-followers';
  /** The rate's standard name (Kaushik's social metrics, or the normalised variants). */
  name: string;
  value: number;
  display: string;
}

/** Likes, shares, quotes, mentions and replies: every count that is someone acting, not just seeing. */
export function engagements(metrics: Metrics): number | undefined {
  const keys = ['likes', 'reposts', 'quotes', 'mentions', 'replies'] as const;
  if (keys.every((key) => metrics[key] === undefined)) return undefined;
  return keys.reduce((sum, key) => sum + (metrics[key] ?? 0), 0);
}

/** 4.56 (percent) -> "4.6%", 0.046 -> "0.05%" ("4,6 %" in German and French). */
const percent = (value: number) => formatPercent(value / 100, value < 0.1 ? 2 : 1);

/** 1.46 -> "1.5", 23.4 -> "23": one decimal where it matters, none where it would be noise. */
export function formatRatio(value: number): string {
  return value >= 10 ? formatNumber(Math.round(value)) : formatNumber(Math.round(value * 10) / 10);
}

/**
 * Rates that mean something for one post: Kaushik's conversation, amplification and applause rates per 1,000 views
 * (or per 1,000 followers where the page shows followers but no views), and engagement rate by views and by
 * followers. A count "per post" on a single post would only repeat the count, so without a denominator there is
 * no rate.
 */
export function engagementRates(metrics: Metrics): Rate[] {
  const rates: Rate[] = [];
  const denominator = metrics.views ? { count: metrics.views, per: 'rates.perThousandViews' as const } : metrics.followers ? { count: metrics.followers, per: 'rates.perThousandFollowers' as const } : undefined;
  if (denominator) {
    const perThousand = (id: Rate['id'], name: string, count: number | undefined) => {
      if (count === undefined) return;
      const value = (1000 * count) / denominator.count;
      rates.push({ id, name, value, display: t(denominator.per, { rate: formatRatio(value) }) });
    };
    perThousand('conversation', t('rates.conversation'), metrics.replies);
    perThousand('amplification', t('rates.amplification'), metrics.reposts);
    perThousand('applause', t('rates.applause'), metrics.likes);
  }
  const engaged = engagements(metrics);
  if (engaged !== undefined && metrics.views) {
    const value = (100 * engaged) / metrics.views;
    rates.push({ id: 'engagement-by-views', name: t('rates.byViews'), value, display: percent(value) });
  }
  if (engaged !== undefined && metrics.followers) {
    const value = (100 * engaged) / metrics.followers;
    rates.push({ id: 'engagement-by-followers', name: t('rates.byFollowers'), value, display: percent(value) });
  }
  return rates;
}

/** An author's usual needs this many of their other posts that show the count. */
export const MIN_POSTS_FOR_USUAL = 3;

export interface UsualComparison {
  key: 'replies' | 'reposts' | 'likes';
  ratio: number;
  usual: number;
  posts: number;
  text: string;
}

/** Each count's level: its name in a sentence, and what it counts. */
const USUAL_LEVELS = { replies: 'replies', reposts: 'shares', likes: 'likes' } as const;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * "3× Devon's usual replies (median 4 across 6 of their posts you saw)": this post against the median of the
 * author's other posts FeedCoach has seen, for each count with enough of them behind it.
 */
export function againstUsual(metrics: Metrics, otherPosts: readonly Metrics[], authorName: string): UsualComparison[] {
  return (['replies', 'reposts', 'likes'] as const).flatMap((key) => {
    const current = metrics[key];
    const values = otherPosts.flatMap((post) => (post[key] === undefined ? [] : [post[key]]));
    if (current === undefined || values.length < MIN_POSTS_FOR_USUAL) return [];
    const usual = median(values);
    const basis = t('usual.basis', values.length, { median: formatRatio(usual) });
    const level = t(`levelInText.${USUAL_LEVELS[key]}`);
    const author = authorName;
    if (usual === 0) {
      const text = current === 0 ? t('usual.noneAsUsual', { level, author, basis }) : t('usual.whereNone', { counted: countInWords(current, USUAL_LEVELS[key]), author, basis });
      return [{ key, ratio: Number.POSITIVE_INFINITY, usual, posts: values.length, text }];
    }
    const ratio = current / usual;
    const text = ratio >= 0.9 && ratio <= 1.1 ? t('usual.aboutUsual', { level, author, basis }) : t('usual.times', { ratio: formatRatio(ratio), author, level, basis });
    return [{ key, ratio, usual, posts: values.length, text }];
  });
}
