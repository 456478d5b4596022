import { t } from '../i18n/messages';
import type { Metrics } from '../sites/types';
import { formatNumber } from './format';

/** Assumed followers per sharer when the page does not say (a modest account, not an influencer). */
export const DEFAULT_FOLLOWERS_PER_SHARER = 200;

export interface AmplificationEstimate {
  /** People the shares put the post in front of, first generation: shares x followers per sharer. */
  reach: number;
  followersPerSharer: number;
  /** "≈ 2,400 people reached through 12 shares". */
  text: string;
  /** "assuming 200 followers per sharer": the estimate's assumption, which the user can change in the settings. */
  assumption: string;
}

/**
 * Each sharer carries the post to their own network (domain.md section 4): first-generation reach is roughly
 * shares x N. Shown as an estimate with its assumption, never as a measured number.
 */
export function estimateAmplification(
  metrics: Metrics,
  followersPerSharer = DEFAULT_FOLLOWERS_PER_SHARER,
): AmplificationEstimate | undefined {
  const shares = (metrics.reposts ?? 0) + (metrics.quotes ?? 0);
  if (metrics.reposts === undefined && metrics.quotes === undefined) return undefined;
  const reach = shares * followersPerSharer;
  return {
    reach,
    followersPerSharer,
    text: t('amplification.reach', shares, { reach: formatNumber(reach) }),
    assumption: t('amplification.assumption', { followers: formatNumber(followersPerSharer) }),
  };
}
