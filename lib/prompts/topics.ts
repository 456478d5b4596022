// Salient words of a post, for the {topic} of a prompt: hashtags first (the author chose them as the
// topic), then the longest words that are not function words, fillers or tone words.
import { normalize } from './text';

export const MAX_TOPIC_WORDS = 3;
const MIN_WORD_LENGTH = 4;

const HASHTAG = /(?<![\p{L}\p{N}_&#])#([\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)/gu;
const WORD = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu;
// French elision belongs to the article, not the topic: "l'accessibilité" -> "accessibilité".
const ELISION = /^(?:[ldjnmtsc]|qu)'(?=\p{L})/iu;

/**
 * Keeps a word's case where it means something (TypeScript, API, German nouns mid-sentence) and
 * lowers it where it is only a sentence start ("Accessibility matters" -> "accessibility").
 */
function displayForm(word: string, text: string, at: number): string {
  if (/\p{Lu}/u.test(word.slice(1))) return word;
  const before = text.slice(0, at).trimEnd();
  const sentenceStart = before === '' || /[.!?¡¿:\n]$/.test(before);
  return sentenceStart ? word.toLowerCase() : word;
}

/** Not a number, a contraction ("doesn't") or a run of skipped words ("est-ce"). */
function isContent(key: string, skip: (word: string) => boolean): boolean {
  if (/^[\p{N}'-]+$/u.test(key) || /'(?:t|s|m|re|ve|ll|d)$/.test(key) || skip(key)) return false;
  const parts = key.split('-');
  return parts.length === 1 || !parts.every((part) => part.length < MIN_WORD_LENGTH || skip(part));
}

/** `cleanText` must already be free of links and handles; `skip` tells which normalised words to leave out. */
export function topicWords(cleanText: string, skip: (word: string) => boolean): string[] {
  const seen = new Set<string>();
  const hashtags: string[] = [];
  for (const match of cleanText.matchAll(HASHTAG)) {
    const tag = match[1] ?? '';
    const key = normalize(tag);
    if (seen.has(key)) continue;
    seen.add(key);
    hashtags.push(tag);
  }
  const withoutTags = cleanText.replace(HASHTAG, (tag) => ' '.repeat(tag.length));
  const words: { word: string; length: number; at: number }[] = [];
  for (const match of withoutTags.matchAll(WORD)) {
    const elided = ELISION.exec(match[0])?.[0].length ?? 0;
    const word = match[0].slice(elided);
    const at = match.index + elided;
    const key = normalize(word);
    const length = [...key].length;
    if (length < MIN_WORD_LENGTH || seen.has(key) || !isContent(key, skip)) continue;
    seen.add(key);
    words.push({ word: displayForm(word, withoutTags, match.index), length, at });
  }
  words.sort((a, b) => b.length - a.length || a.at - b.at);
  return [...hashtags, ...words.map((entry) => entry.word)].slice(0, MAX_TOPIC_WORDS);
}
