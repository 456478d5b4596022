import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { postPanelContent } from '../../lib/overlay/panel';
import type { PostHistory } from '../../lib/messages/schema';

describe("the panel's history while it loads", () => {
  it('is marked busy (aria-busy) until the history has come, then shows it: a state to wait on in every language', async () => {
    let arrive: (history: PostHistory | undefined) => void = () => undefined;
    const content = postPanelContent(
      { site: 'x', postId: '1', permalink: 'https://x.com/a/status/1', author: { handle: 'a' }, text: 'A post', metrics: { likes: 3 }, lowerBounds: [], context: {} },
      { weights: DEFAULT_SETTINGS.weights, followersPerSharer: 200, theme: 'light', visitStart: 0, loadHistory: () => new Promise((resolve) => (arrive = resolve)) },
    );
    const panel = document.createElement('div');
    panel.append(...content.sections);
    const history = panel.querySelector('[data-testid="post-history"]')!;
    const usual = panel.querySelector('[data-testid="author-usual"]')!;
    expect(history.getAttribute('aria-busy')).toBe('true');
    expect(usual.getAttribute('aria-busy')).toBe('true');
    arrive({ snapshots: [], yourActions: [], authorPosts: [] });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(panel.querySelectorAll('[aria-busy]')).toHaveLength(0);
    expect(history.textContent).toContain('You are seeing this post for the first time');
    expect(panel.querySelector('[data-testid="your-actions"]')?.textContent).toBe('Nothing yet.');
  });
});
