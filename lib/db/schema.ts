import type { InteractionKind } from '../reciprocity/types';
import type { Metrics, PostReading, RequiredField, SiteId } from '../sites/types';

export const DATABASE_NAME = 'feedcoach';

/** Local calendar day of a timestamp, as YYYY-MM-DD. */
export function dayKey(at: number): string {
  const date = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

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
  {
    // The reciprocity ledger: who engaged with the user, what the user gave back, thanks still owed.
    version: 2,
    stores: {
      accounts: 'site',
      people: 'key, site, lastInteractionAt, owed',
      interactions: 'id, personKey, postKey, at, [direction+at]',
      reminders: 'id, personKey, status, [status+snoozedUntil], createdAt',
      health: '[site+day], day',
    },
  },
] as const;

/** A post as last read, keyed as the testing contract names it, with when the user saw it. */
export interface PostRow extends PostReading {
  /** "<site>:<postId>", the testing contract's post key. */
  key: string;
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
  /** Interactions received and given that day (absent on days stored before the ledger existed). */
  received?: number;
  given?: number;
}

/** The user's own account on a site, read from the page (so their own posts and notifications are known). */
export interface AccountRow {
  site: SiteId;
  handle: string;
  seenAt: number;
}

/** How well a site's adapter read its posts on one day: the popup says "this site changed" when reads fall. */
export interface HealthRow {
  site: SiteId;
  day: string;
  seen: number;
  read: number;
  /** Posts that could not be read, by the field that was missing. */
  missing: Partial<Record<RequiredField, number>>;
  /** Readings the background refused for good (dropped by the page, not retried). */
  rejected?: number;
  /** Ids of the last reports added (lib/health/health.ts), so a report sent again is not added twice. */
  reports?: string[];
}

export type KindCounts = Partial<Record<InteractionKind, number>>;

/** One person on one site, with what they gave the user and what the user gave them. */
export interface PersonRow {
  /** "<site>:<handle lowercased>". */
  key: string;
  site: SiteId;
  handle: string;
  name?: string;
  received: KindCounts;
  given: KindCounts;
  /** Weighted received minus weighted given: above zero, the user owes this person attention. */
  owed: number;
  lastInteractionAt: number;
  /** Distinct days this person engaged with the user: repeat engagement marks an advocate. */
  activeDays: string[];
  /** A key of the same person on another site, when the user confirmed the link. */
  linkedTo?: string;
}

export interface InteractionRow {
  /** Deterministic, so seeing the same notification or action twice never adds a row. */
  id: string;
  direction: 'received' | 'given';
  site: SiteId;
  kind: InteractionKind;
  personKey: string;
  at: number;
  /** The user's post it concerns (received), or the post the user acted on (given), as "<site>:<postId>". */
  postKey?: string;
  permalink?: string;
  /** For given replies and mentions: whether the words thank someone. */
  thanks?: boolean;
}

export type ReminderStatus = 'open' | 'snoozed' | 'done';

/** A share, quote or mention of the user's content that has not been thanked yet. */
export interface ReminderRow {
  /** The id of the interaction that created it. */
  id: string;
  site: SiteId;
  personKey: string;
  handle: string;
  kind: InteractionKind;
  status: ReminderStatus;
  /** 0 unless snoozed: an index on [status+snoozedUntil] finds snoozes that ran out. */
  snoozedUntil: number;
  createdAt: number;
  closedAt?: number;
  closedBy?: 'thanks' | 'marked-done';
  permalink?: string;
  /** A short excerpt of the user's post that was shared, for the list in the popup. */
  excerpt?: string;
}
