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

  it('does not treat someone else’s gripe about a third party as the user’s complaint to calm', () => {
    expect(chooseSituations({ text: 'Worst airline ever, still waiting for my refund.', isOwnPost: false })).toEqual([
      'join-conversation',
    ]);
  });

  it('calms a complaint on the user’s own post first', () => {
    expect(
      chooseSituations({ text: "The export still doesn't work. Why did you change it?", isOwnPost: true, relation: 'replied' }),
    ).toEqual(['calm-complaint', 'answer-question']);
    expect(chooseSituations({ text: 'La app no funciona desde la actualización.', isOwnPost: true })).toEqual([
      'calm-complaint',
    ]);
  });

  it('continues the thread on a friendly reply, and leaves a plain thank-you alone', () => {
    expect(chooseSituations({ text: 'We saw the same thing with our onboarding emails.', isOwnPost: true })).toEqual([
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
});
