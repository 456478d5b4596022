import { describe, expect, it } from 'vitest';
import { createOverlay, updateOverlay } from '../../lib/overlay/badge';
import { DEFAULT_WEIGHTS } from '../../lib/model/ladder';
import type { PostReading } from '../../lib/sites/types';
import { speak } from '../support/i18n';

const reading = (metrics: PostReading['metrics'], lowerBounds: PostReading['lowerBounds'] = []): PostReading => ({
  site: 'linkedin',
  postId: '7383012345678901248',
  permalink: 'https://www.linkedin.com/feed/update/urn:li:activity:7383012345678901248/',
  author: { handle: 'maya-okafor', name: 'Maya Okafor' },
  text: 'The boring posts win.',
  metrics,
  lowerBounds,
  context: {},
});

/** A badge on the page, as a person meets it. */
function badgeOnPage(metrics: PostReading['metrics']): HTMLElement {
  const host = createOverlay(() => undefined);
  updateOverlay(host, reading(metrics), DEFAULT_WEIGHTS);
  document.body.append(host);
  return host;
}

describe('the badge', () => {
  it('shows its bars in the panel\'s order, most effort first, then its word', () => {
    const host = createOverlay(() => undefined);
    updateOverlay(host, reading({ replies: 212, reposts: 47, likes: 1284 }), DEFAULT_WEIGHTS);
    // replies, mentions & quotes (not shown), views (not shown), shares, likes.
    expect(host.textContent).toBe('▆··▅█ conversation');
  });

  it('says each bar on hover, a level the page does not show in words, and followers apart', () => {
    const host = badgeOnPage({ replies: 212, reposts: 47, likes: 1284, followers: 12408 });
    host.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(host.title.split('\n')).toEqual([
      'Sparking conversation · depth 54',
      'Bars, most effort first:',
      '▆ 212 replies',
      '· mentions & quotes: not shown on this page',
      '· views: not shown on this page',
      '▅ 47 shares',
      '█ 1,284 likes',
      'Author: 12,408 followers',
      'Click for the breakdown and reply ideas.',
    ]);
  });

  it('always has its word, "not enough shown" where the page shows too little to judge', () => {
    const host = badgeOnPage({ replies: 1 });
    expect(host.textContent).toBe('█···· not enough shown');
    host.focus();
    expect(host.getAttribute('aria-label')).toBe('FeedCoach: not enough shown. 1 reply; followers, likes, shares, views, mentions & quotes not shown');
  });

  it('states every count in its name from the start, with no focus needed (a screen reader’s browse mode moves none); its hover text waits for a hover or focus', () => {
    const host = badgeOnPage({ replies: 212, reposts: 47, likes: 1284 });
    expect(host.getAttribute('aria-label')).toBe('FeedCoach: sparking conversation (depth 54). 212 replies, 47 shares, 1,284 likes; followers, views, mentions & quotes not shown');
    expect(host.hasAttribute('title')).toBe(false);
    host.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(host.title.split('\n')[0]).toBe('Sparking conversation · depth 54');
  });

  it('says its new counts at once when they change, and its hover text follows while it is focused', () => {
    const host = badgeOnPage({ replies: 212, reposts: 47, likes: 1284 });
    const other = badgeOnPage({ replies: 3 });
    other.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    host.focus();
    updateOverlay(host, reading({ replies: 213, reposts: 47, likes: 1284 }), DEFAULT_WEIGHTS);
    expect(host.getAttribute('aria-label')).toMatch(/^FeedCoach: sparking conversation \(depth \d+\)\. 213 replies, /);
    expect(host.title).toContain('213 replies');
    updateOverlay(other, reading({ replies: 4 }), DEFAULT_WEIGHTS);
    expect(other.getAttribute('aria-label')).toBe('FeedCoach: not enough shown. 4 replies; followers, likes, shares, views, mentions & quotes not shown');
    expect(other.hasAttribute('title')).toBe(false);
  });

  it('is named in the language spoken when it is drawn', async () => {
    const metrics = { replies: 212, reposts: 47, likes: 1284 };
    expect(badgeOnPage(metrics).getAttribute('aria-label')).toMatch(/^FeedCoach: sparking conversation \(depth 54\)\. 212 replies/);
    await speak('de');
    try {
      expect(badgeOnPage(metrics).getAttribute('aria-label')).toBe('FeedCoach: löst Gespräche aus (Tiefe 54). 212 Antworten, 47 Shares, 1.284 Likes; Follower, Aufrufe, Erwähnungen & Zitate nicht sichtbar');
    } finally {
      await speak('en');
    }
  });
});
