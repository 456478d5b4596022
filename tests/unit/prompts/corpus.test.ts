// Reads the prompts for 202 realistic posts across the ten sites and four languages the way a person
// would: the right situation, a topic that is a real phrase of the post, names where a name goes, no
// argument where there is nothing to argue with, nothing left unfilled. PRINT_CORPUS=1 prints a sample.
import nlp from 'compromise/two';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyText } from '../../../lib/prompts/classify';
import { compromiseReader } from '../../../lib/prompts/compromise-reader';
import { registerLanguageReader } from '../../../lib/prompts/language-reader';
import { LEXICONS } from '../../../lib/prompts/lexicon';
import { mentionPeople, personalName, type Person, type ReplySite } from '../../../lib/prompts/mentions';
import type { Relation, Situation } from '../../../lib/prompts/situations';
import { suggestPrompts, type Prompt } from '../../../lib/prompts/suggest';
import { BUILT_IN_TEMPLATES, TEMPLATE_LANGUAGES, type TemplateLanguage } from '../../../lib/prompts/templates';
import { normalize } from '../../../lib/prompts/text';
import { isGenericTopic } from '../../../lib/prompts/topics';
import { CORPUS, type CorpusKind } from './corpus-posts';

const SITES: readonly ReplySite[] = ['x', 'linkedin', 'reddit', 'bluesky', 'mastodon', 'threads', 'youtube', 'facebook', 'instagram', 'tiktok'];

const AUTHORS: Readonly<Record<TemplateLanguage, readonly [name: string, handle: string][]>> = {
  en: [['Devon Price', 'devon_p'], ['Priya Raman', 'priya.r'], ['Jun Takahashi', 'jun_analytics'], ['Ana Souza', 'ana_writes'], ['Ben Carter', 'ben_c']],
  es: [['Lucía Fernández', 'lucia_fz'], ['Mateo Ruiz', 'mateoruiz'], ['Carmen Vidal', 'carmen.v']],
  de: [['Jonas Weber', 'jonas_w'], ['Lena Vogel', 'lenavogel'], ['Felix Braun', 'felix.b']],
  fr: [['Camille Martin', 'camille_m'], ['Hugo Laurent', 'hugo.l'], ['Chloé Bernard', 'chloe_b']],
};
const USER: [string, string] = ['Maya Brooks', 'maya_b'];

const RELATIONS: Readonly<Record<CorpusKind, Relation | undefined>> = {
  post: undefined, own: undefined, reply: 'replied', repost: 'reposted', mention: 'mentioned', quote: 'quoted',
};

/** A person as the site's page shows them: Reddit and YouTube show a handle only; Mastodon a user@server. */
function personOn(site: ReplySite, [name, handle]: [string, string]): Person {
  if (site === 'mastodon') return { name, handle: `${handle}@mastodon.social` };
  if (site === 'reddit' || site === 'youtube') return { handle };
  return { name, handle };
}

interface Case {
  language: TemplateLanguage;
  site: ReplySite;
  expected: Situation;
  kind: CorpusKind;
  text: string;
  person: Person;
  prompts: Prompt[];
  nextWordings: Prompt[];
}

/**
 * The corpus's cases as a person meets them. Posts are opened one after the other, as in a feed: each panel knows
 * what the last one showed.
 */
function corpusCases(): Case[] {
  let lastShown: string[] = [];
  return TEMPLATE_LANGUAGES.flatMap((language) =>
    CORPUS[language].map(([expected, kind, text], index): Case => {
      const site = SITES[(index + TEMPLATE_LANGUAGES.indexOf(language) * 3) % SITES.length]!;
      const authors = AUTHORS[language];
      const person = personOn(site, kind === 'own' ? USER : authors[index % authors.length]!);
      const input = {
        post: { text, authorHandle: person.handle, ...(person.name && { authorName: person.name }), isOwnPost: kind === 'own' || kind === 'repost' },
        ...(RELATIONS[kind] && { relation: RELATIONS[kind] }),
        templates: BUILT_IN_TEMPLATES,
        site,
        seed: 0,
      };
      const prompts = suggestPrompts({ ...input, recent: lastShown });
      const nextWordings = suggestPrompts({ ...input, seed: 1, recent: prompts.map((prompt) => prompt.templateId) });
      lastShown = nextWordings.map((prompt) => prompt.templateId);
      return { language, site, expected, kind, text, person, prompts, nextWordings };
    }),
  );
}

/** The language libraries' registry on the global object (lib/prompts/language-reader.ts): emptied to read with the hand rules alone. */
const LANGUAGE_READERS = Symbol.for('feedcoach.language-readers');
function useLanguageLibrary(loaded: boolean): void {
  delete (globalThis as Record<symbol, unknown>)[LANGUAGE_READERS];
  if (loaded) registerLanguageReader('en', compromiseReader(nlp));
}

