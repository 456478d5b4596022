import { DEMO_FEEDS } from '../support/feeds';
import { linkedinFeed } from '../support/feeds/linkedin';
import { mastodonFeed, mastodonThreadFeed } from '../support/feeds/mastodon';
import type { DemoFeed } from '../support/feeds/types';
import { xHomeFeed } from '../support/feeds/x';
import { youtubeFeed } from '../support/feeds/youtube';
import { scrollThrough, serveFeeds } from '../support/browser';
import { expect, test } from './fixtures';

for (const feed of DEMO_FEEDS) {
  test(`${feed.site}: one overlay per post with the page's counts at ${feed.url}`, async ({ extension }) => {
    await serveFeeds(extension.context, DEMO_FEEDS);
    const page = await extension.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(feed.url);
    await scrollThrough(page);

    const overlays = page.locator('[data-feedcoach-post]');
    await expect(overlays).toHaveCount(feed.expected.length);
    for (const post of feed.expected) {
      const host = page.locator(`[data-feedcoach-post="${feed.site}:${post.postId}"]`);
      await expect(host).toHaveCount(1);
      expect(JSON.parse((await host.getAttribute('data-feedcoach-metrics'))!)).toEqual(post.metrics);
    }

    // Scrolling the whole feed again re-reads every post and must not add a second overlay anywhere.
    await scrollThrough(page);
    await expect(overlays).toHaveCount(feed.expected.length);
    expect(errors).toEqual([]);
  });
}

const x = xHomeFeed();
const linkedin = linkedinFeed;
/** A LinkedIn demo post by its author's name: the activity id of the post the name first appears in. */
const byName = (name: string) => {
  const start = linkedin.html.lastIndexOf('data-id="urn:li:activity:', linkedin.html.indexOf(name)) + 'data-id="urn:li:activity:'.length;
  const postId = /^\d+/.exec(linkedin.html.slice(start))![0];
  return linkedin.expected.find((post) => post.postId === postId)!;
};

/** What a badge says, as a person reads it: its word beside the bars, and its label in words. */
const labelCases: [string, DemoFeed, (feed: DemoFeed) => string[], string, RegExp][] = [
  ['Mastodon home shows only replies: no post is called a conversation on one reply', mastodonFeed(), (feed) => feed.expected.map((post) => post.postId), 'not enough shown', /not enough shown/],
  ["a thread's main post with 1.2K boosts and 4.8K favourites and no reply count is not applause", mastodonThreadFeed(), () => ['113555000000000011'], 'not enough shown', /^FeedCoach: not enough shown\. at least 1,200 shares, at least 4,800 likes/],
  ['a LinkedIn post with 1 share and 2 likes is not amplified', linkedin, () => [byName('Ben Adeyemi').postId], 'not enough shown', /not enough shown/],
  ['an X ad with 900 replies is a conversation, not applause', x, (feed) => [feed.expected[5]!.postId], 'conversation', /^FeedCoach: sparking conversation \(depth 43\)\. 900 replies/],
];

for (const [title, feed, posts, word, name] of labelCases) {
  test(`labels: ${title}`, async ({ extension }) => {
    await serveFeeds(extension.context, [feed]);
    const page = await extension.context.newPage();
    await page.goto(feed.url);
    await scrollThrough(page);
    for (const postId of posts(feed)) {
      const badge = page.locator(`[data-feedcoach-post="${feed.site}:${postId}"]`);
      // The word beside the bars, or, where the row is too narrow for it, only the bars and the word on hover.
      await badge.hover();
      const [text, hover] = await badge.evaluate((host) => [host.textContent ?? '', host.getAttribute('title') ?? '']);
      if (text.includes(' ')) expect(text).toMatch(new RegExp(` ${word}$`));
      expect(hover.split('\n')[0]!.toLowerCase()).toMatch(new RegExp(`^(${word}|sparking ${word})`));
      await expect(badge).toHaveAccessibleName(name);
    }
  });
}

test('panel: LinkedIn\'s "12,408 followers" is read, rates are per 1,000 followers beside the LinkedIn median, depth is explained, and reach states its assumption', async ({ extension }) => {
  await serveFeeds(extension.context, [linkedin]);
  const page = await extension.context.newPage();
  await page.goto(linkedin.url);
  const northwind = byName('Northwind Analytics');
  await page.locator(`[data-feedcoach-post="linkedin:${northwind.postId}"]`).click();
  const panel = page.getByTestId('feedcoach-panel');
  await expect(panel.locator('tr[data-level="followers"] td.num')).toHaveText('12,408');
  // 36 comments and 2,481 reactions by 12,408 followers.
  await expect(panel.locator('[data-rate="conversation"]')).toHaveText('2.9 per 1,000 followers');
  await expect(panel.locator('[data-rate="engagement-by-followers"]')).toHaveText('20.3%');
  await expect(panel.getByTestId('baseline')).toHaveText('Engagement by followers is 11× the LinkedIn median (1.85%).');
  await expect(panel).not.toContainText('per post');
  await expect(panel.getByTestId('depth-explained')).toHaveText(/^Depth \d+ of 100: the share of the weighted engagement that people wrote rather than clicked, from 36 replies and 2,481 likes/);

  await page.keyboard.press('Escape');
  const maya = linkedin.expected[0]!;
  await page.locator(`[data-feedcoach-post="linkedin:${maya.postId}"]`).click();
  await expect(panel.getByTestId('amplification')).toHaveText('Reach: ≈ 9,400 people reached through 47 shares, assuming 200 followers per sharer. Change it in Settings');
  const settings = extension.context.waitForEvent('page');
  await panel.getByTestId('change-assumption').click();
  const settingsPage = await settings;
  expect(settingsPage.url()).toBe(`chrome-extension://${extension.extensionId}/options.html#weight-followersPerSharer`);
  // The field only exists once the settings are read: the page itself brings it into view and gives it the focus.
  const field = settingsPage.getByLabel('Followers per sharer');
  await expect(field).toBeFocused();
  await expect(field).toBeInViewport();
  await expect(field).toHaveValue('200');
});

test("panel: YouTube's \"48K subscribers\" under the video are the channel's followers on its own comment, with rates per 1,000 followers", async ({ extension }) => {
  await serveFeeds(extension.context, [youtubeFeed]);
  const page = await extension.context.newPage();
  await page.goto(youtubeFeed.url);
  const channelComment = youtubeFeed.expected[0]!;
  expect(channelComment.metrics.followers).toBe(48000);
  await page.locator(`[data-feedcoach-post="youtube:${channelComment.postId}"]`).click();
  const panel = page.getByTestId('feedcoach-panel');
  await expect(panel.locator('tr[data-level="followers"] td.num')).toHaveText('≥ 48,000');
  // 12 replies and 1,234 likes by at least 48,000 subscribers.
  await expect(panel.locator('[data-rate="conversation"]')).toHaveText('0.3 per 1,000 followers');
  await expect(panel.locator('[data-rate="applause"]')).toHaveText('26 per 1,000 followers');
  await expect(panel.locator('[data-rate="engagement-by-followers"]')).toHaveText('2.6%');
  await page.keyboard.press('Escape');

  // Another viewer's comment is not the channel's: no follower count is invented for it.
  const viewerComment = youtubeFeed.expected.find((post) => post.metrics.followers === undefined && post.metrics.replies)!;
  await page.locator(`[data-feedcoach-post="youtube:${viewerComment.postId}"]`).click();
  await expect(panel.locator('tr[data-level="followers"] td.num')).toHaveText('not shown');
});
