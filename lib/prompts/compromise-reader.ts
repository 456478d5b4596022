import type nlp from 'compromise/two';
import type { LanguageReader, PartOfSpeech } from './language-reader';

interface TermJson {
  text: string;
  tags?: string[];
}

function partOfSpeech(tags: readonly string[]): PartOfSpeech {
  // A gerund ("answering comments") is a verb to compromise and a noun phrase's head to a reader: left as it is.
  if (tags.includes('Noun') || tags.includes('Gerund')) return 'noun';
  if (tags.includes('Verb')) return 'verb';
  if (tags.includes('Adverb')) return 'adverb';
  return 'other';
}

/** A LanguageReader over compromise's tagger (its "two" build: tokenizer and tagger, no phrase plugins). */
export function compromiseReader(library: typeof nlp): LanguageReader {
  return {
    tag: (text) =>
      (library(text).json({ terms: { tags: true } }) as { terms: TermJson[] }[]).flatMap((sentence) =>
        sentence.terms.map((term) => ({ word: term.text, partOfSpeech: partOfSpeech(term.tags ?? []) })),
      ),
  };
}