const DISAGREEMENT =
  /differently|push back|counter-argument|devil|caveat|conclusion|diferente|contraargumento|discrepar|abogado del diablo|matiz|conclusión|anders|Gegenargument|widersprechen|Gegenposition|Einschränkung|Schluss|différemment|contre-argument|nuancer|avocat du diable|nuance|conclusion/iu;
const APOLOGY = /sorry|siento|leid|Entschuldige|désolé/iu;
const CONGRATULATION = /congrat|great news|love seeing|enhorabuena|felicidades|gran noticia|encanta ver|glückwunsch|schöne nachricht|schön zu sehen|félicitations|bravo|belle nouvelle|plaisir à voir/iu;
const THANKS = /thank|grateful|gracias|agradezco|danke|freue|merci/iu;
const UNFILLED = /[{}]|undefined|\bnull\b|NaN/;
const REPEATED_WORD = /(?<!\p{L})(\p{L}+)\s+\1(?!\p{L})/iu;
// A name is a vocative or the object of a thank-you: "…, Ana." "Ana, you…" "Thank you Ana for…"
const BEFORE_NAME = /(?:^|[,:¡¿]\s?|\b(?:Thank you|Merci|Gracias|Danke)\s)$/u;
const AFTER_NAME = /^(?:\s?[,.!?:;]|\s(?:for\s|d’|por\s|dass\s)|$)/u;

