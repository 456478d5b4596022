import { describe, expect, it } from 'vitest';
import { startCapture, type GivenRecord } from '../../../lib/reciprocity/capture';
import { instagramAdapter } from '../../../lib/sites/instagram/adapter';
import { IG_ME, IG_MY_POST, instagramActivityPage, instagramOwnPostPage, instagramReciprocity } from '../../support/feeds/instagram-reciprocity';
import { instagramFeed } from '../../support/feeds/instagram';
import { parsePage } from '../../support/load-fixture';
import { userClick } from '../user-events';

const reciprocity = instagramAdapter.reciprocity!;
const notificationsOf = (doc: Document, me = IG_ME) =>
  Array.from(doc.querySelectorAll(reciprocity.notificationSelector!), (entry) => reciprocity.readNotification!(entry, me));

describe('Instagram activity page (scenario)', () => {
  const doc = parsePage(instagramActivityPage().html);

  it('finds the account by the sidebar’s profile link', () => {
    expect(reciprocity.readAccount(doc)).toBe(IG_ME);
  });

  it('reads a share to a story and a mention (thanks owed), a comment, likes by two people; a follow records nothing', () => {
    expect(notificationsOf(doc)).toEqual([
      [{ site: 'instagram', kind: 'repost', actor: { handle: 'ana.souza' }, targetPostId: IG_MY_POST, permalink: `https://www.instagram.com/p/${IG_MY_POST}/` }],
      [{ site: 'instagram', kind: 'mention', actor: { handle: 'ben.carter' }, sourcePostId: '18012345678901234', permalink: 'https://www.instagram.com/p/DF4bEnPoSt2/c/18012345678901234/', sourceExcerpt: '@maya.makes this is the storyboard trick I told you about.' }],
      [{ site: 'instagram', kind: 'reply', actor: { handle: 'carla.cm' }, targetPostId: IG_MY_POST, sourcePostId: '18098765432109876', permalink: `https://www.instagram.com/p/${IG_MY_POST}/c/18098765432109876/`, sourceExcerpt: 'How did you pick the five questions?' }],
      [
        { site: 'instagram', kind: 'like', actor: { handle: 'lee.reads' }, targetPostId: IG_MY_POST, permalink: `https://www.instagram.com/p/${IG_MY_POST}/` },
        { site: 'instagram', kind: 'like', actor: { handle: 'omar.ux' }, targetPostId: IG_MY_POST, permalink: `https://www.instagram.com/p/${IG_MY_POST}/` },
      ],
      [],
    ]);
    expect(instagramReciprocity.sharers).toEqual(['ana.souza', 'ben.carter']);
  });

  it('the words of a quoted comment cannot change an entry’s kind; the user is never an actor', () => {
    const odd = parsePage(
      `<div role="listitem"><a href="/carla.cm/">carla.cm</a> commented: <a href="/p/${IG_MY_POST}/">“I shared your post to their story”</a></div>` +
        `<div role="listitem"><a href="/${IG_ME}/">${IG_ME}</a> liked your post.</div><div role="listitem"><a href="http://[bad">x</a> shared your post</div>`,
    );
    expect(notificationsOf(odd).map((items) => items?.map((item) => `${item.kind}:${item.actor.handle}`))).toEqual([['reply:carla.cm'], [], []]);
    expect(reciprocity.readAccount(parsePage('<nav><a href="/explore/">Explore</a></nav>'))).toBeUndefined();
  });

  it('never takes a post, or a list item inside one, for a notification', () => {
    const feed = parsePage(instagramFeed.html);
    for (const post of feed.querySelectorAll(instagramAdapter.postSelector)) expect(reciprocity.readNotification!(post, IG_ME)).toBeUndefined();
    const inPost = parsePage('<article><div role="listitem"><a href="/ana.souza/">ana.souza</a> shared your post</div></article>').querySelector('[role="listitem"]')!;
    expect(reciprocity.readNotification!(inPost, IG_ME)).toEqual([]);
  });
});

