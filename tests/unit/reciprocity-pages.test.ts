import { describe, expect, it } from 'vitest';
import { mentionsIn } from '../../lib/reciprocity/capture';
import { receivedFromPost } from '../../lib/reciprocity/from-posts';
import { xAdapter } from '../../lib/sites/x/adapter';
import type { PostReading } from '../../lib/sites/types';
import { fixtureHtml, parsePage } from '../support/load-fixture';
import { xNotificationsPage, X_ME } from '../support/feeds/x-reciprocity';

const post = (overrides: Partial<PostReading>): PostReading => ({
  site: 'x',
  postId: '9',
  permalink: 'https://x.com/ana/status/9',
  author: { handle: 'ana', name: 'Ana' },
  text: '',
  metrics: {},
  lowerBounds: [],
  context: {},
  ...overrides,
});

describe('receivedFromPost', () => {
  it('reads a reply to the user, a quote of the user and a mention of the user, most effort first', () => {
    expect(receivedFromPost(post({ inReplyTo: ['Maya_Makes'], mentions: ['maya_makes'] }), 'maya_makes')?.kind).toBe('reply');
    expect(receivedFromPost(post({ context: { quoted: { handle: 'maya_makes', postId: '5' } } }), 'maya_makes')).toMatchObject({
      kind: 'quote',
      targetPostId: '5',
      sourcePostId: '9',
    });
    expect(receivedFromPost(post({ mentions: ['maya_makes'] }), 'maya_makes')?.kind).toBe('mention');
  });

  it('ignores the user’s own posts and posts that do not concern the user', () => {
    expect(receivedFromPost(post({ author: { handle: 'maya_makes' }, mentions: ['maya_makes'] }), 'maya_makes')).toBeUndefined();
    expect(receivedFromPost(post({ mentions: ['someone'] }), 'maya_makes')).toBeUndefined();
  });
});

describe('X notifications page', () => {
  const doc = parsePage(xNotificationsPage().html);
  const reciprocity = xAdapter.reciprocity!;

  it('finds the signed-in account in the navigation', () => {
    expect(reciprocity.readAccount(doc)).toBe(X_ME);
  });

  it('reads grouped notifications by their icon: one interaction per person, the user excluded', () => {
    const entries = Array.from(doc.querySelectorAll(reciprocity.notificationSelector!), (entry) => reciprocity.readNotification!(entry, X_ME));
    expect(entries.map((items) => items?.map((item) => `${item.kind}:${item.actor.handle}:${item.actor.name}`))).toEqual([
      ['repost:ana_writes:Ana Souza', 'repost:ben_builds:Ben Carter'],
      ['like:lee_reads:Lee Park', 'like:omar_ux:Omar Haddad', 'like:ana_writes:Ana Souza'],
    ]);
    expect(entries[0]![0]!.targetExcerpt).toMatch(/^We replaced our weekly metrics email/);
  });

  it('reads "Replying to" and text mentions of a post', () => {
    const reply = Array.from(doc.querySelectorAll(xAdapter.postSelector), (article) => xAdapter.readPost(article))[0]!;
    expect(reply.ok && reply.post).toMatchObject({ author: { handle: 'carla_cm' }, inReplyTo: [X_ME], mentions: [] });
  });
});

describe('X notification reading', () => {
  it('never takes a reposted post in a feed for a notification', () => {
    const doc = parsePage(fixtureHtml('x/home-repost-2026-02-13.html'));
    const article = doc.querySelector(xAdapter.postSelector)!;
    expect(xAdapter.reciprocity!.readNotification!(article, X_ME)).toBeUndefined();
  });
});

describe('mentionsIn', () => {
  it('finds the people a reply names, as each site writes them', () => {
    expect(mentionsIn('Thanks @ana_writes, @ana.bsky.social. and @ana@fosstodon.org! cc u/ana_reddit, mail me at me@example.com')).toEqual([
      'ana_writes',
      'ana.bsky.social',
      'ana@fosstodon.org',
      'ana_reddit',
    ]);
  });
});
