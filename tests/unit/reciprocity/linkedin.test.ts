import { describe, expect, it } from 'vitest';
import { composerOf, startCapture, type GivenRecord } from '../../../lib/reciprocity/capture';
import { linkedinAdapter } from '../../../lib/sites/linkedin/adapter';
import { fixtureHtml, parsePage } from '../../support/load-fixture';
import { LEE_COMMENT, LEE_WORDS, LINKEDIN_ME, LINKEDIN_MY_POST_ID, linkedinReciprocity } from '../../support/feeds/linkedin-reciprocity';
import { userClick } from '../user-events';

const reciprocity = linkedinAdapter.reciprocity!;

function notifications(doc: Document, me: string) {
  return Array.from(doc.querySelectorAll(reciprocity.notificationSelector!), (card) => reciprocity.readNotification!(card, me));
}

const brief = (items: ReturnType<typeof notifications>) =>
  items.map((entry) => entry?.map((item) => `${item.kind}:${item.actor.handle}:${item.actor.name ?? ''}`));

describe('LinkedIn reciprocity scenario', () => {
  const page = parsePage(linkedinReciprocity.notifications.html);

  it('finds the signed-in account in the "Me" menu on both pages', () => {
    expect(reciprocity.readAccount(page)).toBe(LINKEDIN_ME);
    expect(reciprocity.readAccount(parsePage(linkedinReciprocity.ownPost.html))).toBe(LINKEDIN_ME);
  });

  it('reads two reposts (thanks owed), a comment, a like and an impressions card with nothing to record', () => {
    const items = notifications(page, LINKEDIN_ME);
    expect(brief(items)).toEqual([
      ['repost:ana-souza-writes:Ana Souza'],
      ['repost:ben-carter-b2:Ben Carter'],
      ['reply:lee-park:Lee Park'],
      ['like:omar-haddad:Omar Haddad'],
      [],
    ]);
    expect(items[0]![0]).toMatchObject({
      permalink: 'https://www.linkedin.com/feed/update/urn:li:activity:7398222222222222222/',
      targetExcerpt: expect.stringMatching(/^We replaced our weekly metrics email/),
    });
    expect(items.flat().map((item) => item!.actor.handle)).toEqual(expect.arrayContaining([...linkedinReciprocity.sharers]));
  });

  it('reads the own post with exactly the expected counts', () => {
    const doc = parsePage(linkedinReciprocity.ownPost.html);
    const read = Array.from(doc.querySelectorAll(linkedinAdapter.postSelector), (post) => linkedinAdapter.readPost(post));
    expect(read.map((result) => result.ok && { postId: result.post.postId, metrics: result.post.metrics })).toEqual(linkedinReciprocity.ownPost.expected);
  });

  it('records a thank-you comment on the own post as a reply to the user that names the sharer', () => {
    document.documentElement.innerHTML = parsePage(linkedinReciprocity.ownPost.html).documentElement.innerHTML;
    const given: GivenRecord[] = [];
    const stop = startCapture(linkedinAdapter as Parameters<typeof startCapture>[0], document, {
      me: () => LINKEDIN_ME,
      isThanks: (text) => /thank/i.test(text),
      record: (record) => given.push(record),
    });
    document.querySelector(linkedinReciprocity.editor)!.textContent = 'Thank you @ana-souza-writes for sharing it!';
    userClick(document.querySelector(linkedinReciprocity.submit)!);
    stop();
    expect(given.map((record) => record.item)).toEqual([
      { site: 'linkedin', kind: 'reply', to: [{ handle: 'ana-souza-writes' }], targetPostId: LINKEDIN_MY_POST_ID, thanks: true, text: 'Thank you @ana-souza-writes for sharing it!' },
    ]);
  });
});

describe('LinkedIn comments that answer the user (their words, which notifications do not quote)', () => {
  it('reads a comment under the user’s own post with its words; the notification of it had none', () => {
    const notified = notifications(parsePage(linkedinReciprocity.notifications.html), LINKEDIN_ME).flat().find((item) => item?.actor.handle === 'lee-park');
    expect(notified?.sourceExcerpt).toBeUndefined();
    const onPage = notifications(parsePage(linkedinReciprocity.ownPost.html), LINKEDIN_ME);
    expect(onPage).toEqual([
      [{ site: 'linkedin', kind: 'reply', actor: { handle: 'lee-park', name: 'Lee Park' }, sourcePostId: LEE_COMMENT, permalink: notified!.permalink, sourceExcerpt: LEE_WORDS }],
    ]);
  });

  it('reads a reply to the user’s comment under someone else’s post, and nothing else under it', () => {
    const doc = parsePage(`<div class="feed-shared-update-v2" role="article" data-urn="urn:li:activity:7491111111111111111">
<div class="update-components-actor__container"><a class="update-components-actor__meta-link" href="https://www.linkedin.com/in/pat-operator/"><span class="update-components-actor__title">Pat</span></a></div>
<div class="update-components-text">A post.</div><div class="social-details-social-counts"><ul><li class="social-details-social-counts__reactions"><button data-reaction-details="" aria-label="12 reactions" type="button">12</button></li></ul></div>
<article class="comments-comment-entity" data-id="urn:li:comment:(activity:7491111111111111111,7491111111111111201)"><div class="comments-comment-meta__actor"><a href="https://www.linkedin.com/in/${LINKEDIN_ME}">Maya</a></div><span class="comments-comment-item__main-content">My take.</span>
<article class="comments-comment-entity" data-id="urn:li:comment:(activity:7491111111111111111,7491111111111111202)"><div class="comments-comment-meta__actor"><a href="https://www.linkedin.com/in/sam-ray">Sam</a></div><span class="comments-comment-item__main-content">Why so?</span></article></article>
<article class="comments-comment-entity" data-id="urn:li:comment:(activity:7491111111111111111,7491111111111111203)"><div class="comments-comment-meta__actor"><a href="https://www.linkedin.com/in/kim-lo">Kim</a></div><span class="comments-comment-item__main-content">Nice, Pat.</span></article></div>`);
    expect(brief(notifications(doc, LINKEDIN_ME))).toEqual([[], ['reply:sam-ray:Sam'], []]);
  });
});

