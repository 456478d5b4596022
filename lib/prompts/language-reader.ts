// A language library's reading of a post, where it reads better than the hand rules: compromise tags each word
// with its part of speech in context, which tells "the meetup happen" (a noun phrase that ran into a verb) from a
// noun phrase. It ships as its own file per language (entrypoints/language-en.ts), loaded into a page only when a
// panel opens on a post in that language; until it has loaded, and where a language has none, the hand rules alone
// decide (lib/prompts/topics.ts).
//
// English only: the German, French and Spanish siblings (de-compromise 0.0.x, fr-compromise 0.2.x, es-compromise
// 0.2.x) mis-tag everyday words ("Wir" a noun, "nicht" an adjective, "en ligne" a verb) where the hand rules are right.
import type { LexiconLanguage } from './lexicon';

export const LIBRARY_LANGUAGES = ['en'] as const;
export type LibraryLanguage = (typeof LIBRARY_LANGUAGES)[number];

export type PartOfSpeech = 'noun' | 'verb' | 'adverb' | 'other';

/** One word of a text as the library reads it in its sentence. */
export interface TaggedWord {
  word: string;
  partOfSpeech: PartOfSpeech;
}

export interface LanguageReader {
  tag(text: string): TaggedWord[];
}

const READERS = Symbol.for('feedcoach.language-readers');
type Registry = { [READERS]?: Partial<Record<LibraryLanguage, LanguageReader>> };

export const hasLibrary = (language: string): language is LibraryLanguage => (LIBRARY_LANGUAGES as readonly string[]).includes(language);

/**
 * Called by a language's file as it runs. The readers live on the global object of the content scripts' world, which
 * the panel kit and the language files share (lib/panel-kit/registration.ts), never in a module of one bundle.
 */
export function registerLanguageReader(language: LibraryLanguage, reader: LanguageReader, scope: object = globalThis): void {
  const registry = scope as Registry;
  registry[READERS] = { ...registry[READERS], [language]: reader };
}

export function registeredLanguageReader(language: LexiconLanguage, scope: object = globalThis): LanguageReader | undefined {
  return hasLibrary(language) ? (scope as Registry)[READERS]?.[language] : undefined;
}

const key = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The hand rules' topic with the words the library reads as verbs or adverbs taken off its end ("the meetup
 * happen" -> "the meetup", "the client knew" -> "the client"); no topic when only its article would be left.
 * A topic the library cannot find in the text, word for word, is kept as the hand rules gave it.
 */
export function fitTopicToTags(topic: string, tagged: readonly TaggedWord[]): string | undefined {
  const words = topic.split(/\s+/);
  // The article may be the hand rules' own ("every client" is shown as "the client"): matched from the second word.
  const body = words.length > 1 ? words.slice(1) : words;
  const keys = tagged.map((each) => key(each.word));
  const start = keys.findIndex((_, at) => body.every((word, offset) => keys[at + offset] === key(word)));
  if (start < 0) return topic;
  let kept = body.length;
  while (kept > 0 && ['verb', 'adverb'].includes(tagged[start + kept - 1]!.partOfSpeech)) kept -= 1;
  if (kept === body.length) return topic;
  if (kept === 0) return undefined;
  return [...words.slice(0, words.length - body.length), ...body.slice(0, kept)].join(' ');
}
