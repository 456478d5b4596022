// Reply templates are data: built in, or written by the user in the options page and stored in
// settings, so they are validated with zod/mini like the rest of what the content script loads.
import { z } from 'zod/mini';
import { t } from '../i18n/messages';
import { formatNumber } from '../model/format';
import { BUILT_IN_TEXTS } from './built-in-templates';
import { LEXICON_LANGUAGES } from './lexicon';
import { cleanValue, listOf } from './mentions';
import { SITUATIONS } from './situations';

export const TEMPLATE_LANGUAGES = LEXICON_LANGUAGES;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];

/**
 * {name}: the person's name (several people: each of them); {handle}: their handle without "@";
 * {topic}: a noun phrase of the post; {mention}: the people as the site notifies them (@handle, u/name,
 * or the display name to tag where the site tags by name).
 */
export const TEMPLATE_VARIABLES = ['name', 'handle', 'topic', 'mention'] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];

export const MAX_TEMPLATE_LENGTH = 500;

const VARIABLE = /\{([^{}]*)\}/g;
const isVariable = (word: string | undefined): word is TemplateVariable =>
  (TEMPLATE_VARIABLES as readonly string[]).includes(word ?? '');
/** Fills a message's {name}, {handle}, {topic} and {mention} with themselves: the words that tell users which variables exist. */
export const VARIABLES_AS_WRITTEN = { name: '{name}', handle: '{handle}', topic: '{topic}', mention: '{mention}' } as const satisfies Record<TemplateVariable, string>;

/** What is wrong with a template's variables, in words a user can act on; empty when nothing is. */
export function templateProblems(text: string): string[] {
  const problems = new Set<string>();
  for (const [, word] of text.matchAll(VARIABLE)) {
    if (!isVariable(word)) problems.add(t('templatesSection.unknownVariable', { ...VARIABLES_AS_WRITTEN, variable: `{${word}}` }));
  }
  if (/[{}]/.test(text.replace(VARIABLE, ''))) problems.add(t('templatesSection.unmatchedBrace', VARIABLES_AS_WRITTEN));
  return [...problems];
}

export const templateSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  situation: z.enum(SITUATIONS),
  language: z.enum(TEMPLATE_LANGUAGES),
  text: z.string().check(
    z.trim(),
    z.minLength(1, { error: () => t('templatesSection.needsText') }),
    z.maxLength(MAX_TEMPLATE_LENGTH, { error: () => t('templatesSection.tooLong', { max: formatNumber(MAX_TEMPLATE_LENGTH) }) }),
    z.superRefine((text, ctx) => {
      for (const problem of templateProblems(text)) ctx.addIssue(problem);
    }),
  ),
  enabled: z.boolean(),
  builtIn: z.boolean(),
});

export type Template = z.infer<typeof templateSchema>;

// Marked pure so that a bundle which only validates templates (the content script reads settings) drops the built-in
// texts: they reach a page with the panel kit (lib/panel-kit/), when a panel opens.
export const BUILT_IN_TEMPLATES: readonly Template[] = /* @__PURE__ */ TEMPLATE_LANGUAGES.flatMap((language) =>
  SITUATIONS.flatMap((situation) =>
    BUILT_IN_TEXTS[language][situation].map((text, index) => ({
      id: `${language}.${situation}.${index + 1}`,
      situation,
      language,
      text,
      enabled: true,
      builtIn: true,
    })),
  ),
);

export interface TemplateValues {
  /** One name, or several people's names (each is named). */
  name?: string | readonly string[];
  handle?: string;
  /** A noun phrase ("the community report", "l’accessibilité"), or words joined in the template's language. */
  topic?: string | readonly string[];
  /** The people as the site notifies them; {mention} falls back to {name} without it. */
  mention?: string;
}

