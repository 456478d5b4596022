import nlp from 'compromise/two';
import { afterEach, describe, expect, it } from 'vitest';
import { classifyText } from '../../../lib/prompts/classify';
import { compromiseReader } from '../../../lib/prompts/compromise-reader';
import { fitTopicToTags, registeredLanguageReader, registerLanguageReader, type TaggedWord } from '../../../lib/prompts/language-reader';

const LANGUAGE_READERS = Symbol.for('feedcoach.language-readers');
const forgetReaders = () => delete (globalThis as Record<symbol, unknown>)[LANGUAGE_READERS];

const tagged = (...words: [string, TaggedWord['partOfSpeech']][]): TaggedWord[] => words.map(([word, partOfSpeech]) => ({ word, partOfSpeech }));

describe('fitTopicToTags', () => {
  it('takes the words the library reads as verbs or adverbs off the end of the hand rules’ phrase', () => {
    const text = tagged(['made', 'verb'], ['the', 'other'], ['meetup', 'noun'], ['happen', 'verb'], ['this', 'other'], ['weekend', 'noun']);
    expect(fitTopicToTags('the meetup happen', text)).toBe('the meetup');
    expect(fitTopicToTags('the meetup', text)).toBe('the meetup');
    // "every client knew" is shown as "the client knew": the article is the hand rules' own.
    expect(fitTopicToTags('the client knew', tagged(['every', 'other'], ['client', 'noun'], ['knew', 'verb']))).toBe('the client');
  });

  it('gives no topic when only an article is left, and keeps a phrase it cannot find word for word', () => {
    expect(fitTopicToTags('the happen', tagged(['the', 'other'], ['happen', 'verb']))).toBeUndefined();
    expect(fitTopicToTags('the community report', tagged(['our', 'other'], ['report', 'noun']))).toBe('the community report');
  });
});

describe('the English language library (compromise)', () => {
  afterEach(forgetReaders);

  it('is used by the classifier only once its file registered it, and only for English', () => {
    const post = 'Big thanks to the 40 volunteers who made the meetup happen this weekend!';
    const story = 'Story first, logo last. Wish every client knew this.';
    // Before: the hand rules alone run on into the verb.
    expect([classifyText(post).topic, classifyText(story).topic]).toEqual(['the meetup happen', 'the client knew']);
    registerLanguageReader('en', compromiseReader(nlp));
    expect(registeredLanguageReader('en')).toBeDefined();
    expect(registeredLanguageReader('de')).toBeUndefined();
    // After: the noun phrases.
    expect([classifyText(post).topic, classifyText(story).topic]).toEqual(['the meetup', 'the client']);
    // Phrases the hand rules had right stay as they were.
    expect(classifyText('Shipping our community report today. 1,200 members, 3 rules, zero growth hacks.').topic).toBe('the community report');
    expect(classifyText('New case study: how a 6-person team got 30% of its pipeline from answering comments.').topic).toBe('answering comments');
  });
});
