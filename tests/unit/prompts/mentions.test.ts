import { describe, expect, it } from 'vitest';
import { mentionPeople, type Person } from '../../../lib/prompts/mentions';
import { suggestPrompts, type SuggestInput } from '../../../lib/prompts/suggest';
import { BUILT_IN_TEMPLATES } from '../../../lib/prompts/templates';

const sharers: Person[] = [
  { handle: 'ana_writes', name: 'Ana Souza' },
  { handle: 'ben_c', name: 'Ben Carter' },
];

const thanks = (site: SuggestInput['site'], people: readonly Person[] = sharers, text = 'Why replies beat likes, in one chart.'): ReturnType<typeof suggestPrompts> =>
  suggestPrompts({
    post: { text, authorHandle: people[0]!.handle, isOwnPost: true },
    relation: 'reposted',
    people,
    site,
    templates: BUILT_IN_TEMPLATES,
    seed: 3,
  });

describe('thank-you prompts name people the way the site notifies them', () => {
  it.each(['x', 'bluesky', 'threads', 'instagram', 'youtube'] as const)('%s: @handle of each sharer, and no hint needed', (site) => {
    const prompts = thanks(site);
    expect(prompts.length).toBe(3);
    for (const prompt of prompts) {
      expect(prompt.situation).toBe('thank-sharer');
      expect(prompt.text).toContain('@ana_writes and @ben_c');
      expect(prompt.text).not.toContain('Ana Souza');
      expect(prompt.hint).toBeUndefined();
    }
  });

  it('mastodon: the full @user@server, so someone on another server is notified', () => {
    const [prompt] = thanks('mastodon', [{ handle: 'lena@fosstodon.org', name: 'Lena' }]);
    expect(prompt?.text).toContain('@lena@fosstodon.org');
  });

  it('reddit: u/name, which Reddit notifies', () => {
    const [prompt] = thanks('reddit', [{ handle: 'data_dan', name: 'data_dan' }]);
    expect(prompt?.text).toContain('u/data_dan');
    expect(prompt?.text).not.toContain('@');
  });

  it.each(['linkedin', 'facebook'] as const)('%s: the display names, with a hint to pick each from the site’s list', (site) => {
    for (const prompt of thanks(site)) {
      expect(prompt.text).toContain('Ana Souza and Ben Carter');
      expect(prompt.text).not.toContain('@');
      expect(prompt.hint).toMatch(/type @ .*pick each of them from the list/);
    }
    const [single] = thanks(site, [sharers[0]!]);
    expect(single?.hint).toMatch(/pick Ana Souza from the list/);
  });

  it('names everyone in the prompt’s language', () => {
    const prompts = thanks('x', [...sharers, { handle: 'chris_k' }], 'Por qué las respuestas valen más que los likes, en un gráfico.');
    expect(prompts[0]?.templateId).toMatch(/^es\./);
    expect(prompts[0]?.text).toContain('@ana_writes, @ben_c y @chris_k');
  });

  it('keeps a handle free of page noise and never shows "undefined"', () => {
    expect(mentionPeople([{ handle: '@@ana_writes\u202e' }], 'x', 'en').text).toBe('@ana_writes');
    expect(mentionPeople([{ handle: 'undefined', name: 'Ana' }], 'x', 'en').text).toBe('Ana');
  });

  it('works for callers that pass no site or people: the author by @handle', () => {
    const [prompt] = suggestPrompts({
      post: { text: 'Shared!', authorHandle: 'jonas', authorName: 'Jonas Weber', isOwnPost: true },
      relation: 'reposted',
      templates: BUILT_IN_TEMPLATES,
      seed: 0,
    });
    expect(prompt?.text).toContain('@jonas');
  });
});
