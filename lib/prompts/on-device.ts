/**
 * Chrome's built-in, on-device language model (the Prompt API). FeedCoach uses it only where the browser
 * offers it and only on the device: there is no remote AI service, ever. Without it, prompts come from templates.
 */
interface LanguageModelSession {
  prompt(input: string): Promise<string>;
  destroy(): void;
}

interface LanguageOptions {
  expectedInputs: { type: 'text'; languages: string[] }[];
  expectedOutputs: { type: 'text'; languages: string[] }[];
}

interface LanguageModelApi {
  availability(options?: LanguageOptions): Promise<'unavailable' | 'downloadable' | 'downloading' | 'available' | string>;
  create(options?: LanguageOptions & { initialPrompts?: { role: 'system'; content: string }[] }): Promise<LanguageModelSession>;
}

/** The languages prompts are written in; the model is asked for exactly these. */
const LANGUAGES: LanguageOptions = {
  expectedInputs: [{ type: 'text', languages: ['en', 'es', 'de', 'fr'] }],
  expectedOutputs: [{ type: 'text', languages: ['en', 'es', 'de', 'fr'] }],
};

const INSTRUCTIONS =
  'You rewrite short social media replies so they sound like one real person: warm, specific, plain words. ' +
  'Keep the meaning, the language and any @names of the draft. No hashtags, no emojis, no sales talk, at most 280 characters. ' +
  'Answer with the rewritten reply only.';

export type Rewriter = (draft: string) => Promise<string>;

/** A rewriter when the browser has a ready on-device model; undefined otherwise (nothing is downloaded unasked). */
export async function onDeviceRewriter(scope: object = globalThis): Promise<Rewriter | undefined> {
  const api = (scope as { LanguageModel?: LanguageModelApi }).LanguageModel;
  if (!api) return undefined;
  try {
    if ((await api.availability(LANGUAGES)) !== 'available') return undefined;
  } catch {
    return undefined;
  }
  return async (draft) => {
    const session = await api.create({ ...LANGUAGES, initialPrompts: [{ role: 'system', content: INSTRUCTIONS }] });
    try {
      const rewritten = (await session.prompt(draft)).trim();
      return rewritten.length > 0 && rewritten.length <= 500 ? rewritten : draft;
    } finally {
      session.destroy();
    }
  };
}
