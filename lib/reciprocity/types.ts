import type { SiteId } from '../sites/types';

/** What one person can do for another on a post, in effort order (domain.md section 1). */
export const INTERACTION_KINDS = ['like', 'repost', 'quote', 'mention', 'reply'] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

/** Kinds that spread or name the user's work: each one earns a thank-you (domain.md section 5). */
export const THANKS_WORTHY: readonly InteractionKind[] = ['repost', 'quote', 'mention'];

export interface Person {
  handle: string;
  name?: string;
}

/** Someone did something for the user, as a notification or the user's own post shows it. */
export interface ReceivedInteraction {
  site: SiteId;
  kind: InteractionKind;
  actor: Person;
  /** The user's post it concerns, when the page names it. */
  targetPostId?: string;
  /** An excerpt of the user's post, which identifies it when the page gives no id (X's grouped notifications). */
  targetExcerpt?: string;
  /** The other person's own post (their reply, quote or mention), when it has one. */
  sourcePostId?: string;
  permalink?: string;
}

/** Something the user did on the page: a reply or post sent, a like, a repost. */
export interface GivenInteraction {
  site: SiteId;
  kind: InteractionKind;
  /** Everyone it addresses: the author replied to or liked, and every @mention. */
  to: Person[];
  targetPostId?: string;
  /** For replies and posts: whether the words thank someone. */
  thanks: boolean;
}
