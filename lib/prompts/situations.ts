// Which of the domain's reply situations (domain.md section 7) a post puts the user in.
import { classifyText, type TextSignals } from './classify';

// The order is the order of fitness when several apply. Stored user templates name these, so a name
// is never renamed or removed; new situations are added.
export const SITUATIONS = [
  'thank-sharer',
  'acknowledge-mention',
  'answer-question',
  'calm-complaint',
  'celebrate',
  'own-post',
  'offer-view',
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
   * Without a relation: the post is the user's own, so the prompts take the author's side (thank the
   * commenters, answer, invite). With one: the user's post is what the other person acted on.
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
  const { relation } = input;
  // The user's own post: never an argument with oneself, only the host's side of the conversation.
  if (input.isOwnPost && !relation) return ['own-post'];
  const signals = input.signals ?? classifyText(input.text);
  // A repost carries the user's own words: its text says nothing about the sharer's mood or question.
  const theirWords = relation !== 'reposted';
  // A complaint phrase (refund, broken) is answered with an apology wherever it is; a sour tone only when
  // it is addressed to the user (someone's gripe about their commute is a conversation, not a complaint).
  const complaint = theirWords && (signals.isComplaint || (relation !== undefined && signals.isNegative));
  // A reply congratulating the user is answered as a reply (below), not congratulated back.
  const celebration = theirWords && relation !== 'replied' && !complaint && signals.isCelebration;
  const situations: Situation[] = [];
  // Complaints first: negative word of mouth travels fastest, so a calm public answer matters most.
  if (complaint) situations.push('calm-complaint');
  // "Agree?" after a claim invites a view, not an answer.
  const debate = !relation && !complaint && !celebration && signals.invitesDebate;
  if (theirWords && signals.isQuestion && !debate) situations.push('answer-question');
  if (relation === 'reposted') situations.push('thank-sharer');
  if (relation === 'mentioned' || relation === 'quoted') situations.push('acknowledge-mention');
  if (celebration) situations.push('celebrate');
  if (input.repeatEngager) situations.push('recognise-regular');
  // Someone else's post, or a reply that continues the thread: warmth and a real question by default; a
  // view of one's own only where the post makes a claim and asks for one. A plain thank-you needs no answer.
  const continuesThread = relation === 'replied' && !signals.isNegative && !signals.isThanks;
  if ((!relation || continuesThread) && !complaint && !celebration) {
    if (debate) situations.push('offer-view');
    situations.push('join-conversation');
  }
  return situations;
}
