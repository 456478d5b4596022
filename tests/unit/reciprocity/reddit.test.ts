import { describe, expect, it } from 'vitest';
import { composerOf } from '../../../lib/reciprocity/capture';
import { redditAdapter } from '../../../lib/sites/reddit/adapter';
import { CARLA_COMMENT, CARLA_WORDS, REDDIT_ME, REDDIT_MY_POST, redditReciprocity } from '../../support/feeds/reddit-reciprocity';
import { atUrl, fixtureHtml, parsePage } from '../../support/load-fixture';

const reciprocity = redditAdapter.reciprocity!;

const entries = (doc: Document) =>
  Array.from(doc.querySelectorAll(reciprocity.notificationSelector!), (entry) => reciprocity.readNotification!(entry, REDDIT_ME));

describe('Reddit notifications (built)', () => {
  const doc = parsePage(fixtureHtml('reddit/notifications-and-comments-built-2026-11-28.html'));

  it('reads the signed-in user from the user drawer', () => {
    expect(reciprocity.readAccount(doc)).toBe(REDDIT_ME);
  });

  it('reads a crosspost as a repost, a username mention as a mention, a comment reply as a reply', () => {
    expect(entries(doc)).toEqual([
      [{ site: 'reddit', kind: 'repost', actor: { handle: 'ana_writes' }, sourcePostId: 't3_1xana77', permalink: 'https://www.reddit.com/r/growthmarketing/comments/1xana77/five_questions/' }],
      [{ site: 'reddit', kind: 'mention', actor: { handle: 'devon_ok' }, sourcePostId: 't1_nq9dev1', permalink: 'https://www.reddit.com/r/startups/comments/1xdev11/comment/nq9dev1/' }],
      [{ site: 'reddit', kind: 'reply', actor: { handle: 'carla_cm' }, sourcePostId: 't1_nq3carl', permalink: 'https://www.reddit.com/r/marketing/comments/1xmaya5/five_questions/nq3carl/' }],
      [],
      // A comment whose post is not on the page answers nobody FeedCoach knows.
      [],
    ]);
  });

  it('never takes a post for a notification', () => {
    const feed = parsePage(fixtureHtml('reddit/shreddit-feed-2026-09.html'));
    for (const post of feed.querySelectorAll(redditAdapter.postSelector)) expect(reciprocity.readNotification!(post, REDDIT_ME)).toBeUndefined();
  });

  it('answers the comment a reply box opens in', () => {
    const submit = doc.querySelector(reciprocity.composer.submitSelector)!;
    const container = composerOf(submit, reciprocity.composer.editorSelector)!;
    expect(reciprocity.composer.replyTarget(container, atUrl(doc, 'https://www.reddit.com/r/marketing/comments/1xmaya5/five_questions/'))).toEqual({ handle: 'carla_cm', postId: 't1_nq3carl' });
  });
});

describe('Reddit reciprocity scenario', () => {
  it('finds the two crossposts, and a reply that is not owed a thank-you', () => {
    const doc = parsePage(redditReciprocity.notifications.html);
    expect(reciprocity.readAccount(doc)).toBe(REDDIT_ME);
    const items = entries(doc).flatMap((found) => found ?? []);
    expect(items.map((item) => `${item.kind}:${item.actor.handle}`)).toEqual(['repost:ana_writes', 'repost:ben_builds', 'reply:carla_cm']);
  });

  it('reads a comment under the user’s post with its words (its notification quoted none), and not a reply to someone else', () => {
    const doc = parsePage(redditReciprocity.ownPost.html);
    expect(entries(doc)).toEqual([
      [
        {
          site: 'reddit',
          kind: 'reply',
          actor: { handle: 'carla_cm' },
          sourcePostId: CARLA_COMMENT,
          targetPostId: REDDIT_MY_POST,
          permalink: 'https://www.reddit.com/r/marketing/comments/1xmaya5/we_replaced_our_weekly_metrics_email_with_five/comment/nq3carl/',
          sourceExcerpt: CARLA_WORDS,
        },
      ],
      [],
    ]);
  });

  it('answers the page’s post from the comment box under it', () => {
    const doc = parsePage(redditReciprocity.ownPost.html);
    const submit = doc.querySelector(redditReciprocity.submit)!;
    expect(submit.matches(reciprocity.composer.submitSelector)).toBe(true);
    const container = composerOf(submit, reciprocity.composer.editorSelector)!;
    expect(container.querySelector(reciprocity.composer.editorSelector)).toBe(doc.querySelector(redditReciprocity.editor));
    expect(reciprocity.composer.replyTarget(container, atUrl(doc, redditReciprocity.ownPost.url))).toEqual({ handle: REDDIT_ME, postId: REDDIT_MY_POST });
    expect(reciprocity.composer.replyTarget(container, atUrl(doc, 'https://www.reddit.com/r/marketing/'))).toBeUndefined();
  });

  it('reads the own post with its exact counts and the people its text links', () => {
    const doc = parsePage(redditReciprocity.ownPost.html);
    const read = redditAdapter.readPost(doc.querySelector(redditAdapter.postSelector)!);
    expect(read.ok && { postId: read.post.postId, metrics: read.post.metrics }).toEqual(redditReciprocity.ownPost.expected[0]);
    expect(read.ok && read.post.mentions).toEqual(['lee_reads']);
  });

  it('gives a like and a crosspost only through old.reddit’s light-DOM controls', () => {
    const doc = parsePage(fixtureHtml('reddit/old-reddit-listing-2023-02.html'));
    expect(doc.querySelectorAll(reciprocity.likeSelector).length).toBeGreaterThan(0);
    expect(doc.querySelector(reciprocity.repostSelector)?.closest(redditAdapter.postSelector)).not.toBeNull();
  });
});
