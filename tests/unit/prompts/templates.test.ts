import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SITUATIONS } from '../../../lib/prompts/situations';
import {
  BUILT_IN_TEMPLATES,
  fillTemplate,
  MAX_TEMPLATE_LENGTH,
  TEMPLATE_LANGUAGES,
  templateSchema,
} from '../../../lib/prompts/templates';

const template = (text: string) => ({
  id: 'user.1',
  situation: 'join-conversation',
  language: 'en',
  text,
  enabled: true,
  builtIn: false,
});

const messages = (text: string) => templateSchema.safeParse(template(text)).error?.issues.map((issue) => issue.message);

describe('templateSchema', () => {
  it('accepts a template that uses the known variables', () => {
    const parsed = templateSchema.safeParse(template('What made you change your mind on {topic}, {name}? cc @{handle}'));
    expect(parsed.success).toBe(true);
  });

  it('rejects empty and too long text', () => {
    expect(messages('')).toEqual(['A template needs some text.']);
    expect(messages('   ')).toEqual(['A template needs some text.']);
    expect(messages('x'.repeat(MAX_TEMPLATE_LENGTH))).toBeUndefined();
    expect(messages('x'.repeat(MAX_TEMPLATE_LENGTH + 1))).toEqual([
      `A template can be at most ${MAX_TEMPLATE_LENGTH} characters long.`,
    ]);
  });

  it('names an unknown variable in its message', () => {
    expect(messages('Thanks {firstName}, see {topic}')).toEqual([
      'Unknown variable {firstName}: templates can use {name}, {handle}, {topic} and {mention}.',
    ]);
    expect(messages('Hi {Name}')?.[0]).toContain('{Name}');
  });

  it('rejects stray braces, which would otherwise reach the user', () => {
    expect(messages('Thanks {{name}}')?.[0]).toMatch(/^Unmatched brace/);
    expect(messages('Thanks {name')?.[0]).toMatch(/^Unmatched brace/);
  });

  it('rejects an unknown situation or language', () => {
    expect(templateSchema.safeParse({ ...template('Hi'), situation: 'great-post' }).success).toBe(false);
    expect(templateSchema.safeParse({ ...template('Hi'), language: 'it' }).success).toBe(false);
  });
});

describe('built-in templates', () => {
  it('are all valid, with unique ids', () => {
    for (const builtIn of BUILT_IN_TEMPLATES) expect(templateSchema.safeParse(builtIn).success, builtIn.id).toBe(true);
    expect(new Set(BUILT_IN_TEMPLATES.map((t) => t.id)).size).toBe(BUILT_IN_TEMPLATES.length);
  });

  it('have at least 4 variants per situation and language, one of them without {topic}', () => {
    for (const language of TEMPLATE_LANGUAGES) {
      for (const situation of SITUATIONS) {
        const variants = BUILT_IN_TEMPLATES.filter((t) => t.language === language && t.situation === situation);
        expect(variants.length, `${language} ${situation}`).toBeGreaterThanOrEqual(4);
        expect(variants.some((t) => !t.text.includes('{topic}')), `${language} ${situation}`).toBe(true);
        // Everyone is addressed: by name, by a mention, or (on the user's own post) as the commenters.
        const addressee = situation === 'own-post' ? /(?<!\p{L})(?:all|everyone|every|those|todos|cada|quien|alle|jeden|euch|tous|chacun|chaque|celles)(?!\p{L})/iu : /\{(?:name|mention)\}/;
        expect(variants.every((t) => addressee.test(t.text)), `${language} ${situation}`).toBe(true);
      }
    }
  });

  it('never open a conversation with empty praise or a sales pitch', () => {
    const hollow = /great post|nice post|love this post|gran post|toller beitrag|super post|check out|buy|discount|link in bio/i;
    for (const builtIn of BUILT_IN_TEMPLATES) expect(builtIn.text, builtIn.id).not.toMatch(hollow);
    for (const builtIn of BUILT_IN_TEMPLATES.filter((t) => t.situation === 'join-conversation')) {
      expect(builtIn.text, builtIn.id).toMatch(/[?？]/); // always asks a real question
    }
  });
});

