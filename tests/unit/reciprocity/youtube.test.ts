import { describe, expect, it } from 'vitest';
import { receivedFromPost } from '../../../lib/reciprocity/from-posts';
import { youtubeAdapter } from '../../../lib/sites/youtube/adapter';
import { fixtureHtml, parsePage } from '../../support/load-fixture';
import { youtubeNotificationsPage, youtubeOwnVideoPage, youtubeReciprocity, YT_ME, YT_MY_VIDEO } from '../../support/feeds/youtube-reciprocity';

const reciprocity = youtubeAdapter.reciprocity!;
const notificationsOf = (doc: Document, me = YT_ME) =>
  Array.from(doc.querySelectorAll(reciprocity.notificationSelector!), (entry) => reciprocity.readNotification!(entry, me));
const readAll = (doc: Document) => Array.from(doc.querySelectorAll(youtubeAdapter.postSelector), (root) => youtubeAdapter.readPost(root));

describe('YouTube notifications page (scenario)', () => {
  const doc = parsePage(youtubeNotificationsPage().html);

  it('finds the account in the guide’s "You" section, not among the subscriptions', () => {
    expect(reciprocity.readAccount(doc)).toBe(YT_ME);
  });

  it('reads mentions (thanks-worthy), replies and likes; an upload records nothing', () => {
    expect(notificationsOf(doc)).toEqual([
      [{ site: 'youtube', kind: 'mention', actor: { handle: 'ana.creates' }, sourcePostId: 'UgxAna7Kp2Wq9Rt4AaABAg', permalink: 'https://www.youtube.com/watch?v=Xb3Rt7Yp1Qa&lc=UgxAna7Kp2Wq9Rt4AaABAg', sourceExcerpt: 'Learned this storyboard trick from @maya.makes, go watch her video' }],
      [{ site: 'youtube', kind: 'mention', actor: { handle: 'ben.builds' }, sourcePostId: 'UgwBen3Lm8Zx1Cv6AaABAg', permalink: 'https://www.youtube.com/watch?v=Xb3Rt7Yp1Qa&lc=UgwBen3Lm8Zx1Cv6AaABAg', sourceExcerpt: '@maya.makes explains hooks better than anyone' }],
      [{
        site: 'youtube', kind: 'reply', actor: { handle: 'carla.cm' }, sourcePostId: 'UgzMaya5Qs8Kt2Lp7AaABAg.AbCdEfGh123',
        permalink: `https://www.youtube.com/watch?v=${YT_MY_VIDEO}&lc=UgzMaya5Qs8Kt2Lp7AaABAg.AbCdEfGh123`, targetPostId: 'UgzMaya5Qs8Kt2Lp7AaABAg',
        // Their words, without the quotation marks the notification puts around them: the reply prompt answers them.
        sourceExcerpt: 'How did you pick the five questions?',
      }],
      [{ site: 'youtube', kind: 'like', actor: { handle: 'lee.reads' }, targetPostId: 'UgzMaya5Qs8Kt2Lp7AaABAg' }],
      [],
    ]);
    expect(youtubeReciprocity.sharers).toEqual(['ana.creates', 'ben.builds']);
  });

  it('never takes a comment for a notification', () => {
    const comments = parsePage(youtubeOwnVideoPage().html).querySelectorAll(youtubeAdapter.postSelector);
    for (const comment of comments) expect(reciprocity.readNotification!(comment, YT_ME)).toBeUndefined();
  });
});

