import { afterEach, describe, expect, it } from 'vitest';
import { languageWanter, postPanel } from '../../../lib/feed/post-panel';
import type { ExtensionMessage } from '../../../lib/messages/schema';
import { createPanelKit } from '../../../lib/panel-kit/kit';
import { DEFAULT_SETTINGS } from '../../../lib/settings/defaults';
import type { PostReading } from '../../../lib/sites/types';
import { xAdapter } from '../../../lib/sites/x/adapter';

const reading = (handle: string, text: string, mentions?: string[]): PostReading => ({
  site: 'x',
  postId: '2094',
  permalink: `https://x.com/${handle}/status/2094`,
  author: { handle, name: 'Devon Okafor' },
  text,
  metrics: { replies: 24, likes: 310, views: 18000 },
  lowerBounds: [],
  context: {},
  ...(mentions && { mentions }),
});

function show(post: PostReading, me: string | undefined, asked: ExtensionMessage[] = []): ShadowRoot {
  const kit = createPanelKit({});
  const opener = document.createElement('feedcoach-overlay');
  document.body.append(opener);
  const ask = async (message: ExtensionMessage) => (asked.push(message), undefined);
  const context = { adapter: xAdapter, settings: DEFAULT_SETTINGS, theme: 'light' as const, visitStart: 0, me, ask, wantLanguage: languageWanter(ask) };
  kit.panel.open(opener, postPanel(kit, post, opener, context));
  return document.querySelector('feedcoach-panel')!.shadowRoot!;
}

describe('postPanel', () => {
  afterEach(() => {
    document.querySelectorAll('feedcoach-panel').forEach((node) => node.remove());
    document.body.replaceChildren();
  });

  it('shows the post’s breakdown, asks the background for its history and its author’s usual, and for its language’s library', () => {
    const asked: ExtensionMessage[] = [];
    const panel = show(reading('devon', 'How do you run your beta programme?'), undefined, asked);
    expect(panel.querySelector('h2')!.textContent).toBe('Mostly applause · depth 38');
    expect(panel.querySelector('[data-level="replies"]')!.textContent).toContain('24');
    expect(asked).toEqual([
      { type: 'language-reader-wanted', language: 'en' },
      { type: 'post-history', postKey: 'x:2094', author: 'devon' },
    ]);
  });

  it('gives the user’s own post the author’s side, and someone else’s question an answer', () => {
    const own = show(reading('maya_makes', 'We shipped the new onboarding today. What should we test next?'), 'Maya_Makes');
    const ownSituations = [...own.querySelectorAll('[data-testid="reply-prompt"]')].map((prompt) => prompt.getAttribute('data-situation'));
    expect(new Set(ownSituations)).toEqual(new Set(['own-post']));
    document.querySelector('feedcoach-panel')!.remove();
    const theirs = show(reading('devon', 'How do you run your beta programme?'), 'maya_makes');
    expect([...theirs.querySelectorAll('[data-testid="reply-prompt"]')][0]!.getAttribute('data-situation')).toBe('answer-question');
  });
});
