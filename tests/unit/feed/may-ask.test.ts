import { afterEach, describe, expect, it } from 'vitest';
import { startFeedCoach, type FeedCoach } from '../../../lib/feed/annotator';
import { mayAsk } from '../../../lib/feed/may-ask';
import { createPanelKit } from '../../../lib/panel-kit/kit';
import { DEFAULT_SETTINGS } from '../../../lib/settings/defaults';
import { xAdapter } from '../../../lib/sites/x/adapter';
import { X_ME, xNotificationsPage } from '../../support/feeds/x-reciprocity';
import { parsePage } from '../../support/load-fixture';
import { classifyText } from '../../../lib/prompts/classify';
import { LEXICON_LANGUAGES, LEXICONS } from '../../../lib/prompts/lexicon';
import { CORPUS } from '../prompts/corpus-posts';

const corpus = Object.values(CORPUS).flatMap((entries) => entries.map(([, , text]) => text));

describe('mayAsk, the content script\'s check before the classifier', () => {
  it('never clears a text the classifier finds a question in: every post of the corpus', () => {
    const missed = corpus.filter((text) => classifyText(text).isQuestion && !mayAsk(text));
    expect(missed).toEqual([]);
  });

  it('knows every opener of the classifier in every language, at the start of a clause after a greeting too', () => {
    for (const language of LEXICON_LANGUAGES) {
      for (const opener of [...LEXICONS[language].questionOpeners, ...LEXICONS[language].accentedOpeners]) {
        expect(mayAsk(`Hey @maya_b, ${opener} la la`), `${language}: ${opener}`).toBe(true);
      }
    }
  });

  it('clears most mentions that ask nothing, so the panel kit stays unloaded for them', () => {
    const statements = corpus.filter((text) => !classifyText(text).isQuestion);
    const cleared = statements.filter((text) => !mayAsk(text));
    expect(cleared.length / statements.length).toBeGreaterThan(0.5);
    expect(mayAsk('Loved the keynote by @maya_b. Slides: https://example.com/deck?page=2')).toBe(false);
    expect(mayAsk('Danke an @maya_b für die Einladung!')).toBe(false);
    expect(mayAsk('@maya_b do you have the slides')).toBe(true);
    expect(mayAsk('@maya_b cómo lo hiciste')).toBe(true);
  });
});

describe('a mention of the user on the page', () => {
  let coach: FeedCoach | undefined;
  afterEach(() => {
    coach?.stop();
    document.body.replaceChildren();
  });

  /** X's notifications with Carla's post mentioning the user (not replying), in her `words`; the kit's loads counted. */
  async function mentionedBy(words: string): Promise<{ kitLoads: number; button: string }> {
    const html = xNotificationsPage()
      .html.replace(/<div class="replying">.*?<\/div>/s, '')
      .replace('How did you pick the five questions? Would love to copy this.', `<a href="/${X_ME}" role="link">@${X_ME}</a> ${words}`);
    document.body.replaceChildren(...Array.from(parsePage(html).body.childNodes, (node) => document.importNode(node, true)));
    let kitLoads = 0;
    coach = startFeedCoach(xAdapter, document.body, DEFAULT_SETTINGS, {
      ask: async () => ({ ok: true }),
      loadPanelKit: async () => ((kitLoads += 1), createPanelKit()),
    });
    await new Promise((done) => setTimeout(done, 20));
    const carla = document.querySelector('[data-feedcoach-post="x:2094222222222222222"]')!.nextElementSibling;
    return { kitLoads, button: carla?.textContent ?? '' };
  }

  it('that asks nothing is offered for thanks without loading the panel kit', async () => {
    expect(await mentionedBy('your talk on replies was the best of the day, sharing it with the team.')).toEqual({ kitLoads: 0, button: 'Thank Carla Mendes' });
  });

  it('that may ask is judged by the panel kit\'s classifier, and one that asks waits for a reply', async () => {
    expect(await mentionedBy('how did you pick the five questions. Would love to copy this.')).toEqual({ kitLoads: 1, button: 'Reply to Carla Mendes' });
  });
});