describe('YouTube own video page (scenario)', () => {
  const page = youtubeOwnVideoPage();
  const doc = parsePage(page.html);

  it('reads the comments with their expected counts and whom they answer', () => {
    const read = readAll(doc);
    expect(read.map((result) => (result.ok ? { postId: result.post.postId, metrics: result.post.metrics } : result))).toEqual(page.expected);
    const posts = read.flatMap((result) => (result.ok ? [result.post] : []));
    expect(posts.map((post) => [post.inReplyTo, post.mentions])).toEqual([
      [[YT_ME], []],
      [[YT_ME], []],
      [[YT_ME], ['lee.reads']],
    ]);
    // A comment on the user's video is a reply to the user; the user's own comment is not received.
    expect(posts.map((post) => receivedFromPost(post, YT_ME)?.kind)).toEqual([undefined, 'reply', 'reply']);
  });

  it('finds the account on the watch page and sends from the top-level box to the video', () => {
    expect(reciprocity.readAccount(doc)).toBe(YT_ME);
    const submit = doc.querySelector(youtubeReciprocity.submit)!;
    expect(submit.matches(reciprocity.composer.submitSelector)).toBe(true);
    const box = submit.closest('ytd-commentbox')!;
    expect(box.querySelector(reciprocity.composer.editorSelector)).toBe(doc.querySelector(youtubeReciprocity.editor));
    expect(reciprocity.composer.replyTarget(box.querySelector('#main')!, doc)).toEqual({ handle: YT_ME, postId: YT_MY_VIDEO });
  });

  it('records sends in window.__sentPosts through its stand-in script only', () => {
    expect(page.html).toContain('window.__sentPosts');
    expect(page.html.match(/contenteditable="true"/g)).toHaveLength(1);
  });
});

describe('YouTube watch page with the bell’s dropdown open (fixture)', () => {
  const doc = parsePage(fixtureHtml('youtube/youtube-notifications-composer-built-2026-11-28.html'));

  it('reads the account menu’s handle', () => {
    expect(reciprocity.readAccount(doc)).toBe(YT_ME);
  });

  it('tells kinds by the earliest words, reads names without a handle, skips the user and uploads', () => {
    expect(notificationsOf(doc).map((items) => items?.map((item) => `${item.kind}:${item.actor.handle}:${item.targetPostId ?? ''}`))).toEqual([
      // "replied" in the quoted comment comes after "mentioned you".
      ['mention:ana.creates:'],
      ['reply:lucia.contenidos:UgzMaya5Qs8Kt2Lp7AaABAg'],
      ['like:Studio Lumen:UgzMayaOnLumen22AaABAg'],
      [],
      [],
    ]);
  });

  it('reads mentions and the person a reply starts with', () => {
    const [top, reply] = readAll(doc).map((result) => (result.ok ? result.post : undefined));
    expect(top).toMatchObject({ author: { handle: 'omar.ux' }, inReplyTo: [YT_ME], mentions: ['lee.reads'] });
    expect(reply).toMatchObject({ author: { handle: 'carla.cm' }, inReplyTo: ['omar.ux', 'lee.reads'], mentions: ['lee.reads', YT_ME] });
    expect(receivedFromPost(reply!, YT_ME)?.kind).toBe('mention');
  });

  it('a reply box under a comment answers that comment; like and repost selectors', () => {
    const editors = doc.querySelectorAll(reciprocity.composer.editorSelector);
    expect(editors).toHaveLength(2);
    const replyBox = editors[1]!.closest('ytd-commentbox')!;
    expect(replyBox.querySelector(reciprocity.composer.submitSelector)?.hasAttribute('disabled')).toBe(true);
    expect(reciprocity.composer.replyTarget(replyBox, doc)).toEqual({ handle: 'omar.ux', postId: 'UgzOmarTop1Ks9Xp3AaABAg' });
    const comment = doc.querySelector(youtubeAdapter.postSelector)!;
    expect(comment.querySelector(reciprocity.likeSelector)).not.toBeNull();
    expect(comment.querySelector(reciprocity.composer.replyButtonSelector)).not.toBeNull();
    expect(doc.querySelector(reciprocity.repostSelector)).toBeNull();
  });

  it('never throws on odd entries', () => {
    const entry = (message: string) => `<ytd-notification-renderer><a href="http://[bad"><yt-formatted-string class="message">${message}</yt-formatted-string></a></ytd-notification-renderer>`;
    const odd = parsePage(`${entry('@ana.creates mentioned you')}${entry('@x mentioned you')}<ytd-notification-renderer></ytd-notification-renderer>`);
    expect(notificationsOf(odd, '')).toEqual([[{ site: 'youtube', kind: 'mention', actor: { handle: 'ana.creates' } }], [], []]);
    expect(reciprocity.readAccount(parsePage('<p>signed out</p>'))).toBeUndefined();
  });
});
