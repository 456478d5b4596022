import { describe, expect, it } from 'vitest';
import { suggestPrompts, type SuggestInput } from '../../../lib/prompts/suggest';
import { BUILT_IN_TEMPLATES, type Template } from '../../../lib/prompts/templates';

const question: SuggestInput = {
  post: {
    text: 'Anyone tried Astro for a docs site with 500 pages? Build times are my worry.',
    authorName: 'Priya Raman',
    authorHandle: 'priya',
    isOwnPost: false,
  },
  templates: BUILT_IN_TEMPLATES,
  seed: 0,
};

describe('suggestPrompts', () => {
  it('offers prompts for the fitting situations, most fitting first, filled for the author', () => {
    const prompts = suggestPrompts(question);
    expect(prompts.map((p) => p.situation)).toEqual(['answer-question', 'join-conversation', 'answer-question']);
    for (const prompt of prompts) {
      expect(prompt.text).toContain('Priya Raman');
      expect(prompt.text).not.toMatch(/[{}]|undefined/);
      expect(BUILT_IN_TEMPLATES.find((t) => t.id === prompt.templateId)?.situation).toBe(prompt.situation);
    }
  });

  it('is deterministic for a seed', () => {
    expect(suggestPrompts({ ...question, seed: 7 })).toEqual(suggestPrompts({ ...question, seed: 7 }));
  });

  it('rotates wording between consecutive seeds', () => {
    for (let seed = 0; seed < 6; seed++) {
      const now = suggestPrompts({ ...question, seed, count: 1 });
      const next = suggestPrompts({ ...question, seed: seed + 1, count: 1 });
      expect(next[0]?.text).not.toBe(now[0]?.text);
    }
    // Two prompts from the same situation: the next seed moves both, where there are variants enough.
    const own = { ...question, post: { ...question.post, text: 'We saw the same with onboarding emails.', isOwnPost: true } };
    const templates = [
      ...BUILT_IN_TEMPLATES,
      ...['A', 'B'].map((letter, i): Template => ({
        id: `user.${i}`,
        situation: 'join-conversation',
        language: 'en',
        text: `${letter}: what would you try next, {name}?`,
        enabled: true,
        builtIn: false,
      })),
    ];
    const first = suggestPrompts({ ...own, templates, seed: 10, count: 2 }).map((p) => p.templateId);
    const second = suggestPrompts({ ...own, templates, seed: 11, count: 2 }).map((p) => p.templateId);
    expect(first.filter((id) => second.includes(id))).toEqual([]);
  });

  it('accepts any seed, negative or huge', () => {
    expect(suggestPrompts({ ...question, seed: -3 })).toHaveLength(3);
    expect(suggestPrompts({ ...question, seed: Date.now() })).toHaveLength(3);
    expect(suggestPrompts({ ...question, seed: Number.NaN })).toEqual(suggestPrompts({ ...question, seed: 0 }));
  });

  it('answers in the post’s language', () => {
    const prompts = suggestPrompts({
      ...question,
      post: { text: 'La app no funciona desde la actualización, ¿qué pasó?', authorName: 'Lucía', authorHandle: 'lucia', isOwnPost: true },
      relation: 'replied',
    });
    expect(prompts.map((p) => p.situation)).toEqual(['calm-complaint', 'answer-question', 'calm-complaint']);
    expect(prompts.every((p) => p.templateId.startsWith('es.'))).toBe(true);
  });

  it('falls back to English when no template exists in the post’s language', () => {
    const english = BUILT_IN_TEMPLATES.filter((t) => t.language === 'en');
    const prompts = suggestPrompts({
      ...question,
      post: { text: 'Vielen Dank fürs Teilen!', authorHandle: 'jonas', isOwnPost: true },
      relation: 'reposted',
      templates: english,
    });
    expect(prompts[0]?.templateId).toMatch(/^en\.thank-sharer\./);
    expect(prompts[0]?.text).toContain('@jonas');
  });

  it('greets people by name, not by their bio', () => {
    const [prompt] = suggestPrompts({
      ...question,
      post: { text: 'Shared with my team', authorName: 'Jane Doe | Growth @ Acme', authorHandle: 'jane', isOwnPost: true },
      relation: 'reposted',
      site: 'linkedin',
      count: 1,
    });
    expect(prompt?.text).toContain('Jane Doe');
    expect(prompt?.text).not.toContain('Acme');
  });

  it('never uses a disabled template', () => {
    const disabled = new Set(['en.answer-question.1', 'en.answer-question.2', 'en.join-conversation.3']);
    const templates = BUILT_IN_TEMPLATES.map((t) => ({ ...t, enabled: !disabled.has(t.id) }));
    for (let seed = 0; seed < 12; seed++) {
      for (const prompt of suggestPrompts({ ...question, templates, seed })) expect(disabled.has(prompt.templateId)).toBe(false);
    }
    const noneLeft = BUILT_IN_TEMPLATES.map((t) => ({ ...t, enabled: false }));
    expect(suggestPrompts({ ...question, templates: noneLeft })).toEqual([]);
  });

  it('prefers templates that do not need a topic when the post has none', () => {
    const prompts = suggestPrompts({ ...question, post: { ...question.post, text: 'ok?' }, count: 5 });
    expect(prompts.length).toBeGreaterThan(0);
    for (const prompt of prompts) expect(BUILT_IN_TEMPLATES.find((t) => t.id === prompt.templateId)?.text).not.toContain('{topic}');
  });

  it('respects count and returns nothing when no situation fits', () => {
    expect(suggestPrompts({ ...question, count: 1 })).toHaveLength(1);
    expect(suggestPrompts({ ...question, count: 0 })).toEqual([]);
    const all = suggestPrompts({ ...question, count: 50 });
    expect(new Set(all.map((p) => p.templateId)).size).toBe(all.length);
    const thankYou = { ...question.post, text: 'Thank you so much!', isOwnPost: true };
    expect(suggestPrompts({ ...question, post: thankYou, relation: 'replied' })).toEqual([]);
  });

  it('names someone shown by handle only as the site writes them, and never by an avatar’s initial', () => {
    const reddit = suggestPrompts({ ...question, post: { ...question.post, authorName: undefined, authorHandle: 'open_rate_olga' }, site: 'reddit' });
    for (const prompt of reddit) expect(prompt.text).toContain('u/open_rate_olga');
    const initial = suggestPrompts({ ...question, post: { ...question.post, authorName: 'M', authorHandle: 'mara.bsky.social' }, site: 'bluesky' });
    for (const prompt of initial) expect(prompt.text).toMatch(/@mara\.bsky\.social[,.!?:]/);
  });

  it('never opens the next panel on the wording the last one showed', () => {
    const first = suggestPrompts(question);
    const other = { ...question, post: { ...question.post, text: 'Anyone tried Hugo for a docs site? Asking for a friend.' } };
    const next = suggestPrompts({ ...other, recent: first.map((p) => p.templateId) });
    expect(first.map((p) => p.templateId)).not.toContain(next[0]?.templateId);
  });
});
