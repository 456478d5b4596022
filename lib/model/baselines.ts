import { t } from '../i18n/messages';
import type { SiteId } from '../sites/types';
import { formatNumber, formatPercent } from './format';

/**
 * Follower-based median engagement rates reported for 2026 (domain.md section 2), in percent.
 * Sites without a published median have none: no comparison is better than a made-up one.
 */
export const MEDIAN_ENGAGEMENT_BY_FOLLOWERS: Partial<Record<SiteId, number>> = {
  tiktok: 2.0,
  linkedin: 1.85,
  instagram: 0.3,
  facebook: 0.06,
  x: 0.03,
};

const SITE_NAMES: Record<SiteId, string> = {
  x: 'X',
  linkedin: 'LinkedIn',
  reddit: 'Reddit',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  threads: 'Threads',
  youtube: 'YouTube',
  facebook: 'Facebook',
  instagram: 'Instagram',
  tiktok: 'TikTok',
};

export function siteName(site: SiteId): string {
  return SITE_NAMES[site];
}

export interface BaselineComparison {
  /** The post's rate divided by the network's median. */
  ratio: number;
  median: number;
  text: string;
}

/** "3x the LinkedIn median" for an engagement rate by followers, in percent. */
export function compareToBaseline(site: SiteId, ratePercent: number): BaselineComparison | undefined {
  const median = MEDIAN_ENGAGEMENT_BY_FOLLOWERS[site];
  if (median === undefined || !Number.isFinite(ratePercent)) return undefined;
  const ratio = ratePercent / median;
  const words = { ratio: formatNumber(ratio >= 10 ? Math.round(ratio) : Math.round(ratio * 10) / 10), site: siteName(site), median: formatPercent(median / 100, 2, 0) };
  const text = ratio >= 1.05 ? t('baseline.above', words) : ratio <= 0.95 ? t('baseline.below', words) : t('baseline.about', words);
  return { ratio, median, text };
}