describe('LinkedIn notification cards (built from the 2026-07 captures)', () => {
  const doc = parsePage(fixtureHtml('linkedin/reciprocity-built-2026-11-28.html'));

  it('tells kinds apart by LinkedIn’s own type first, then by headline words outside the actor’s name', () => {
    const items = notifications(doc, 'pat-operator');
    expect(brief(items)).toEqual([
      ['mention:nathan-beck:Nathan B.'],
      ['reply:mara-lopez:Mara L.'],
      [],
      ['repost:jonas-becker:Jonas Becker'],
      ['like:eve-tricks:Eve reposted your post and mentioned you'],
      [],
      [],
      // Malena's comment under Pat's post answers Pat (its words are not in this capture).
      ['reply:malena-mir-garcia:Malena M.'],
    ]);
    expect(items[0]![0]).toEqual({
      site: 'linkedin',
      kind: 'mention',
      actor: { handle: 'nathan-beck', name: 'Nathan B.' },
      sourcePostId: '7486876176196509697',
      permalink: 'https://www.linkedin.com/feed/update/urn:li:activity:7486876176196509697/',
      targetExcerpt: 'Most fundraising advice tells you how to raise. Almost none of it tells you when.',
    });
    expect(items[3]![0]).toMatchObject({ permalink: 'https://www.linkedin.com/feed/update/urn:li:activity:7490000000000000001/', targetExcerpt: 'Five questions we now ask every customer.' });
  });

  it('never takes a feed post for a notification, and never throws on a bare card', () => {
    for (const page of ['linkedin/legacy-feed-2025-08.html', 'linkedin/sdui-feed-2026-09.html', 'linkedin/reciprocity-built-2026-11-28.html']) {
      const posts = parsePage(fixtureHtml(page)).querySelectorAll(linkedinAdapter.postSelector);
      expect(posts.length).toBeGreaterThan(0);
      for (const post of posts) expect(reciprocity.readNotification!(post, 'pat-operator')).toBeUndefined();
    }
    const bare = parsePage('<article class="nt-card"><a class="nt-card__headline" href="http://[bad"></a></article>').querySelector('article')!;
    expect(reciprocity.readNotification!(bare, '')).toEqual([]);
  });

  it('reads the people a post’s text links to as its mentions', () => {
    const post = doc.querySelector('div.feed-shared-update-v2')!;
    const read = linkedinAdapter.readPost(post);
    expect(read.ok && read.post.mentions).toEqual(['ana-souza-writes', 'northwind-analytics']);
  });

  it('finds each comment box’s target: the post, or the comment it sits in (Ember and SDUI)', () => {
    const { editorSelector, submitSelector, replyTarget } = reciprocity.composer;
    const targets = Array.from(doc.querySelectorAll(submitSelector), (submit) => {
      const container = composerOf(submit, editorSelector)!;
      return { text: container.querySelector(editorSelector)?.textContent, target: replyTarget(container, doc) };
    });
    expect(targets).toEqual([
      { text: 'Thanks all', target: { handle: 'pat-operator', postId: '7491111111111111111' } },
      { text: 'Thank you!', target: { handle: 'malena-mir-garcia', postId: '7491111111111111111' } },
      { text: 'great point!', target: { handle: 'janedoe', postId: '7492222222222222222' } },
    ]);
  });

  it('knows the like, repost and comment buttons', () => {
    expect(Array.from(doc.querySelectorAll(reciprocity.likeSelector), (button) => button.getAttribute('aria-label'))).toEqual([
      'React Like',
      'Reaction button state: no reaction',
    ]);
    expect(doc.querySelectorAll(reciprocity.repostSelector)).toHaveLength(1);
    expect(doc.querySelectorAll(reciprocity.composer.replyButtonSelector)).toHaveLength(2);
  });
});
