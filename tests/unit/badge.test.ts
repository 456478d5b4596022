import { describe, expect, it } from 'vitest';
import { createOverlay, updateOverlay } from '../../lib/overlay/badge';
import { DEFAULT_WEIGHTS } from '../../lib/model/ladder';
import type { PostReading } from '../../lib/sites/types';

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

describe('the badge', () => {
  it('shows its bars in the panel\'s order, most effort first, then its word', () => {
    const host = createOverlay(() => undefined);
    updateOverlay(host, reading({ replies: 212, reposts: 47, likes: 1284 }), DEFAULT_WEIGHTS);
    // replies, mentions & quotes (not shown), views (not shown), shares, likes.
    expect(host.textContent).toBe('▆··▅█ conversation');
  });

  it('says each bar on hover, a level the page does not show in words, and followers apart', () => {
    const host = createOverlay(() => undefined);
    updateOverlay(host, reading({ replies: 212, reposts: 47, likes: 1284, followers: 12408 }), DEFAULT_WEIGHTS);
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
    const host = createOverlay(() => undefined);
    updateOverlay(host, reading({ replies: 1 }), DEFAULT_WEIGHTS);
    expect(host.textContent).toBe('█···· not enough shown');
    expect(host.getAttribute('aria-label')).toBe('FeedCoach: not enough shown. 1 reply; followers, likes, shares, views, mentions & quotes not shown');
  });
});
