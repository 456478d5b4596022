import { afterEach, describe, expect, it } from 'vitest';
import { startFeedCoach, type FeedCoach } from '../../lib/feed/annotator';
import type { ExtensionMessage } from '../../lib/messages/schema';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import { xAdapter } from '../../lib/sites/x/adapter';
import { DEMO_FEEDS } from '../support/feeds';

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
      isThanks: () => false,
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

  it('opens a badge\'s panel on click, Enter and Space without the site seeing them, and lets go of the page when stopped', async () => {
    coach = startFeedCoach(xAdapter, document.body, DEFAULT_SETTINGS, { ask: async () => ({ ok: true }), isThanks: () => false });
    const feed = new DOMParser().parseFromString(home.html, 'text/html');
    document.body.append(...[...feed.body.children].map((child) => document.importNode(child, true)));
    await mutationsDelivered();
    const badge = document.querySelector<HTMLElement>('feedcoach-overlay')!;
    const siteSaw: string[] = [];
    const post = badge.closest('article')!;
    for (const type of ['click', 'keydown']) post.addEventListener(type, (event) => siteSaw.push(`${type} ${(event as KeyboardEvent).key ?? ''}`.trim()));
    const panelOpen = () => badge.getAttribute('aria-expanded') === 'true';

    badge.click();
    expect(panelOpen()).toBe(true);
    badge.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    expect(panelOpen()).toBe(false);
    const space = new KeyboardEvent('keydown', { key: ' ', bubbles: true, cancelable: true });
    badge.dispatchEvent(space);
    expect(panelOpen()).toBe(true);
    expect(space.defaultPrevented).toBe(true); // Space must not scroll the page
    // Other keys on a badge (Tab, arrows) are the page's as usual.
    badge.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true }));
    expect(siteSaw).toEqual(['keydown Tab']);

    coach.stop();
    coach = undefined;
    // A badge left by a stopped FeedCoach (another copy's, say) is just an element to the page.
    post.append(badge);
    badge.click();
    expect(siteSaw).toEqual(['keydown Tab', 'click']);
  });
});
