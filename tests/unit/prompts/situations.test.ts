import { describe, expect, it } from 'vitest';
import { chooseSituations } from '../../../lib/prompts/situations';

describe('chooseSituations', () => {
  it('joins the conversation on someone else’s post', () => {
    expect(chooseSituations({ text: 'Design systems are products, not projects.', isOwnPost: false })).toEqual([
      'join-conversation',
    ]);
  });

  it('answers first when someone else’s post asks something', () => {
    expect(chooseSituations({ text: 'Anyone tried Astro for a docs site with 500 pages?', isOwnPost: false })).toEqual([
      'answer-question',
      'join-conversation',
    ]);
  });

  it('answers a customer’s complaint with an apology, wherever it is; a sour mood alone only when addressed to the user', () => {
    expect(chooseSituations({ text: 'Worst airline ever, still waiting for my refund.', isOwnPost: false })).toEqual([
      'calm-complaint',
    ]);
    expect(chooseSituations({ text: 'Mondays are terrible and my coffee is awful.', isOwnPost: false })).toEqual(['join-conversation']);
    expect(chooseSituations({ text: 'This is terrible and awful.', isOwnPost: false, relation: 'replied' })).toEqual(['calm-complaint']);
  });

  it('calms a complaint on the user’s own post first', () => {
    expect(
      chooseSituations({ text: "The export still doesn't work. Why did you change it?", isOwnPost: true, relation: 'replied' }),
    ).toEqual(['calm-complaint', 'answer-question']);
    expect(chooseSituations({ text: 'La app no funciona desde la actualización.', isOwnPost: true, relation: 'replied' })).toEqual([
      'calm-complaint',
    ]);
  });

  it('continues the thread on a friendly reply, and leaves a plain thank-you alone', () => {
    expect(chooseSituations({ text: 'We saw the same thing with our onboarding emails.', isOwnPost: true, relation: 'replied' })).toEqual([
      'join-conversation',
    ]);
    expect(chooseSituations({ text: 'Danke für die Erklärung!', isOwnPost: true, relation: 'replied' })).toEqual([]);
  });

  it('thanks a sharer, whatever the shared post says', () => {
    expect(
      chooseSituations({ text: 'Why most dashboards fail? Too many numbers.', isOwnPost: true, relation: 'reposted' }),
    ).toEqual(['thank-sharer']);
  });

  it('acknowledges mentions and quotes, after a complaint or a question in them', () => {
    expect(chooseSituations({ text: 'Good thread by @me on pricing pages', isOwnPost: false, relation: 'mentioned' })).toEqual([
      'acknowledge-mention',
    ]);
    expect(chooseSituations({ text: 'Wie seht ihr das?', isOwnPost: false, relation: 'quoted' })).toEqual([
      'answer-question',
      'acknowledge-mention',
    ]);
    expect(chooseSituations({ text: "C'est nul, ça ne marche pas.", isOwnPost: false, relation: 'quoted' })).toEqual([
      'calm-complaint',
      'acknowledge-mention',
    ]);
  });

  it('recognises a regular', () => {
    expect(chooseSituations({ text: 'Shared!', isOwnPost: true, relation: 'reposted', repeatEngager: true })).toEqual([
      'thank-sharer',
      'recognise-regular',
    ]);
    expect(chooseSituations({ text: 'Interesting numbers on churn.', isOwnPost: false, repeatEngager: true })).toEqual([
      'recognise-regular',
      'join-conversation',
    ]);
  });

  it('takes the author’s side on the user’s own post, whatever it says: never an argument with oneself', () => {
    for (const text of [
      'Hot take: a reply from a customer is worth more than a hundred likes. Agree?',
      'What is one thing you stopped doing on social this year?',
      'Shipping our community report today.',
    ]) {
      expect(chooseSituations({ text, isOwnPost: true })).toEqual(['own-post']);
    }
  });

  it('congratulates good news and never argues with it', () => {
    expect(chooseSituations({ text: 'We launched today! Huge thanks to our beta testers 🎉', isOwnPost: false })).toEqual(['celebrate']);
    expect(chooseSituations({ text: 'Hoy lanzamos la nueva app. ¡Gracias a todos!', isOwnPost: false })).toEqual(['celebrate']);
    expect(chooseSituations({ text: 'Wir sind stolz: 10.000 Nutzer in einem Jahr.', isOwnPost: false })).toEqual(['celebrate']);
    expect(chooseSituations({ text: 'Très fiers du lancement de notre application.', isOwnPost: false })).toEqual(['celebrate']);
  });

  it('offers a view of one’s own only where a post makes a claim and invites it', () => {
    expect(chooseSituations({ text: 'Hot take: replies beat likes.', isOwnPost: false })).toEqual(['offer-view', 'join-conversation']);
    expect(chooseSituations({ text: 'I think newsletters should be short. Agree?', isOwnPost: false })).toEqual([
      'offer-view',
      'join-conversation',
    ]);
    // A claim that asks for nothing, a question without a claim, a neutral one-liner: warmth and a real question.
    expect(chooseSituations({ text: 'I think newsletters should be short.', isOwnPost: false })).toEqual(['join-conversation']);
    expect(chooseSituations({ text: 'Should I post on Fridays?', isOwnPost: false })).toEqual(['answer-question', 'join-conversation']);
    expect(chooseSituations({ text: 'Saving this for our next client workshop.', isOwnPost: false })).toEqual(['join-conversation']);
  });

  it('answers a reply that congratulates the user as a reply, not with congratulations back', () => {
    expect(chooseSituations({ text: 'Congrats on the launch, well deserved!', isOwnPost: false, relation: 'replied' })).toEqual([
      'join-conversation',
    ]);
  });
});
