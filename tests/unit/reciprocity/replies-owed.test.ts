import { describe, expect, it } from 'vitest';
import { classifyText } from '../../../lib/prompts/classify';
import { chooseSituations } from '../../../lib/prompts/situations';
import { receivedFromPost, withQuestion } from '../../../lib/reciprocity/from-posts';
import { owedFor, type ReceivedInteraction } from '../../../lib/reciprocity/types';
import { adapterForHost } from '../../../lib/sites/registry';
import { RELATIONS } from '../../../lib/feed/owed-buttons';
import { RECIPROCITY_SCENARIOS } from '../../support/feeds/reciprocity';
import { parsePage } from '../../support/load-fixture';

const asks = (text: string) => classifyText(text).isQuestion;

/**
 * What the content script records on a notifications page, read as it reads it (lib/feed/annotator.ts): an entry
 * through the site's notification reader, anything else as a post that may answer or name the user.
 */
function receivedOn(url: string, html: string): ReceivedInteraction[] {
  // Some readers look at the page's own address (Bluesky's and Threads' notifications live at a path of their own).
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  document.documentElement.innerHTML = parsePage(html).documentElement.innerHTML;
  const adapter = adapterForHost(new URL(url).host)!;
  const reciprocity = adapter.reciprocity!;
  const me = reciprocity.readAccount(document)!;
  const roots = document.querySelectorAll([adapter.postSelector, reciprocity.notificationSelector].filter(Boolean).join(', '));
  return Array.from(roots).flatMap((root) => {
    const entry = reciprocity.readNotification?.(root, me);
    if (entry) return entry.map((item) => withQuestion(item, asks));
    const read = adapter.readPost(root);
    const received = read.ok ? receivedFromPost(read.post, me, asks) : undefined;
    return received ? [received] : [];
  });
}

/** Sites whose notification shows only that someone replied ("commented on your post."), not their words. */
const WORDS_NOT_SHOWN = new Set(['linkedin', 'reddit']);

describe('replies owed on every site’s notifications page', () => {
  for (const scenario of RECIPROCITY_SCENARIOS) {
    it(`${scenario.site}: the person who asks the user waits for an answer, with their words and a prompt that answers them`, () => {
      const { url, html } = scenario.notifications;
      const owed = receivedOn(url, html).filter((item) => owedFor(item) === 'reply');
      expect(owed).toHaveLength(1);
      const [item] = owed as [ReceivedInteraction];
      // The Reply button names them as the e2e test finds it (tests/e2e/reciprocity.spec.ts).
      const shown = item.actor.name ?? `@${item.actor.handle}`;
      if (scenario.replier) expect(shown).toBe(scenario.replier);
      if (WORDS_NOT_SHOWN.has(scenario.site)) return;
      expect(item.sourceExcerpt).toMatch(/how did you pick the five questions\?/i);
      // Their question is answered first: the reply prompt fits what they said (lib/prompts/situations.ts).
      expect(chooseSituations({ text: item.sourceExcerpt!, isOwnPost: false, relation: RELATIONS[item.kind] })[0]).toBe('answer-question');
    });
  }

  it('every site but X proves its reply loop through a Reply button on the notifications page (X answers in the page’s own composer)', () => {
    expect(RECIPROCITY_SCENARIOS.filter((scenario) => !scenario.replier).map((scenario) => scenario.site)).toEqual(['x']);
  });
});
