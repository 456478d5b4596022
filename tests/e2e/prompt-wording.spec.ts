// What a person reads in the built extension's reply ideas (issue 17 "Prompts", issue 16 point 2): the
// author's side on their own post, and thank-yous that name each sharer the way the site notifies them.
import { serveFeeds } from '../support/browser';
import { linkedinNotificationsPage } from '../support/feeds/linkedin-reciprocity';
import { xNotificationsPage, xOwnPostPage } from '../support/feeds/x-reciprocity';
import { expect, test } from './fixtures';

const ARGUMENT = /differently|push back|counter-argument|devil|caveat|conclusion/i;

test('X, the user’s own post: prompts take the author’s side, never argue with the author or name them', async ({ extension }) => {
  const own = xOwnPostPage();
  await serveFeeds(extension.context, [own]);
  const page = await extension.context.newPage();
  await page.goto(own.url);
  await page.locator(`[data-feedcoach-post="x:${own.expected[0]!.postId}"]`).click();
  const prompts = page.getByTestId('reply-prompt');
  await expect(prompts.first()).toBeVisible();
  for (const prompt of await prompts.all()) {
    await expect(prompt).toHaveAttribute('data-situation', 'own-post');
    const text = (await prompt.textContent())!;
    expect(text).toMatch(/thank|grateful/i);
    expect(text).not.toMatch(ARGUMENT);
    expect(text).not.toMatch(/Maya Brooks|@maya/i);
  }
});

test('X notifications: one thank-you names both sharers by @handle, so X notifies them', async ({ extension }) => {
  const notifications = xNotificationsPage();
  await serveFeeds(extension.context, [notifications]);
  const page = await extension.context.newPage();
  await page.goto(notifications.url);
  await page.getByTestId('feedcoach-thanks').click();
  const prompts = page.getByTestId('reply-prompt');
  await expect(prompts.first()).toBeVisible();
  for (const prompt of await prompts.all()) await expect(prompt).toContainText('@ana_writes and @ben_builds');
  await expect(page.getByTestId('prompt-hint')).toHaveCount(0);
});

test('LinkedIn notifications: the thank-you names people as LinkedIn tags them, and says how to tag', async ({ extension }) => {
  const notifications = linkedinNotificationsPage();
  await serveFeeds(extension.context, [notifications]);
  const page = await extension.context.newPage();
  await page.goto(notifications.url);
  await page.getByTestId('feedcoach-thanks').first().click();
  const prompt = page.getByTestId('reply-prompt').first();
  await expect(prompt).toBeVisible();
  expect(await prompt.textContent()).not.toContain('@');
  await expect(page.getByTestId('prompt-hint').first()).toHaveText(/^LinkedIn notifies .* type @ and the first letters, then pick .+ from the list\.$/);
});
