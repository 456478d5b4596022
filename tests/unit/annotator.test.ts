import { afterEach, describe, expect, it, vi } from 'vitest';
import { startFeedCoach, type FeedCoach } from '../../lib/feed/annotator';
import { createPanelKit } from '../../lib/panel-kit/kit';
import type { ExtensionMessage } from '../../lib/messages/schema';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import type { SiteAdapter } from '../../lib/sites/types';
import { xAdapter } from '../../lib/sites/x/adapter';
import { DEMO_FEEDS } from '../support/feeds';
import { userClick, userKey } from './user-events';

const home = DEMO_FEEDS.find((feed) => feed.site === 'x')!;
const mutationsDelivered = () => new Promise<void>((done) => setTimeout(done, 0));

describe('startFeedCoach on a feed', () => {
  let coach: FeedCoach | undefined;
  afterEach(() => {
    coach?.stop();
    document.body.replaceChildren();
  });

  it('gives each post one badge that joins the page already filled in: one insertion, no writes after it', async () => {
    const sent: ExtensionMessage[] = [];
    coach = startFeedCoach(xAdapter, document.body, DEFAULT_SETTINGS, {
      ask: async (message) => {
        sent.push(message);
        return { ok: true };
      },
      loadPanelKit: async () => createPanelKit(),
    });
    // What the site's own observers would see of the badges: every change to a badge after it was inserted.
    const changes: MutationRecord[] = [];
    const pageObserver = new MutationObserver((records) => changes.push(...records));
    pageObserver.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });

    const feed = new DOMParser().parseFromString(home.html, 'text/html');
    document.body.append(...[...feed.body.children].map((child) => document.importNode(child, true)));
    await mutationsDelivered();
    pageObserver.disconnect();

    const badges = [...document.querySelectorAll('feedcoach-overlay')];
    expect(badges.map((badge) => badge.getAttribute('data-feedcoach-post'))).toEqual(home.expected.map((post) => `x:${post.postId}`));
    for (const badge of badges) expect(badge.getAttribute('aria-label')).toMatch(/^FeedCoach: /);
    const insertions = changes.filter((record) => [...record.addedNodes].some((node) => (node as Element).localName === 'feedcoach-overlay'));
    expect(insertions).toHaveLength(badges.length);
    expect(changes.filter((record) => (record.target as Element).closest?.('feedcoach-overlay') ?? record.target.parentElement?.closest('feedcoach-overlay'))).toEqual([]);
  });

  /** FeedCoach on the X demo feed: its first post's badge. */
  async function firstBadge(): Promise<HTMLElement> {
    coach = startFeedCoach(xAdapter, document.body, DEFAULT_SETTINGS, { ask: async () => ({ ok: true }), loadPanelKit: async () => createPanelKit() });
    const feed = new DOMParser().parseFromString(home.html, 'text/html');
    document.body.append(...[...feed.body.children].map((child) => document.importNode(child, true)));
    await mutationsDelivered();
    return document.querySelector<HTMLElement>('feedcoach-overlay')!;
  }

  it('opens a badge\'s panel on click, Enter and Space without the site seeing them, and lets go of the page when stopped', async () => {
    const badge = await firstBadge();
    const siteSaw: string[] = [];
    const post = badge.closest('article')!;
    for (const type of ['click', 'keydown']) post.addEventListener(type, (event) => siteSaw.push(`${type} ${(event as KeyboardEvent).key ?? ''}`.trim()));
    const panelOpen = () => badge.getAttribute('aria-expanded') === 'true';

    userClick(badge);
    await mutationsDelivered(); // the first panel waits for the panel kit's code
    expect(panelOpen()).toBe(true);
    badge.dispatchEvent(userKey('Enter'));
    expect(panelOpen()).toBe(false);
    const space = userKey(' ');
    badge.dispatchEvent(space);
    expect(panelOpen()).toBe(true);
    expect(space.defaultPrevented).toBe(true); // Space must not scroll the page
    // Other keys on a badge (Tab, arrows) are the page's as usual.
    badge.dispatchEvent(userKey('Tab'));
    expect(siteSaw).toEqual(['keydown Tab']);

    coach?.stop();
    coach = undefined;
    // A badge left by a stopped FeedCoach (another copy's, say) is just an element to the page.
    post.append(badge);
    userClick(badge);
    expect(siteSaw).toEqual(['keydown Tab', 'click']);
  });

  it('never opens a panel for a click or key the page made up: the page cannot read what a panel says', async () => {
    const badge = await firstBadge();
    badge.click();
    badge.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    badge.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true, cancelable: true }));
    await mutationsDelivered();
    expect(badge.getAttribute('aria-expanded')).toBe('false');
    expect(document.querySelector('feedcoach-panel')).toBeNull();
    userClick(badge);
    await mutationsDelivered();
    expect(badge.getAttribute('aria-expanded')).toBe('true');
  });
});

describe('a feed that keeps every post', () => {
  /** A site that renders posts as <article data-id>: reading one is free, so what is measured is the annotator. */
  const plainSite: SiteAdapter = {
    site: 'x',
    matches: ['https://x.com/*'],
    postSelector: 'article',
    readPost: (root) => {
      const postId = root.getAttribute('data-id')!;
      return { ok: true, post: { site: 'x', postId, permalink: `https://x.com/a/status/${postId}`, author: { handle: 'a' }, text: '', metrics: { likes: 1 }, lowerBounds: [], context: {} } };
    },
    overlayAnchor: (root) => ({ parent: root }),
  };

  it('looks over its overlays in proportion to the posts added, not once per post past 2,000', async () => {
    const coach = startFeedCoach(plainSite, document.body, DEFAULT_SETTINGS, { ask: async () => ({ ok: true }), loadPanelKit: async () => createPanelKit() });
    const looks = vi.spyOn(WeakRef.prototype, 'deref');
    const POSTS = 3000;
    const nextFrame = () => new Promise((done) => requestAnimationFrame(done));
    for (let start = 0; start < POSTS; start += 500) {
      const page = document.createDocumentFragment();
      for (let id = start; id < start + 500; id += 1) {
        const post = document.createElement('article');
        post.setAttribute('data-id', String(id));
        page.append(post);
      }
      document.body.append(page); // the site adds a page of posts at a time, and the watcher takes 40 a frame
      while (document.querySelectorAll('feedcoach-overlay').length < start + 500) await nextFrame();
    }
    expect(document.querySelectorAll('feedcoach-overlay')).toHaveLength(POSTS);
    // One look per annotation (is this post's overlay still its own?), one per overlay at each pruning, and the
    // DOM's own (happy-dom holds observers weakly): 14,003 here. Looking over every overlay on every annotation
    // past 2,000 made 2,512,502.
    expect(looks.mock.calls.length).toBeLessThan(POSTS * 8);
    looks.mockRestore();
    coach.stop();
    document.body.replaceChildren();
  }, 60_000);
});