describe('Instagram own post page (scenario)', () => {
  const page = instagramOwnPostPage();
  const doc = parsePage(page.html);

  it('reads the post with its counts', () => {
    const read = Array.from(doc.querySelectorAll(instagramAdapter.postSelector), (root) => instagramAdapter.readPost(root));
    expect(read.map((result) => (result.ok ? { postId: result.post.postId, metrics: result.post.metrics } : result))).toEqual(page.expected);
  });

  it('finds the comment box and its Post button, which answer the post', () => {
    expect(reciprocity.readAccount(doc)).toBe(IG_ME);
    const submit = doc.querySelector(instagramReciprocity.submit)!;
    expect(submit.textContent).toBe('Post');
    expect(submit.matches(reciprocity.composer.submitSelector)).toBe(true);
    // The emoji button beside it is not a send button.
    expect(doc.querySelector('[aria-label="Emoji"]')!.matches(reciprocity.composer.submitSelector)).toBe(false);
    const form = submit.closest('form')!;
    expect(form.querySelector(reciprocity.composer.editorSelector)).toBe(doc.querySelector(instagramReciprocity.editor));
    expect(reciprocity.composer.replyTarget(form, doc)).toEqual({ handle: IG_ME, postId: IG_MY_POST });
    expect(reciprocity.composer.replyTarget(parsePage('<form><textarea></textarea></form>').querySelector('form')!, doc)).toBeUndefined();
  });

  it('the like, comment and repost controls: a liked post offers no like; the web has no repost button', () => {
    const post = doc.querySelector(instagramAdapter.postSelector)!;
    expect(post.querySelector(reciprocity.likeSelector)).not.toBeNull();
    expect(post.querySelector(reciprocity.composer.replyButtonSelector)?.querySelector('svg')?.getAttribute('aria-label')).toBe('Comment');
    const liked = parsePage(instagramFeed.html).querySelectorAll(instagramAdapter.postSelector)[2]!;
    expect(liked.querySelector('svg[aria-label="Unlike"]')).not.toBeNull();
    expect(liked.querySelector(reciprocity.likeSelector)).toBeNull();
    expect(doc.querySelector(reciprocity.repostSelector)).toBeNull();
    // Builds that use <button>: only the one with the heart is the like button.
    const buttons = parsePage('<article><button type="button"><svg aria-label="Save"></svg></button><button type="button"><svg aria-label="Like"></svg></button></article>');
    expect(Array.from(buttons.querySelectorAll(reciprocity.likeSelector), (button) => button.querySelector('svg')!.getAttribute('aria-label'))).toEqual(['Like']);
    expect(buttons.querySelector(reciprocity.composer.replyButtonSelector)).toBeNull();
  });

  it('records sends in window.__sentPosts through its stand-in script only', () => {
    expect(page.html).toContain('window.__sentPosts');
    expect(page.html.match(/<textarea/g)).toHaveLength(1);
  });

  it('records the user’s like of a post and a thank-you comment naming a sharer, never sending anything itself', () => {
    document.documentElement.innerHTML = parsePage(instagramFeed.html).documentElement.innerHTML;
    const given: GivenRecord[] = [];
    const capture = () =>
      startCapture(instagramAdapter as Parameters<typeof startCapture>[0], document, { me: () => IG_ME, isThanks: (text) => /thank/i.test(text), record: (record) => given.push(record) });
    let stop = capture();
    userClick(document.querySelector<HTMLElement>('article [role="button"]:has(svg[aria-label="Like"])')!);
    stop();
    document.documentElement.innerHTML = doc.documentElement.innerHTML;
    stop = capture();
    document.querySelector<HTMLTextAreaElement>(instagramReciprocity.editor)!.value = 'Thank you @ana.souza for sharing it!';
    userClick(document.querySelector<HTMLElement>(instagramReciprocity.submit)!);
    stop();
    expect(given.map((record) => record.item)).toEqual([
      { site: 'instagram', kind: 'like', to: [{ handle: 'brightlane.studio' }], targetPostId: 'DF3kQz2sXaP', thanks: false },
      { site: 'instagram', kind: 'reply', to: [{ handle: 'ana.souza' }], targetPostId: IG_MY_POST, thanks: true, text: 'Thank you @ana.souza for sharing it!' },
    ]);
  });
});
