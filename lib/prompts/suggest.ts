// Picks the reply prompts a post's panel offers. The user always decides: a prompt only fills the
// composer or the clipboard.
import { classifyText } from './classify';
import { chooseSituations, type Relation, type Situation } from './situations';
import { fillTemplate, type Template } from './templates';

export interface Prompt {
  situation: Situation;
  templateId: string;
  text: string;
}

export interface SuggestInput {
  post: { text: string; authorName?: string; authorHandle: string; isOwnPost: boolean };
  relation?: Relation;
  repeatEngager?: boolean;
  templates: readonly Template[];
  /** Same seed, same prompts; the next seed rotates to other wordings. */
  seed: number;
  /** Default 3. */
  count?: number;
}

const DEFAULT_COUNT = 3;
/** Two topic words read as a topic ("a11y and Barrierefreiheit"); three already read like a keyword list. */
const PROMPT_TOPIC_WORDS = 2;

/** "Jane Doe | Growth @ Acme" -> "Jane Doe": people are greeted by name, not by their bio. */
function personalName(displayName: string | undefined): string | undefined {
  const short = displayName?.split(/\s+[|·•–—-]\s+|\s*\(/)[0]?.trim();
  return short || displayName;
}

/**
 * Enabled templates for a situation: in the post's language when there are any, else English, else any
 * language. Without topic words, templates that need {topic} are left out unless nothing else is left.
 */
function pool(templates: readonly Template[], situation: Situation, language: string, hasTopic: boolean): Template[] {
  const enabled = templates.filter((template) => template.enabled && template.situation === situation);
  const inLanguage = (wanted: string) => enabled.filter((template) => template.language === wanted);
  const fitting = [inLanguage(language), inLanguage('en'), enabled].find((list) => list.length > 0) ?? [];
  if (hasTopic) return fitting;
  const topicFree = fitting.filter((template) => !template.text.includes('{topic}'));
  return topicFree.length > 0 ? topicFree : fitting;
}

const modulo = (value: number, by: number) => ((Math.floor(value) % by) + by) % by;

export function suggestPrompts(input: SuggestInput): Prompt[] {
  const wanted = Math.floor(input.count ?? DEFAULT_COUNT);
  if (!(wanted > 0)) return [];
  const seed = Number.isFinite(input.seed) ? input.seed : 0;
  const { post } = input;
  const signals = classifyText(post.text);
  const situations = chooseSituations({
    text: post.text,
    isOwnPost: post.isOwnPost,
    relation: input.relation,
    repeatEngager: input.repeatEngager,
    signals,
  });
  const pools = situations
    .map((situation) => pool(input.templates, situation, signals.language, signals.topicWords.length > 0))
    .filter((templates) => templates.length > 0);

  // Round robin over the situations, most fitting first, so a second situation is not crowded out by
  // the first one's variants.
  const picks = pools.map(() => 0);
  for (let round = 0, total = 0; total < wanted; round++) {
    const before = total;
    pools.forEach((templates, i) => {
      if (total < wanted && (picks[i] ?? 0) < templates.length && (picks[i] ?? 0) === round) {
        picks[i] = round + 1;
        total++;
      }
    });
    if (total === before) break;
  }

  // A situation that gets p of its n variants starts at seed x p: consecutive seeds show the next p
  // variants, so the wording changes from one call to the next whenever there are enough variants.
  const chosen: Prompt[][] = pools.map((templates, i) => {
    const count = picks[i] ?? 0;
    const step = count < templates.length ? count : 1;
    const start = modulo(modulo(seed, templates.length) * step, templates.length);
    return Array.from({ length: count }, (_, k) => templates[(start + k) % templates.length]).flatMap((template) =>
      template ? [toPrompt(template, post, signals.topicWords)] : [],
    );
  });
  const prompts: Prompt[] = [];
  for (let k = 0; prompts.length < wanted && chosen.some((list) => k < list.length); k++) {
    for (const list of chosen) {
      const prompt = list[k];
      if (prompt && prompts.length < wanted) prompts.push(prompt);
    }
  }
  return prompts;
}

function toPrompt(template: Template, post: SuggestInput['post'], topicWords: string[]): Prompt {
  const text = fillTemplate(
    template.text,
    { name: personalName(post.authorName), handle: post.authorHandle, topic: topicWords.slice(0, PROMPT_TOPIC_WORDS) },
    template.language,
  );
  return { situation: template.situation, templateId: template.id, text };
}
