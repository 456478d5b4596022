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
  /** Their words ask the user something (the prompts' classifier): a mention that asks wants an answer, not thanks. */
  asks?: boolean;
  /** The start of their own words (a reply or mention), for the popup's replies owed. */
  sourceExcerpt?: string;
}

/** What a reminder waits for: a thank-you (a share, quote or mention) or an answer (a reply, a question). */
export type Owed = 'thanks' | 'reply';

/** What the user owes for an interaction, if anything (domain.md section 5: thanks owed, replies owed). */
export function owedFor(item: Pick<ReceivedInteraction, 'kind' | 'asks'>): Owed | undefined {
  if (item.kind === 'reply' || (item.kind === 'mention' && item.asks)) return 'reply';
  return THANKS_WORTHY.includes(item.kind) ? 'thanks' : undefined;
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
  /** The reminders the prompt the user Used (and then sent) was written for: they close whatever the user edited. */
  answers?: string[];
  /** The user pasted into the reply box before sending: a prompt copied from FeedCoach on another page arrives so. */
  pasted?: boolean;
  /** The words of a thank-you, read for the display names of the people it thanks; never stored. */
  text?: string;
}