// When a post has no clear topic the sentence still has to read well: "What part of this ...".
const TOPIC_FALLBACK: Readonly<Record<TemplateLanguage, string>> = { en: 'this', es: 'esto', de: 'diesem Thema', fr: 'ce sujet' };
const MAX_TOPIC_WORDS = 3;
const MAX_MENTION_LENGTH = 400;
const FRENCH_ARTICLE = /^(?:le|la|les|l[’'])\s*/iu;

function formatTopic(words: readonly string[], language: TemplateLanguage): string {
  // French needs an article before a bare noun; a word without one is quoted ("sur « a11y »").
  const shown = language === 'fr' ? words.map((word) => (FRENCH_ARTICLE.test(word) ? word : `« ${word} »`)) : words;
  return listOf(shown, language);
}

// "de" + "le rapport" is "du rapport": the topic brings its article, the template its preposition.
const CONTRACTIONS: Readonly<Partial<Record<TemplateLanguage, [RegExp, Readonly<Record<string, string>>][]>>> = {
  fr: [[/(^|[\s'’(])(de|à) \{topic\}/giu, { 'de le': 'du', 'de les': 'des', 'à le': 'au', 'à les': 'aux' }]],
  es: [[/(^|[\s(])(de|a) \{topic\}/giu, { 'de el': 'del', 'a el': 'al' }]],
};

function contractBeforeTopic(template: string, topic: string, language: TemplateLanguage): string {
  const article = /^(\p{L}+)\s/u.exec(topic)?.[1]?.toLowerCase();
  if (!article) return template;
  let out = template;
  for (const [pattern, forms] of CONTRACTIONS[language] ?? []) {
    out = out.replace(pattern, (whole, before: string, preposition: string) => {
      const contracted = forms[`${preposition.toLowerCase()} ${article}`];
      if (!contracted) return whole;
      const cased = /^\p{Lu}/u.test(preposition) ? contracted[0]!.toUpperCase() + contracted.slice(1) : contracted;
      return `${before}${cased} {topic-without-article}`;
    });
  }
  return out;
}

/** Removes a variable that has no value, with the comma or "@" that only made sense with it. */
function dropVariable(text: string, variable: TemplateVariable, language: TemplateLanguage): string {
  const slot = `\\{${variable}\\}`;
  let out = text;
  if (variable === 'name' && language === 'en') out = out.replace(new RegExp(`\\b(hi|hey|hello)(\\s+)${slot}`, 'gi'), '$1$2there');
  out = out.replace(new RegExp(`@${slot}`, 'g'), `{${variable}}`);
  out = out.replace(new RegExp(`\\s*[,;]\\s*${slot}`, 'g'), ''); // "Thanks, {name}!" -> "Thanks!"
  out = out.replace(
    new RegExp(`(^|[.!?¡¿…]\\s*)${slot}\\s*[,:;]?\\s*(\\p{L})?`, 'gu'), // "{name}, you have" -> "You have"
    (_, before: string, letter: string | undefined) => before + (letter?.toUpperCase() ?? ''),
  );
  return out.replace(new RegExp(`\\s*${slot}`, 'g'), '');
}

/**
 * Fills {name}, {handle} and {topic}. Values are inserted as plain text in one pass, so a name that
 * contains "{topic}" or "$&" stays literally that. A missing name falls back to the @handle, then
 * drops out of the sentence ("Hi there" in English); no "{name}" or "undefined" reaches the user.
 */
export function fillTemplate(text: string, values: TemplateValues, language: TemplateLanguage = 'en'): string {
  const handle = cleanValue(values.handle).replace(/^@+/, '');
  const topicWords = (typeof values.topic === 'string' ? [values.topic] : (values.topic ?? []))
    .map((value) => cleanValue(value))
    .filter(Boolean)
    .slice(0, MAX_TOPIC_WORDS);
  const names = (typeof values.name === 'string' ? [values.name] : (values.name ?? [])).map((value) => cleanValue(value)).filter(Boolean);
  const name = listOf(names, language) || (handle ? `@${handle}` : '');
  const topic = topicWords.length > 0 ? formatTopic(topicWords, language) : TOPIC_FALLBACK[language];
  const filled: Record<TemplateVariable, string> = {
    name,
    handle,
    topic,
    mention: cleanValue(values.mention, MAX_MENTION_LENGTH) || name,
  };
  let template = text;
  for (const variable of TEMPLATE_VARIABLES) if (!filled[variable]) template = dropVariable(template, variable, language);
  template = contractBeforeTopic(template, topic, language);
  const topicWithoutArticle = topic.replace(/^\p{L}+\s/u, '');
  // Unknown variables and stray braces of an unvalidated template are dropped, never shown.
  return template
    .replace(/\{([^{}]*)\}|[{}]/g, (_, variable: string | undefined) =>
      variable === 'topic-without-article' ? topicWithoutArticle : isVariable(variable) ? filled[variable] : '',
    )
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}
