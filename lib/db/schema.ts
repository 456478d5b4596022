import type { Metrics, MetricKey, PostAuthor, PostContext, SiteId } from '../sites/types';

export const DATABASE_NAME = 'feedcoach';

/**
 * Every schema version ever released, oldest first. Never edit a released entry: add a new one,
 * with an upgrade function when existing rows need to change.
 */
export const SCHEMA_VERSIONS = [
  {
    version: 1,
    stores: {
      posts: 'key, site, lastSeenAt, [site+lastSeenAt]',
      snapshots: '[postKey+at], at',
      daily: 'day',
    },
  },
] as const;

export interface PostRow {
  /** "<site>:<postId>", the testing contract's post key. */
  key: string;
  site: SiteId;
  postId: string;
  permalink: string;
  author: PostAuthor;
  publishedAt?: string;
  text: string;
  metrics: Metrics;
  lowerBounds: MetricKey[];
  context: PostContext;
  firstSeenAt: number;
  lastSeenAt: number;
  /** Local day (YYYY-MM-DD) of lastSeenAt, so "posts seen today" is counted once per post and day. */
  lastSeenDay: string;
}

/** The counts of a post at one moment; written only when they differ from the previous snapshot. */
export interface SnapshotRow {
  postKey: string;
  at: number;
  metrics: Metrics;
}

/** Per-day totals kept as data arrives, so the popup never scans history. */
export interface DailyRow {
  day: string;
  postsSeen: number;
  snapshots: number;
  thanksSent: number;
  repliesGiven: number;
}
