import { describe, expect, it } from 'vitest';
import { startCapture, type GivenRecord } from '../../../lib/reciprocity/capture';
import { receivedFromPost } from '../../../lib/reciprocity/from-posts';
import { tiktokAdapter } from '../../../lib/sites/tiktok/adapter';
import { tiktokFeed } from '../../support/feeds/tiktok';
import { TT_ME, TT_MY_VIDEO, tiktokInboxPage, tiktokOwnVideoPage, tiktokReciprocity } from '../../support/feeds/tiktok-reciprocity';
import { parsePage } from '../../support/load-fixture';
import { userClick } from '../user-events';

const reciprocity = tiktokAdapter.reciprocity!;
const notificationsOf = (doc: Document, me = TT_ME) =>
  Array.from(doc.querySelectorAll(reciprocity.notificationSelector!), (entry) => reciprocity.readNotification!(entry, me));
const MY_VIDEO_URL = `https://www.tiktok.com/@${TT_ME}/video/${TT_MY_VIDEO}`;

describe('TikTok inbox (scenario)', () => {
  const doc = parsePage(tiktokInboxPage().html);

  it('finds the account by the sidebar’s profile link, and none when signed out', () => {
    expect(reciprocity.readAccount(doc)).toBe(TT_ME);
    expect(reciprocity.readAccount(parsePage('<a data-e2e="nav-profile" href="/@">Profile</a>'))).toBeUndefined();
  });

  it('reads a repost and a mention (thanks owed), a comment and a like, with the words a comment or mention quotes; a follow records nothing', () => {
    expect(notificationsOf(doc)).toEqual([
      [{ site: 'tiktok', kind: 'repost', actor: { handle: 'ana.souza', name: 'Ana Souza' }, targetPostId: TT_MY_VIDEO, permalink: MY_VIDEO_URL }],
      [{ site: 'tiktok', kind: 'mention', actor: { handle: 'ben.carter', name: 'Ben Carter' }, targetPostId: '7441444412345678998', permalink: 'https://www.tiktok.com/@ben.carter/video/7441444412345678998', sourceExcerpt: `@${TT_ME} this is the storyboard trick I told you about` }],
      [{ site: 'tiktok', kind: 'reply', actor: { handle: 'carla.cm', name: 'Carla' }, targetPostId: TT_MY_VIDEO, permalink: MY_VIDEO_URL, sourceExcerpt: 'How did you pick the five questions?' }],
      [{ site: 'tiktok', kind: 'like', actor: { handle: 'lee.reads', name: 'Lee' }, targetPostId: TT_MY_VIDEO, permalink: MY_VIDEO_URL }],
      [],
    ]);
    expect(tiktokReciprocity.sharers).toEqual(['ana.souza', 'ben.carter']);
  });

  it('a quoted comment cannot change the kind; a title that is only a quote mark is no name', () => {
    const odd = parsePage(
      '<div data-e2e="inbox-list-item"><a href="/@vandan.mp3" data-e2e="inbox-title">"</a><p data-e2e="inbox-content"><span> commented: I reposted your video too</span> 4m ago</p></div>' +
        `<div data-e2e="inbox-list-item"><a href="/@${TT_ME}" data-e2e="inbox-title">me</a><p data-e2e="inbox-content">liked your video.</p></div>` +
        '<div data-e2e="inbox-list-item"><a href="http://[bad" data-e2e="inbox-title">x</a><p data-e2e="inbox-content">liked your video.</p></div>',
    );
    expect(notificationsOf(odd)).toEqual([[{ site: 'tiktok', kind: 'reply', actor: { handle: 'vandan.mp3' }, sourceExcerpt: 'I reposted your video too' }], [], []]);
  });

  it('never takes a video or a comment for a notification', () => {
    for (const post of parsePage(tiktokFeed.html).querySelectorAll(tiktokAdapter.postSelector)) expect(reciprocity.readNotification!(post, TT_ME)).toBeUndefined();
  });
});

