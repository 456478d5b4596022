// Which of the domain's reply situations (domain.md section 7) a post puts the user in.
import { classifyText, type TextSignals } from './classify';

export const SITUATIONS = [
  'thank-sharer',
  'acknowledge-mention',
  'answer-question',
  'calm-complaint',
  'join-conversation',
  'recognise-regular',
] as const;
export type Situation = (typeof SITUATIONS)[number];

/** What the post's author did to the user. */
export type Relation = 'reposted' | 'quoted' | 'mentioned' | 'replied';

export interface SituationInput {
  /** The words the user would answer: a reply, a mention, a quote, someone's post. */
  text: string;
  /**
   * The text sits on the user's own post (a reply in the user's thread). Without a relation it is
   * taken as a reply to the user.
   */
  isOwnPost: boolean;
  relation?: Relation;
  /** The author has engaged with the user again and again. */
  repeatEngager?: boolean;
  /** Signals already computed for `text`, so a caller that has them does not classify twice. */
  signals?: TextSignals;
}

/** The situations that fit, most fitting first; empty when nothing calls for an answer. */
export function chooseSituations(input: SituationInput): Situation[] {
  const signals = input.signals ?? classifyText(input.text);
  const relation = input.relation ?? (input.isOwnPost ? 'replied' : undefined);
  // A repost carries the user's own words: its text says nothing about the sharer's mood or question.
  const theirWords = relation !== 'reposted';
  const situations: Situation[] = [];
  // Complaints first: negative word of mouth travels fastest, so a calm public answer matters most.
  // Someone else's gripe on their own post is not the user's to calm; it is a conversation to join.
  if (relation && theirWords && signals.isNegative) situations.push('calm-complaint');
  if (theirWords && signals.isQuestion) situations.push('answer-question');
  if (relation === 'reposted') situations.push('thank-sharer');
  if (relation === 'mentioned' || relation === 'quoted') situations.push('acknowledge-mention');
  if (input.repeatEngager) situations.push('recognise-regular');
  // Someone else's post: add a view or a real question. A reply to the user: continue the thread,
  // unless it is a complaint (answered above) or a plain thank-you (nothing to argue with).
  const continuesThread = relation === 'replied' && !signals.isNegative && !signals.isThanks;
  if (!relation || continuesThread) situations.push('join-conversation');
  return situations;
}