describe('fillTemplate', () => {
  it('fills name, handle and topic', () => {
    expect(fillTemplate('Thanks, {name}! What got you into {topic}? cc @{handle}', { name: 'Ana', handle: 'ana_dev', topic: ['CSS', 'Grid'] })).toBe(
      'Thanks, Ana! What got you into CSS and Grid? cc @ana_dev',
    );
  });

  it('joins topic words in the template’s language', () => {
    expect(fillTemplate('{topic}', { topic: ['a11y', 'Figma', 'tokens'] }, 'es')).toBe('a11y, Figma y tokens');
    expect(fillTemplate('{topic}', { topic: ['a11y', 'Figma'] }, 'de')).toBe('a11y und Figma');
    expect(fillTemplate('sur {topic}', { topic: 'accessibilité' }, 'fr')).toBe('sur « accessibilité »');
  });

  it('falls back to the handle when there is no display name, without doubling the @', () => {
    expect(fillTemplate('Thanks for sharing, {name}!', { handle: '@lea' })).toBe('Thanks for sharing, @lea!');
    expect(fillTemplate('Gracias, {name}. Cc @{handle}', { name: '  ', handle: '@@lea' }, 'es')).toBe('Gracias, @lea. Cc @lea');
  });

  it('drops a missing name gracefully, with no braces and no "undefined"', () => {
    expect(fillTemplate('Hi {name}, thanks for the question.', {})).toBe('Hi there, thanks for the question.');
    expect(fillTemplate('Thanks for sharing this, {name}! What caught your eye?', {})).toBe(
      'Thanks for sharing this! What caught your eye?',
    );
    expect(fillTemplate('{name}, you have been part of so many of these conversations.', { name: undefined })).toBe(
      'You have been part of so many of these conversations.',
    );
    expect(fillTemplate('Merci pour le partage, {name} ! Qu’est-ce qui vous a parlé ?', { name: 'undefined' }, 'fr')).toBe(
      'Merci pour le partage ! Qu’est-ce qui vous a parlé ?',
    );
    expect(fillTemplate('Good question. cc @{handle}', { handle: '' })).toBe('Good question. cc');
  });

  it('reads well without topic words', () => {
    expect(fillTemplate('Where do you see {topic} going?', { name: 'Ana' })).toBe('Where do you see this going?');
    expect(fillTemplate('Eine Ergänzung zu {topic}: …', { topic: [] }, 'de')).toBe('Eine Ergänzung zu diesem Thema: …');
  });

  it('keeps HTML-like and replacement-pattern characters as plain text', () => {
    const name = '<img src=x onerror=alert(1)> $& $1 {topic}';
    expect(fillTemplate('Thanks, {name}! ({topic})', { name, topic: ['<b>CSS</b>'] })).toBe(
      'Thanks, <img src=x onerror=alert(1)> $& $1 {topic}! (<b>CSS</b>)',
    );
  });

  it('strips control and bidirectional override characters from names', () => {
    expect(fillTemplate('Thanks, {name}!', { name: 'Ana\u202e lanigiro\n\tDoe' })).toBe('Thanks, Ana lanigiro Doe!');
  });

  it('drops unknown variables and stray braces of an unvalidated template', () => {
    expect(fillTemplate('Hi {firstName}, {name} {', { name: 'Ana' })).toBe('Hi , Ana');
  });

  it('never leaves template braces or "undefined" in any built-in prompt', () => {
    const value = fc.option(fc.string({ maxLength: 40 }).filter((s) => !/[{}]/.test(s)), { nil: undefined });
    fc.assert(
      fc.property(
        fc.constantFrom(...BUILT_IN_TEMPLATES),
        value,
        value,
        fc.array(fc.string({ maxLength: 20 }).filter((s) => !/[{}]/.test(s)), { maxLength: 3 }),
        (builtIn, name, handle, topic) => {
          const text = fillTemplate(builtIn.text, { name, handle, topic }, builtIn.language);
          expect(text).not.toMatch(/[{}]/);
          if (![name, handle, ...topic].some((v) => v?.includes('undefined'))) expect(text).not.toContain('undefined');
          expect(text.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});
