import { describe, expect, it } from 'vitest';
import { facebookAdapter } from '../../../lib/sites/facebook/adapter';
import { fixtureHtml, parsePage } from '../../support/load-fixture';
import { facebookNotificationsPage, facebookOwnPostPage, facebookReciprocity, FB_ME, FB_MY_POST } from '../../support/feeds/facebook-reciprocity';

const reciprocity = facebookAdapter.reciprocity!;
const notificationsOf = (doc: Document, me: string) =>
  Array.from(doc.querySelectorAll(reciprocity.notificationSelector!), (entry) => reciprocity.readNotification!(entry, me));
/** A document whose address is `url`, as the composer's reply target reads it. */
const at = (url: string) => ({ location: new URL(url) }) as unknown as Document;

describe('Facebook notifications page (scenario)', () => {
  const doc = parsePage(facebookNotificationsPage().html);

  it('finds the account in the left column’s profile shortcut, past the top bar’s links', () => {
    expect(reciprocity.readAccount(doc)).toBe(FB_ME);
  });

  it('reads shares by the sharer’s own post, comments and reactions by name; a friend request records nothing', () => {
    expect(notificationsOf(doc, FB_ME)).toEqual([
      [{ site: 'facebook', kind: 'repost', actor: { handle: 'ana.souza', name: 'Ana Souza' }, sourcePostId: 'pfbid0AnAsHaRe1a2B3c4D5e6F7g8H9i0J1k2L3m4N5o6P7q8l', permalink: 'https://www.facebook.com/ana.souza/posts/pfbid0AnAsHaRe1a2B3c4D5e6F7g8H9i0J1k2L3m4N5o6P7q8l' }],
      [{ site: 'facebook', kind: 'repost', actor: { handle: 'ben.carter', name: 'Ben Carter' }, sourcePostId: 'pfbid0BeNsHaRe1a2B3c4D5e6F7g8H9i0J1k2L3m4N5o6P7q8l', permalink: 'https://www.facebook.com/ben.carter/posts/pfbid0BeNsHaRe1a2B3c4D5e6F7g8H9i0J1k2L3m4N5o6P7q8l' }],
      [{ site: 'facebook', kind: 'reply', actor: { handle: 'Carla Mendes', name: 'Carla Mendes' }, targetPostId: FB_MY_POST, sourcePostId: '1029384756102938', sourceExcerpt: 'How did you pick the five questions?' }],
      [
        { site: 'facebook', kind: 'like', actor: { handle: 'Lee Park', name: 'Lee Park' }, targetPostId: FB_MY_POST },
        { site: 'facebook', kind: 'like', actor: { handle: 'Omar Haddad', name: 'Omar Haddad' }, targetPostId: FB_MY_POST },
      ],
      [],
    ]);
    expect(facebookReciprocity.sharers).toEqual(['ana.souza', 'ben.carter']);
  });

  it('never takes a post for a notification', () => {
    const post = parsePage(facebookOwnPostPage().html).querySelector(facebookAdapter.postSelector)!;
    expect(reciprocity.readNotification!(post, FB_ME)).toBeUndefined();
  });
});

describe('Facebook own post page (scenario)', () => {
  const page = facebookOwnPostPage();
  const doc = parsePage(page.html);

  it('reads the post with its expected counts', () => {
    const read = Array.from(doc.querySelectorAll(facebookAdapter.postSelector), (root) => facebookAdapter.readPost(root));
    expect(read.map((result) => (result.ok ? { postId: result.post.postId, metrics: result.post.metrics } : result))).toEqual(page.expected);
  });

  it('a comment box answers its post, read from the post or else from the page’s address', () => {
    const submit = doc.querySelector(facebookReciprocity.submit)!;
    expect(submit.matches(reciprocity.composer.submitSelector)).toBe(true);
    const form = submit.closest('form')!;
    expect(form.querySelector(reciprocity.composer.editorSelector)).toBe(doc.querySelector(facebookReciprocity.editor));
    expect(reciprocity.composer.replyTarget(form, doc)).toEqual({ handle: FB_ME, postId: FB_MY_POST });
    const loose = parsePage(`<div>${form.outerHTML}</div>`).querySelector('form')!;
    expect(reciprocity.composer.replyTarget(loose, at(page.url))).toEqual({ handle: FB_ME, postId: FB_MY_POST });
    expect(reciprocity.composer.replyTarget(loose, at('https://www.facebook.com/'))).toBeUndefined();
  });

  it('like and comment buttons are inside the post', () => {
    const post = doc.querySelector(facebookAdapter.postSelector)!;
    expect(post.querySelector(reciprocity.likeSelector)).not.toBeNull();
    expect(post.querySelector(reciprocity.composer.replyButtonSelector)).not.toBeNull();
  });
});

describe('Facebook notifications (fixture)', () => {
  const doc = parsePage(fixtureHtml('facebook/facebook-notifications-built-2026-11-28.html'));
  const me = '100009876543210';

  it('reads a profile.php account', () => {
    expect(reciprocity.readAccount(doc)).toBe(me);
  });

  it('reads notif_t first, else the words; a grouped share of the user’s post names everyone', () => {
    expect(notificationsOf(doc, me).map((items) => items?.map((item) => `${item.kind}:${item.actor.handle}:${item.targetPostId ?? ''}:${item.sourcePostId ?? ''}`))).toEqual([
      ['mention:Kai Lund::2233445566778899'],
      // Unknown notif_t: the French words tell a share.
      ['repost:lucie.contenus::pfbid0LuCiE1a2B3c4D5e6F7g8H9i0J1k2L3m4N5o6P7q8R9s0l'],
      ['repost:Ana Souza:pfbid0MaYa5qUeStIoNs1a2B3c4D5e6F7g8H9i0J1k2L3m4N5o6l:', 'repost:Ben Carter:pfbid0MaYa5qUeStIoNs1a2B3c4D5e6F7g8H9i0J1k2L3m4N5o6l:'],
      // No notif_t nor bold name: the name is what comes before the earliest verb.
      ['reply:Nora Writes:pfbid0MaYa5qUeStIoNs1a2B3c4D5e6F7g8H9i0J1k2L3m4N5o6l:4455667788990011'],
      [],
    ]);
  });

  it('a comment box in a dialog answers the post the dialog shows, not a comment’s link', () => {
    const form = doc.querySelector('[role="dialog"] form')!;
    expect(reciprocity.composer.replyTarget(form, at('https://www.facebook.com/notifications'))).toEqual({
      handle: 'ana.souza',
      postId: 'pfbid0AnAsHaRe1a2B3c4D5e6F7g8H9i0J1k2L3m4N5o6P7q8l',
    });
  });

  it('never throws on odd entries and leaves out the user', () => {
    const odd = parsePage(
      '<a href="https://www.facebook.com/x?notif_id=1&notif_t=story_reshare"><strong>Me Myself</strong> shared your post.</a>' +
        '<a href="http://[bad?notif_id=2">Ana shared your post</a><a href="/y?notif_id=3&notif_t=constructor">?</a>',
    );
    expect(notificationsOf(odd, 'Me Myself')).toEqual([[], [], []]);
    expect(reciprocity.readAccount(parsePage('<div role="navigation"><a href="/friends/">Friends</a></div>'))).toBeUndefined();
  });
});
