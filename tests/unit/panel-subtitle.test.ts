import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { postPanelContent, type PanelView } from '../../lib/overlay/panel';
import type { PostReading, SiteId } from '../../lib/sites/types';

const view: PanelView = {
  weights: DEFAULT_SETTINGS.weights,
  followersPerSharer: 200,
  theme: 'light',
  visitStart: 0,
  loadHistory: () => Promise.resolve(undefined),
};

const reading = (site: SiteId, handle: string, name?: string): PostReading => ({
  site,
  postId: '1',
  permalink: 'https://example.invalid/1',
  author: { handle, ...(name && { name }) },
  text: 'A post',
  metrics: { likes: 3 },
  lowerBounds: [],
  context: {},
});

describe("the panel's byline", () => {
  it('names the author the way the site does: @handle, u/name, or the display name where the site has no handles', () => {
    expect(postPanelContent(reading('x', 'mara_builds', 'Mara Lindqvist'), view).subtitle).toBe('Post by @mara_builds');
    expect(postPanelContent(reading('reddit', 'seo_sam'), view).subtitle).toBe('Post by u/seo_sam');
    expect(postPanelContent(reading('facebook', 'brightlane.studio', 'Brightlane Studio'), view).subtitle).toBe('Post by Brightlane Studio');
    expect(postPanelContent(reading('linkedin', 'company/northwind-analytics', 'Northwind Analytics'), view).subtitle).toBe('Post by Northwind Analytics');
  });

  it("names an author without a display name in the author-usual line as the site does: u/name on Reddit, not @name", async () => {
    const panel = document.createElement('div');
    panel.append(...postPanelContent(reading('reddit', 'open_rate_olga'), view).sections);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const usual = panel.querySelector('[data-testid="author-usual"]')?.textContent;
    expect(usual).toContain("u/open_rate_olga's usual");
    expect(usual).not.toContain('@');
  });
});
