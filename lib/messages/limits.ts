/**
 * What a message may carry, in one place: the background's schemas (lib/messages/schema.ts) refuse more, and the
 * content script cuts its readings to fit before sending (lib/feed/valid-reading.ts) without loading Zod.
 */
export const LIMITS = {
  postId: 200,
  handle: 200,
  name: 500,
  text: 2000,
  permalink: 2000,
  addressees: 100,
  postsPerMessage: 500,
  receivedPerMessage: 500,
  givenPerMessage: 100,
} as const;

/**
 * How far ahead of the background's clock a time may be: the content script and the background read the same
 * clock, so more than this is a clock that jumped or a forged file. Later times are brought back to now on the way
 * in, so a stored reading never sits in the future, where later ones would count as late retries.
 */
export const CLOCK_SKEW_MS = 5 * 60_000;

/** A time no later than `now` plus the skew allowed: a later one becomes `now`. */
export const boundToNow = (at: number, now: number): number => (at > now + CLOCK_SKEW_MS ? now : at);

/** The write failed because the device is out of room: the batch is kept and sent again. */
export const STORAGE_FULL = 'storage-full';

/** ISO 8601 as the schema takes it: four-digit year, seconds, optional fraction, Z or an offset with a colon. */
export const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
