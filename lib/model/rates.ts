import type { Metrics } from '../sites/types';
import { formatNumber } from './format';

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

const percent = (value: number) => `${value < 0.1 ? value.toFixed(2) : value.toFixed(1)}%`;

/** Kaushik's per-post rates, plus engagement rate by views and by followers where the page shows them. */
export function engagementRates(metrics: Metrics): Rate[] {
  const rates: Rate[] = [];
  const perPost = (id: Rate['id'], name: string, value: number | undefined) => {
    if (value !== undefined) rates.push({ id, name, value, display: `${formatNumber(value)} per post` });
  };
  perPost('conversation', 'Conversation rate', metrics.replies);
  perPost('amplification', 'Amplification rate', metrics.reposts);
  perPost('applause', 'Applause rate', metrics.likes);
  const engaged = engagements(metrics);
  if (engaged !== undefined && metrics.views) {
    const value = (100 * engaged) / metrics.views;
    rates.push({ id: 'engagement-by-views', name: 'Engagement rate by views', value, display: percent(value) });
  }
  if (engaged !== undefined && metrics.followers) {
    const value = (100 * engaged) / metrics.followers;
    rates.push({ id: 'engagement-by-followers', name: 'Engagement rate by followers', value, display: percent(value) });
  }
  return rates;
}