/** Words of a topic that must come from the post itself: articles and linking words aside. */
const topicWords = (topic: string) =>
  topic
    .replace(/^(?:the|el|la|los|las|le|les|l[’'])\s*/iu, '')
    .split(/\s+/)
    .filter((word) => !/^(?:de|del|du|des|la|l’|el|los|las|le|les)$/iu.test(word));

// As before any panel loaded a language library, and as after: both must read right.
describe.each([
  ['with the hand rules alone', false],
  ['with the language library loaded', true],
])('the prompt corpus, %s', (_, library) => {
  useLanguageLibrary(library);
  const cases = corpusCases();
  beforeAll(() => useLanguageLibrary(library));
  afterAll(() => useLanguageLibrary(false));

  it('has at least 200 posts across the ten sites and four languages', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
    expect(new Set(cases.map((c) => c.site))).toEqual(new Set(SITES));
    for (const language of TEMPLATE_LANGUAGES) expect(cases.filter((c) => c.language === language).length).toBeGreaterThanOrEqual(48);
  });

  it('answers each post in its situation first, in its language', () => {
    const wrong = cases
      .filter((c) => c.prompts[0]?.situation !== c.expected || !c.prompts[0]?.templateId.startsWith(`${c.language}.`))
      .map((c) => `${c.language} ${c.kind} "${c.text}": expected ${c.expected}, got ${c.prompts[0]?.templateId}`);
    expect(wrong).toEqual([]);
  });

  it('takes a topic only when it is a real noun phrase of the post, never a stop word or an adverb', () => {
    const bad: string[] = [];
    for (const c of cases) {
      const { topic } = classifyText(c.text);
      if (!topic) continue;
      const post = normalize(c.text);
      const stop = new Set([...LEXICONS[c.language].stopwords, ...LEXICONS[c.language].fillers].map(normalize));
      const words = topicWords(topic);
      const problem =
        isGenericTopic(topic, c.language) ||
        words.length === 0 ||
        words.some((word) => !post.includes(normalize(word)) || stop.has(normalize(word))) ||
        /(?:ly|mente)$/iu.test(words[words.length - 1]!);
      if (problem) bad.push(`${c.language} "${c.text}" -> ${topic}`);
    }
    expect(bad).toEqual([]);
  });

  it('fills every placeholder and never repeats a word twice in a row', () => {
    for (const c of cases) {
      for (const prompt of [...c.prompts, ...c.nextWordings]) {
        expect(prompt.text, prompt.templateId).not.toMatch(UNFILLED);
        expect(prompt.text, prompt.templateId).not.toMatch(REPEATED_WORD);
      }
    }
  });

  it('names the person once, in a natural place, the way the site notifies them; never the user on their own post', () => {
    for (const c of cases) {
      const mention = mentionPeople([c.person], c.site, c.language).text;
      const name = personalName(c.person.name) || `@${c.person.handle}`;
      for (const prompt of c.prompts) {
        if (c.kind === 'own') {
          expect(prompt.text).not.toContain(USER[0]);
          expect(prompt.text).not.toContain(USER[1]);
          continue;
        }
        const reference = [mention, name].sort((a, b) => b.length - a.length).find((candidate) => prompt.text.includes(candidate));
        if (!reference) continue;
        const at = prompt.text.indexOf(reference);
        expect(prompt.text.indexOf(reference, at + 1), prompt.text).toBe(-1);
        expect(BEFORE_NAME.test(prompt.text.slice(0, at)) && AFTER_NAME.test(prompt.text.slice(at + reference.length)), prompt.text).toBe(true);
      }
      if (c.kind === 'repost' || c.kind === 'mention' || c.kind === 'quote') {
        // Thanks and acknowledgements mention people so that the site tells them.
        const thanking = c.prompts.filter((p) => p.situation === 'thank-sharer' || p.situation === 'acknowledge-mention');
        for (const prompt of thanking) expect(prompt.text, prompt.text).toContain(mention);
      }
    }
  });

  it('never argues on thanks, celebrations or the user’s own post; argues only where a post invites it', () => {
    for (const c of cases) {
      for (const prompt of [...c.prompts, ...c.nextWordings]) {
        if (prompt.situation === 'offer-view') expect(c.expected, c.text).toBe('offer-view');
        else expect(prompt.text, prompt.templateId).not.toMatch(DISAGREEMENT);
      }
    }
  });

  it('apologises for complaints, congratulates good news, thanks on the user’s own post', () => {
    for (const c of cases) {
      for (const prompt of c.prompts) {
        if (prompt.situation === 'calm-complaint') expect(prompt.text).toMatch(APOLOGY);
        if (prompt.situation === 'celebrate') expect(prompt.text).toMatch(CONGRATULATION);
        if (prompt.situation === 'own-post') expect(prompt.text).toMatch(THANKS);
        expect(prompt.text, prompt.templateId).toMatch(/[?？]|…/); // a real question, or room for the user's answer
      }
    }
  });

  it('contracts a preposition with the article a topic brings, as French and Spanish readers expect', () => {
    // "de" + "le calendrier" reads "du calendrier", "a" + "el plan" "al plan": never the two words side by side.
    const CONTRACTING = { fr: { articles: ['le', 'les'], prepositions: ['à', 'de'] }, es: { articles: ['el'], prepositions: ['a', 'de'] } } as const;
    let checked = 0;
    for (const c of cases) {
      if (c.language !== 'fr' && c.language !== 'es') continue;
      const topic = classifyText(c.text).topic;
      const { articles, prepositions } = CONTRACTING[c.language];
      if (!topic || !(articles as readonly string[]).includes(topic.split(' ')[0]!.toLowerCase())) continue;
      for (const prompt of [...c.prompts, ...c.nextWordings]) {
        if (!prompt.text.includes(topic.slice(topic.indexOf(' ') + 1))) continue;
        checked++;
        for (const preposition of prepositions) expect(prompt.text.toLowerCase(), prompt.templateId).not.toContain(`${preposition} ${topic.toLowerCase()}`);
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('never guesses the gender of the person it speaks to (French and Spanish agree adjectives with them)', () => {
    const GENDERED = /êtes-vous (?:\p{L}+ )?(?:arrivée?|fière?|ravie?|sûre?|prête?)(?!\p{L})|estás (?:más )?(?:orgullos[oa]|segur[oa]|list[oa])(?!\p{L})/iu;
    for (const template of BUILT_IN_TEMPLATES) expect(template.text, template.id).not.toMatch(GENDERED);
    for (const c of cases) for (const prompt of [...c.prompts, ...c.nextWordings]) expect(prompt.text, prompt.templateId).not.toMatch(GENDERED);
  });

  it('reads differently from one post to the next, and "Other wordings" gives other prompts', () => {
    for (let i = 1; i < cases.length; i++) {
      const [before, now] = [cases[i - 1]!, cases[i]!];
      if (before.expected === now.expected && before.language === now.language) {
        expect(now.prompts[0]?.templateId, `${before.text} / ${now.text}`).not.toBe(before.nextWordings[0]?.templateId);
      }
    }
    for (const c of cases) {
      const shown = new Set(c.prompts.map((p) => p.text));
      expect(c.nextWordings.filter((p) => shown.has(p.text)).length, c.text).toBeLessThan(c.prompts.length);
      expect(c.nextWordings[0]?.text).not.toBe(c.prompts[0]?.text);
    }
  });

  it('prints a sample to read (PRINT_CORPUS=1)', () => {
    if (!process.env.PRINT_CORPUS) return;
    const sample = cases.filter((_, i) => i % 5 === 0);
    for (const c of sample) {
      console.log(`\n[${c.language} ${c.site} ${c.kind}] ${c.text}\n  topic: ${classifyText(c.text).topic ?? '-'}`);
      for (const prompt of c.prompts) console.log(`  ${prompt.situation}: ${prompt.text}${prompt.hint ? `\n    hint: ${prompt.hint}` : ''}`);
    }
  });
});
