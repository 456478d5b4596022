import { afterEach, describe, expect, it } from 'vitest';
import { composerOf, startCapture, type GivenRecord } from '../../../lib/reciprocity/capture';
import { threadsAdapter } from '../../../lib/sites/threads/adapter';
import { fixtureHtml, parsePage } from '../../support/load-fixture';
import { THREADS_ME, THREADS_MY_POST, threadsReciprocity } from '../../support/feeds/threads-reciprocity';
import { userClick } from '../user-events';

const reciprocity = threadsAdapter.reciprocity!;

/** The activity reader looks at the page's own address, so pages are loaded into the test window at their path. */
function load(html: string, path: string): Document {
  history.replaceState(null, '', path);
  document.documentElement.innerHTML = parsePage(html).documentElement.innerHTML;
  return document;
}

function entries(doc: Document, me: string) {
  return Array.from(doc.querySelectorAll(threadsAdapter.postSelector), (root) => reciprocity.readNotification!(root, me));
}

const brief = (items: ReturnType<typeof entries>) => items.map((entry) => entry?.map((item) => `${item.kind}:${item.actor.handle}`));

afterEach(() => history.replaceState(null, '', '/'));

describe('Threads reciprocity scenario', () => {
  it('finds the signed-in account from the sidebar’s profile link', () => {
    expect(reciprocity.readAccount(parsePage(threadsReciprocity.notifications.html))).toBe(THREADS_ME);
    expect(reciprocity.readAccount(parsePage(threadsReciprocity.ownPost.html))).toBe(THREADS_ME);
  });

  it('reads two reposts (by badge and by words), a follow and a like; a reply with its action row is a post', () => {
    const doc = load(threadsReciprocity.notifications.html, '/activity');
    const items = entries(doc, THREADS_ME);
    expect(brief(items)).toEqual([['repost:ana.souza'], ['repost:ben.carter'], [], ['like:omar.haddad'], undefined]);
    expect(items[0]![0]).toEqual({
      site: 'threads',
      kind: 'repost',
      actor: { handle: 'ana.souza' },
      targetPostId: THREADS_MY_POST,
      permalink: `https://www.threads.com/@${THREADS_ME}/post/${THREADS_MY_POST}`,
      targetExcerpt: expect.stringMatching(/^We replaced our weekly metrics email/),
    });
    const posts = Array.from(doc.querySelectorAll(threadsAdapter.postSelector), (root) => threadsAdapter.readPost(root)).filter((read) => read.ok);
    expect(posts.map((read) => read.ok && { postId: read.post.postId, metrics: read.post.metrics })).toEqual(threadsReciprocity.notifications.expected);
  });

  it('records a thank-you in the reply dialog as a reply to the user that names the sharer', () => {
    const doc = load(threadsReciprocity.ownPost.html, `/@${THREADS_ME}/post/${THREADS_MY_POST}`);
    expect(entries(doc, THREADS_ME)).toEqual([undefined]);
    const read = threadsAdapter.readPost(doc.querySelector(threadsAdapter.postSelector)!);
    expect(read.ok && { postId: read.post.postId, metrics: read.post.metrics }).toEqual(threadsReciprocity.ownPost.expected[0]);
    const given: GivenRecord[] = [];
    const stop = startCapture(threadsAdapter as Parameters<typeof startCapture>[0], doc, {
      me: () => THREADS_ME,
      isThanks: (text) => /thank/i.test(text),
      record: (record) => given.push(record),
    });
    doc.querySelector(threadsReciprocity.editor)!.textContent = 'Thank you @ana.souza for sharing it!';
    userClick(doc.querySelector(`${threadsReciprocity.submit} div`)!);
    stop();
    expect(given.map((record) => record.item)).toEqual([
      { site: 'threads', kind: 'reply', to: [{ handle: 'ana.souza' }], targetPostId: THREADS_MY_POST, thanks: true, text: 'Thank you @ana.souza for sharing it!' },
    ]);
  });
});

describe('Threads activity entries (built from notes)', () => {
  it('tells kinds apart by badge icon, else by the entry’s own words outside names and excerpts', () => {
    const doc = load(fixtureHtml('threads/activity-built-2026-11-28.html'), '/activity');
    const items = entries(doc, 'pat.operator');
    expect(brief(items)).toEqual([
      ['repost:lucia.contenidos'],
      ['quote:nora.writes'],
      ['mention:kaori.design'],
      ['like:reposted.your.thread'],
      [],
      [],
      [],
      undefined,
      undefined,
    ]);
    expect(items[1]![0]).toMatchObject({ targetPostId: 'DPat000001a', sourcePostId: 'DNora00002b', permalink: 'https://www.threads.com/@nora.writes/post/DNora00002b' });
    expect(items[3]![0]).toMatchObject({ targetPostId: 'DPat000003c', targetExcerpt: 'Someone mentioned you and reposted your thread' });
  });

  it('reads nothing as a notification outside the activity page', () => {
    const doc = load(fixtureHtml('threads/activity-built-2026-11-28.html'), '/');
    expect(entries(doc, 'pat.operator').every((entry) => entry === undefined)).toBe(true);
    const feed = load(fixtureHtml('threads/threads-feed-built-2026-11-28.html'), '/activity');
    expect(entries(feed, 'pat.operator').every((entry) => entry === undefined)).toBe(true);
  });

  it('finds the account by a localised profile icon, mentions in a post’s text, and the dialog’s Post button', () => {
    const doc = parsePage(fixtureHtml('threads/activity-built-2026-11-28.html'));
    expect(reciprocity.readAccount(doc)).toBe('pat.operator');
    const mila = Array.from(doc.querySelectorAll(threadsAdapter.postSelector), (root) => threadsAdapter.readPost(root)).find((read) => read.ok);
    expect(mila?.ok && mila.post).toMatchObject({ postId: 'DMila00004d', mentions: ['pat.operator', 'ana.souza'] });
    const submits = doc.querySelectorAll(reciprocity.composer.submitSelector);
    expect(Array.from(submits, (submit) => submit.textContent)).toEqual(['Publicar']);
    // A new-thread dialog shows no thread: what is sent there is a post, not a reply.
    expect(reciprocity.composer.replyTarget(composerOf(submits[0]!, reciprocity.composer.editorSelector)!, doc)).toBeUndefined();
  });

  it('knows the unpressed like and repost buttons and the reply button', () => {
    const doc = parsePage(fixtureHtml('threads/threads-feed-built-2026-11-28.html'));
    const label = (selector: string) => Array.from(doc.querySelectorAll(selector), (button) => button.querySelector('svg')?.getAttribute('aria-label'));
    // The feed's second post is already liked and reposted ("Unlike", "Unrepost"); its Turkish one is in no list.
    expect(label(reciprocity.likeSelector)).toEqual(['Like', 'いいね！', 'Like', 'Me gusta', 'Like']);
    expect(label(reciprocity.repostSelector)).toEqual(['Repost', '再投稿', 'Repost', 'Republicar', 'Repost']);
    expect(label(reciprocity.composer.replyButtonSelector)).toEqual(['Reply', 'Reply', '返信', 'Reply', 'Responder', 'Reply']);
  });
});
