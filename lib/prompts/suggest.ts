// Picks the reply prompts a post's panel offers. The user always decides: a prompt only fills the
// composer or the clipboard.
import { classifyText } from './classify';
import { mentionOf, mentionPeople, personalName, type Person, type ReplySite } from './mentions';
import { chooseSituations, type Relation, type Situation } from './situations';
import { fillTemplate, type Template, type TemplateLanguage } from './templates';

export interface Prompt {
  situation: Situation;
  templateId: string;
  text: string;
  /** What the user must do for the site to notify the people named (LinkedIn, Facebook: pick the name). */
  hint?: string;
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
  /** The site the reply goes to: it decides how people are mentioned ({mention}). */
  site?: ReplySite;
  /** Everyone the prompt answers (several sharers of one post); default: the post's author. */
  people?: readonly Person[];
  /** Template ids the user has just seen (the last panel): no situation starts on one of them again. */
  recent?: readonly string[];
}

const DEFAULT_COUNT = 3;

/**
 * Enabled templates for a situation: in the post's language when there are any, else English, else any
 * language. Without a topic, templates that need {topic} are left out unless nothing else is left.
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

/** A stable number for a text (FNV-1a), so two posts in a row start on different wordings. */
function textHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

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
    .map((situation) => pool(input.templates, situation, signals.language, signals.topic !== undefined))
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

  const people = input.people?.length ? input.people : [{ handle: post.authorHandle, ...(post.authorName && { name: post.authorName }) }];
  // A situation that gets p of its n variants starts at (post + seed x p): consecutive seeds show the next
  // p variants, and two posts seen one after the other start at different ones.
  const postOffset = textHash(post.text);
  const recent = new Set(input.recent);
  const chosen: Prompt[][] = pools.map((templates, i) => {
    const count = picks[i] ?? 0;
    const step = count < templates.length ? count : 1;
    let start = modulo(postOffset + modulo(seed, templates.length) * step, templates.length);
    for (let tries = 1; tries < templates.length && recent.has(templates[start]?.id ?? ''); tries++) start = (start + 1) % templates.length;
    return Array.from({ length: count }, (_, k) => templates[(start + k) % templates.length]).flatMap((template) =>
      template ? [toPrompt(template, people, input.site, signals.topic)] : [],
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

function toPrompt(template: Template, people: readonly Person[], site: ReplySite | undefined, topic: string | undefined): Prompt {
  const language: TemplateLanguage = template.language;
  const mention = mentionPeople(people, site, language);
  const text = fillTemplate(
    template.text,
    {
      // Someone the page shows by handle only is named as the site writes them (u/name on Reddit).
      name: people.map((person) => personalName(person.name) || mentionOf(person, site)),
      handle: people[0]?.handle,
      ...(topic && { topic }),
      mention: mention.text,
    },
    language,
  );
  const hint = template.text.includes('{mention}') ? mention.hint : undefined;
  return { situation: template.situation, templateId: template.id, text, ...(hint && { hint }) };
}
