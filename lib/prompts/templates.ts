// Reply templates are data: built in, or written by the user in the options page and stored in
// settings, so they are validated with zod/mini like the rest of what the content script loads.
import { z } from 'zod/mini';
import { BUILT_IN_TEXTS } from './built-in-templates';
import { LEXICON_LANGUAGES } from './lexicon';
import { SITUATIONS } from './situations';

export const TEMPLATE_LANGUAGES = LEXICON_LANGUAGES;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];

export const TEMPLATE_VARIABLES = ['name', 'handle', 'topic'] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];

export const MAX_TEMPLATE_LENGTH = 500;

const VARIABLE = /\{([^{}]*)\}/g;
const isVariable = (word: string | undefined): word is TemplateVariable =>
  (TEMPLATE_VARIABLES as readonly string[]).includes(word ?? '');
const KNOWN = 'templates can use {name}, {handle} and {topic}';

/** What is wrong with a template's variables, in words a user can act on; empty when nothing is. */
export function templateProblems(text: string): string[] {
  const problems = new Set<string>();
  for (const [, word] of text.matchAll(VARIABLE)) {
    if (!isVariable(word)) problems.add(`Unknown variable {${word}}: ${KNOWN}.`);
  }
  if (/[{}]/.test(text.replace(VARIABLE, ''))) problems.add(`Unmatched brace: ${KNOWN}, each written in one pair of braces.`);
  return [...problems];
}

export const templateSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  situation: z.enum(SITUATIONS),
  language: z.enum(TEMPLATE_LANGUAGES),
  text: z.string().check(
    z.trim(),
    z.minLength(1, 'A template needs some text.'),
    z.maxLength(MAX_TEMPLATE_LENGTH, `A template can be at most ${MAX_TEMPLATE_LENGTH} characters long.`),
    z.superRefine((text, ctx) => {
      for (const problem of templateProblems(text)) ctx.addIssue(problem);
    }),
  ),
  enabled: z.boolean(),
  builtIn: z.boolean(),
});

export type Template = z.infer<typeof templateSchema>;

export const BUILT_IN_TEMPLATES: readonly Template[] = TEMPLATE_LANGUAGES.flatMap((language) =>
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
  name?: string;
  handle?: string;
  /** Topic words, joined in the template's language. */
  topic?: string | readonly string[];
}

// When a post has no clear topic the sentence still has to read well: "What part of this ...".
const TOPIC_FALLBACK: Readonly<Record<TemplateLanguage, string>> = { en: 'this', es: 'esto', de: 'diesem Thema', fr: 'ce sujet' };
const AND: Readonly<Record<TemplateLanguage, string>> = { en: 'and', es: 'y', de: 'und', fr: 'et' };
const MAX_NAME_LENGTH = 80;
const MAX_TOPIC_WORDS = 3;

/**
 * Names come from the page and are hostile input: control characters and bidirectional overrides
 * (which could make the reply read backwards) go, whitespace collapses, length is capped.
 */
function cleanValue(value: string | undefined): string {
  const text = (value ?? '')
    .replace(/[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // An adapter bug must not put the word "undefined" in front of a person.
  if (text === 'undefined' || text === 'null') return '';
  return [...text].slice(0, MAX_NAME_LENGTH).join('');
}

function formatTopic(words: readonly string[], language: TemplateLanguage): string {
  // French needs an article before a bare noun ("sur l'accessibilité"); quoting reads right without one.
  const shown = language === 'fr' ? words.map((word) => `« ${word} »`) : words;
  if (shown.length < 2) return shown[0] ?? '';
  return `${shown.slice(0, -1).join(', ')} ${AND[language]} ${shown[shown.length - 1]}`;
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
    .map(cleanValue)
    .filter(Boolean)
    .slice(0, MAX_TOPIC_WORDS);
  const filled: Record<TemplateVariable, string> = {
    name: cleanValue(values.name) || (handle ? `@${handle}` : ''),
    handle,
    topic: topicWords.length > 0 ? formatTopic(topicWords, language) : TOPIC_FALLBACK[language],
  };
  let template = text;
  for (const variable of TEMPLATE_VARIABLES) if (!filled[variable]) template = dropVariable(template, variable, language);
  // Unknown variables and stray braces of an unvalidated template are dropped, never shown.
  return template
    .replace(/\{([^{}]*)\}|[{}]/g, (_, variable: string | undefined) => (isVariable(variable) ? filled[variable] : ''))
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}
