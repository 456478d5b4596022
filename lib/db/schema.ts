import type { Transaction } from 'dexie';
import type { InteractionKind, Owed } from '../reciprocity/types';
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
  {
    // Replies owed beside thanks owed: each reminder says which it waits for, and both are counted by index.
    // closedAt lists what was done lately, so the popup can bring it back.
    version: 3,
    stores: {
      reminders: 'id, personKey, status, [status+snoozedUntil], createdAt, [owes+status+snoozedUntil], closedAt',
    },
    upgrade: (tx: Transaction) =>
      tx
        .table<ReminderRow>('reminders')
        .toCollection()
        .modify((reminder) => {
          reminder.owes = 'thanks';
        }),
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
  /** A second sighting of a received comment (its notification, then its post's page): the id of the first, whose reminder it joined. */
  sameAs?: string;
}

export type ReminderStatus = 'open' | 'snoozed' | 'done';

/** A share, quote or mention of the user's content that has not been thanked yet, or a reply or question not answered. */
export interface ReminderRow {
  /** The id of the interaction that created it. */
  id: string;
  site: SiteId;
  personKey: string;
  handle: string;
  /** Their display name, when the page showed it. */
  name?: string;
  kind: InteractionKind;
  owes: Owed;
  status: ReminderStatus;
  /** 0 unless snoozed: an index on [status+snoozedUntil] finds snoozes that ran out. */
  snoozedUntil: number;
  createdAt: number;
  closedAt?: number;
  /** A thank-you or reply the user sent, or the user's own word in the popup. */
  closedBy?: 'thanks' | 'reply' | 'marked-done';
  permalink?: string;
  /** A short excerpt: of the user's post that was shared, or of the other person's words that wait for an answer. */
  excerpt?: string;
  /** Their post (the reply or mention): a reply of the user's to it answers them. */
  sourcePostId?: string;
  /** When a FeedCoach prompt for it was last Used: the next send on its site that answers it closes it. */
  usedAt?: number;
}