describe('TikTok own video page (scenario)', () => {
  const page = tiktokOwnVideoPage();
  const doc = parsePage(page.html);
  const posts = Array.from(doc.querySelectorAll(tiktokAdapter.postSelector), (root) => tiktokAdapter.readPost(root)).flatMap((result) => (result.ok ? [result.post] : []));

  it('reads the video and the comments on it, which answer the user', () => {
    expect(posts.map((post) => ({ postId: post.postId, metrics: post.metrics }))).toEqual(page.expected);
    expect(posts.map((post) => receivedFromPost(post, TT_ME)?.kind)).toEqual([undefined, 'reply', 'reply']);
  });

  it('finds the comment box and its Post button, which answer the video', () => {
    expect(reciprocity.readAccount(doc)).toBe(TT_ME);
    const submit = doc.querySelector(tiktokReciprocity.submit)!;
    expect(submit.matches(reciprocity.composer.submitSelector)).toBe(true);
    const footer = submit.parentElement!;
    expect(footer.querySelector(reciprocity.composer.editorSelector)).toBe(doc.querySelector(tiktokReciprocity.editor));
    expect(reciprocity.composer.replyTarget(footer, doc)).toEqual({ handle: TT_ME, postId: TT_MY_VIDEO });
  });

  it('a reply box inside a thread answers the thread’s first comment', () => {
    const thread = doc.querySelector('[class*="DivCommentObjectWrapper"]')!;
    thread.insertAdjacentHTML('beforeend', '<div class="box"><div data-e2e="comment-input"><div contenteditable="true"></div></div><div data-e2e="comment-post" role="button">Post</div></div>');
    expect(reciprocity.composer.replyTarget(thread.querySelector('.box')!, doc)).toEqual({ handle: 'carla.cm', postId: '7441555500000000001' });
  });

  it('the like, reply and repost controls', () => {
    const [video, comment] = doc.querySelectorAll(tiktokAdapter.postSelector);
    expect(video!.querySelector(reciprocity.likeSelector)).not.toBeNull();
    expect(video!.querySelector(reciprocity.composer.replyButtonSelector)?.querySelector('[data-e2e="browse-comment-icon"]')).not.toBeNull();
    expect(comment!.querySelector(reciprocity.likeSelector)?.getAttribute('data-e2e')).toBe('comment-like-icon');
    expect(comment!.querySelector(reciprocity.composer.replyButtonSelector)?.textContent).toBe('Reply');
    expect(parsePage('<div data-e2e="share-repost" role="button">Repost</div>').querySelector(reciprocity.repostSelector)).not.toBeNull();
  });

  it('records sends in window.__sentPosts through its stand-in script only', () => {
    expect(page.html).toContain('window.__sentPosts');
    expect(parsePage(page.html).querySelectorAll('[contenteditable="true"]')).toHaveLength(1);
  });

  it('records a repost from the share menu, a like of a comment and a thank-you comment, never sending anything itself', () => {
    const given: GivenRecord[] = [];
    const capture = () =>
      startCapture(tiktokAdapter as Parameters<typeof startCapture>[0], document, { me: () => TT_ME, isThanks: (text) => /thank/i.test(text), record: (record) => given.push(record) });
    document.documentElement.innerHTML = parsePage(tiktokFeed.html).documentElement.innerHTML;
    document.body.insertAdjacentHTML('beforeend', '<div data-e2e="share-modal"><div data-e2e="share-repost" role="button">Repost</div></div>');
    let stop = capture();
    // The share button opens the menu outside the video; its Repost item reposts the video last clicked.
    userClick(document.querySelectorAll(tiktokAdapter.postSelector)[1]!.querySelector<HTMLElement>('[data-e2e="share-icon"]')!);
    userClick(document.querySelector<HTMLElement>('[data-e2e="share-repost"]')!);
    stop();
    document.documentElement.innerHTML = doc.documentElement.innerHTML;
    stop = capture();
    userClick(document.querySelector<HTMLElement>('[id="7441555500000000002"] [data-e2e="comment-like-icon"]')!);
    document.querySelector(tiktokReciprocity.editor)!.textContent = 'Thank you @ana.souza for sharing it!';
    userClick(document.querySelector<HTMLElement>(tiktokReciprocity.submit)!);
    stop();
    expect(given.map((record) => record.item)).toEqual([
      { site: 'tiktok', kind: 'repost', to: [{ handle: 'nora.writes' }], targetPostId: '7440987654321098765', thanks: false },
      { site: 'tiktok', kind: 'like', to: [{ handle: 'omar.ux' }], targetPostId: '7441555500000000002', thanks: false },
      { site: 'tiktok', kind: 'reply', to: [{ handle: 'ana.souza' }], targetPostId: TT_MY_VIDEO, thanks: true, text: 'Thank you @ana.souza for sharing it!' },
    ]);
  });
});
