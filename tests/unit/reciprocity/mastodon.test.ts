import { describe, expect, it } from 'vitest';
import { composerOf } from '../../../lib/reciprocity/capture';
import { receivedFromPost } from '../../../lib/reciprocity/from-posts';
import { mastodonAdapter } from '../../../lib/sites/mastodon/adapter';
import { MASTODON_ME, MASTODON_MY_POST, mastodonReciprocity } from '../../support/feeds/mastodon-reciprocity';
import { atUrl, fixtureHtml, parsePage } from '../../support/load-fixture';

// Relative links resolve on the instance the page is served from.
(window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://mastodon.social/notifications');

const reciprocity = mastodonAdapter.reciprocity!;

function notifications(doc: Document) {
  const roots = Array.from(doc.querySelectorAll(`${mastodonAdapter.postSelector}, ${reciprocity.notificationSelector}`));
  return roots.map((root) => ({ root, items: reciprocity.readNotification!(root, MASTODON_ME) }));
}

describe('Mastodon 4.3+ notifications', () => {
  const doc = parsePage(fixtureHtml('mastodon/notifications-built-2026-11-28.html'));
  const read = notifications(doc);
  const entries = read.filter(({ root }) => root.matches(reciprocity.notificationSelector!));

  it('reads the signed-in account from the compose panel', () => {
    expect(reciprocity.readAccount(doc)).toBe('maya');
  });

  it('reads a grouped boost: every avatar once, the user and the post’s own mentions left out', () => {
    expect(entries[0]!.items).toEqual([
      { site: 'mastodon', kind: 'repost', actor: { handle: 'ana_writes', name: 'Ana Souza' }, targetPostId: '113560000000000042', permalink: 'https://mastodon.social/@maya/113560000000000042', targetExcerpt: 'Five questions we now ask every customer, thanks to @lee' },
      { site: 'mastodon', kind: 'repost', actor: { handle: 'ben@mas.to' }, targetPostId: '113560000000000042', permalink: 'https://mastodon.social/@maya/113560000000000042', targetExcerpt: 'Five questions we now ask every customer, thanks to @lee' },
    ]);
  });

  it('tells favourites and follows apart by their type class', () => {
    expect(entries[1]!.items?.map((item) => `${item.kind}:${item.actor.handle}:${item.targetPostId}`)).toEqual(['like:omar@hachyderm.io:113559000000000007']);
    expect(entries[2]!.items).toEqual([]);
  });

  it('marks the list item around an entry as handled, and leaves a mention to be read as a post', () => {
    const articles = read.filter(({ root }) => root.matches('article'));
    expect(articles.map(({ items }) => items)).toEqual([[], [], undefined, []]);
    const mention = mastodonAdapter.readPost(articles[2]!.root);
    expect(mention.ok && mention.post).toMatchObject({ postId: '113560500000000001', author: { handle: 'carla' }, mentions: ['maya', 'kai@fosstodon.org'] });
    expect(mention.ok && receivedFromPost(mention.post, MASTODON_ME)).toMatchObject({ kind: 'mention', actor: { handle: 'carla' }, sourcePostId: '113560500000000001' });
  });

  it('never takes a timeline status for a notification', () => {
    const home = parsePage(fixtureHtml('mastodon/home-timeline-built-2026-11.html'));
    for (const article of home.querySelectorAll(mastodonAdapter.postSelector)) expect(reciprocity.readNotification!(article, MASTODON_ME)).toBeUndefined();
  });

  it('gives a like only from a favourite button not yet active', () => {
    const buttons = Array.from(doc.querySelectorAll('button.star-icon'));
    expect(buttons.map((button) => button.matches(reciprocity.likeSelector))).toEqual([false]);
  });
});

describe('Mastodon notifications before 4.3', () => {
  const doc = parsePage(fixtureHtml('mastodon/notifications-pre-4.3-built-2026-11-28.html'));

  it('reads the account from the older navigation bar and each entry’s message line only', () => {
    expect(reciprocity.readAccount(doc)).toBe('maya');
    const entries = Array.from(doc.querySelectorAll(reciprocity.notificationSelector!), (entry) => reciprocity.readNotification!(entry, MASTODON_ME));
    expect(entries.map((items) => items?.map((item) => `${item.kind}:${item.actor.handle}:${item.actor.name}:${item.targetPostId}`))).toEqual([
      ['repost:ana_writes:Ana Souza:113558000000000003'],
      ['like:ben@mas.to:Ben Carter:113558000000000003'],
      [],
    ]);
  });

  it('names a remote author of the answered status by their home server', () => {
    const submit = doc.querySelector(reciprocity.composer.submitSelector)!;
    const container = composerOf(submit, reciprocity.composer.editorSelector)!;
    expect(reciprocity.composer.replyTarget(container, atUrl(doc, 'https://mastodon.social/home'))).toEqual({ handle: 'omar@hachyderm.io' });
  });
});

describe('Mastodon reciprocity scenario', () => {
  it('finds two boosts on the notifications page, nothing else owed', () => {
    const doc = parsePage(mastodonReciprocity.notifications.html);
    expect(reciprocity.readAccount(doc)).toBe(MASTODON_ME);
    const items = notifications(doc).flatMap(({ items }) => items ?? []);
    expect(items.filter((item) => item.kind === 'repost').map((item) => item.actor.handle)).toEqual(mastodonReciprocity.sharers);
    expect(items.filter((item) => item.kind !== 'repost' && item.kind !== 'like')).toEqual([]);
  });

  it('answers the user’s own status from the compose panel on its page', () => {
    const doc = parsePage(mastodonReciprocity.ownPost.html);
    const submit = doc.querySelector(mastodonReciprocity.submit)!;
    expect(submit.matches(reciprocity.composer.submitSelector)).toBe(true);
    const container = composerOf(submit, reciprocity.composer.editorSelector)!;
    expect(container.querySelector(reciprocity.composer.editorSelector)).toBe(doc.querySelector(mastodonReciprocity.editor));
    expect(reciprocity.composer.replyTarget(container, atUrl(doc, mastodonReciprocity.ownPost.url))).toEqual({ handle: MASTODON_ME, postId: MASTODON_MY_POST });
    expect(reciprocity.composer.replyTarget(container, atUrl(doc, 'https://mastodon.social/@ana_writes/1'))).toEqual({ handle: MASTODON_ME });
  });

  it('reads the own status with its exact counts, and finds its reply and boost buttons', () => {
    const doc = parsePage(mastodonReciprocity.ownPost.html);
    const roots = Array.from(doc.querySelectorAll(mastodonAdapter.postSelector));
    expect(roots.map((root) => { const read = mastodonAdapter.readPost(root); return read.ok && { postId: read.post.postId, metrics: read.post.metrics }; })).toEqual(mastodonReciprocity.ownPost.expected);
    expect(roots[0]!.querySelector(reciprocity.composer.replyButtonSelector)?.getAttribute('title')).toBe('Reply');
    expect(roots[0]!.querySelector(reciprocity.repostSelector)?.getAttribute('title')).toBe('Boost');
  });

  it('reads a timeline reply’s "Replied to" line and a quote of the user', () => {
    const doc = parsePage(`<article data-id="5"><div class="status__wrapper"><div class="status__prepend"><div class="status__prepend__icon"><svg class="icon icon-reply"></svg></div><span>Replied to <a href="/@maya">Maya</a></span></div><div class="status" data-id="5"><div class="status__info"><a class="status__relative-time" href="/@ana_writes/5"><time datetime="2026-11-28T08:00:00.000Z">1h</time></a></div><div class="status__content"><p>Loved it</p></div><div class="status__quote"><div class="status__wrapper"><div class="status status--is-quote" data-id="4"><div class="status__info"><a class="status__relative-time" href="/@maya/4"></a></div></div></div></div><div class="status__action-bar"><button><svg class="icon icon-reply"></svg><span class="icon-button__counter">0</span></button></div></div></div></article>`);
    const read = mastodonAdapter.readPost(doc.querySelector('article')!);
    expect(read.ok && read.post).toMatchObject({ inReplyTo: ['maya'], context: { quoted: { handle: 'maya', postId: '4' } } });
    expect(read.ok && read.post.mentions).toBeUndefined();
  });
});
