import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { popupUrl, scrollThrough, serveFeeds, type ExtensionBrowser } from '../support/browser';
import { RECIPROCITY_SCENARIOS } from '../support/feeds/reciprocity';
import { xHomeFeed } from '../support/feeds/x';
import { expect, test } from './fixtures';

const home = xHomeFeed();

async function openOptions(extension: ExtensionBrowser): Promise<Page> {
  const options = await extension.context.newPage();
  await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
  await expect(options.getByRole('heading', { name: 'Sites' })).toBeVisible();
  return options;
}

/** Scrolls X's home feed, then opens the popup once it counts every post as seen. */
async function browseHomeFeed(extension: ExtensionBrowser): Promise<Page> {
  await serveFeeds(extension.context, [home]);
  const page = await extension.context.newPage();
  await page.goto(home.url);
  await scrollThrough(page);
  const popup = await extension.context.newPage();
  await popup.goto(popupUrl(extension.extensionId));
  await expect(popup.getByTestId('posts-seen')).toHaveText(String(home.expected.length));
  return popup;
}

test('weights: a wrong value is explained and not saved, a right one is saved and changes the badges', async ({ extension }) => {
  const options = await openOptions(extension);
  const likes = options.getByLabel('Like', { exact: true });
  await likes.fill('lots');
  await options.getByRole('button', { name: 'Save weights' }).click();
  await expect(options.locator('#weight-likes-hint')).toHaveText('"lots" is not a number.');
  await expect(likes).toHaveAttribute('aria-invalid', 'true');
  await expect(likes).toHaveValue('lots'); // what the user typed is kept
  await expect(options.getByTestId('weights-status')).toHaveText('Not saved: one field needs a change (see above).');

  await likes.fill('0');
  await options.getByLabel('Reply', { exact: true }).fill('10');
  await options.getByRole('button', { name: 'Save weights' }).click();
  await expect(options.getByTestId('weights-status')).toHaveText('Saved. Badges use these weights from now on.');

  // 2 replies, 2 shares and 57 likes is applause by default (depth 20); with likes worth nothing and a reply worth 10,
  // 2 replies (20) against 2 shares (6) is conversation.
  await serveFeeds(extension.context, [home]);
  const page = await extension.context.newPage();
  await page.goto(home.url);
  expect(home.expected[16]!.metrics).toMatchObject({ replies: 2, reposts: 2, likes: 57 });
  await expect(page.locator(`[data-feedcoach-post="x:${home.expected[16]!.postId}"]`)).toHaveAccessibleName(/sparking conversation/);
});

test('saving says so beside the button, the word clears, and "Saved." never stands beside an error', async ({ extension }) => {
  const options = await openOptions(extension);
  const status = options.getByTestId('weights-status');
  await options.getByLabel('Share / repost', { exact: true }).fill('4');
  await options.getByRole('button', { name: 'Save weights' }).click();
  await expect(status).toHaveText('Saved. Badges use these weights from now on.');
  // A later mistake replaces the confirmation at once.
  await options.getByLabel('Share / repost', { exact: true }).fill('-2');
  await options.getByRole('button', { name: 'Save weights' }).click();
  await expect(status).toHaveText('Not saved: one field needs a change (see above).');
  await expect(options.locator('#weight-shares-hint')).toHaveText('Use a number from 0 to 1,000.');
  await expect(options.getByText('Saved.', { exact: false })).toHaveCount(0);

  // A confirmation goes away on its own.
  await options.getByLabel('Share / repost', { exact: true }).fill('5');
  await options.getByRole('button', { name: 'Save weights' }).click();
  await expect(status).toHaveText('Saved. Badges use these weights from now on.');
  await expect(status).toHaveText('', { timeout: 8000 });

  // Retention's answer is where the user pressed Save, not at the top of the page.
  const retention = options.getByLabel('Keep each post’s count history for (days, 0 = always)');
  await retention.fill('90');
  await retention.press('Enter');
  await expect(options.getByTestId('retention-status')).toHaveText('Saved. Count history older than 90 days is dropped within the hour.');
  await retention.fill('ninety');
  await retention.press('Enter');
  await expect(options.getByTestId('retention-status')).toHaveText('Not saved: the number of days needs a change.');
  await expect(options.locator('#retention-hint')).toHaveText('"ninety" is not a number.');

  // Back to defaults saves: the defaults are what a fresh page shows.
  await options.getByRole('button', { name: 'Back to defaults' }).click();
  await expect(status).toHaveText('Back to the default weights, and saved.');
  await options.reload();
  await expect(options.getByLabel('Share / repost', { exact: true })).toHaveValue('3');
  await expect(options.getByLabel('Keep each post’s count history for (days, 0 = always)')).toHaveValue('90');
});

test('turning a site off takes FeedCoach off its open tabs, and turning it on brings it back without a reload', async ({ extension }) => {
  await serveFeeds(extension.context, [home]);
  const page = await extension.context.newPage();
  await page.goto(home.url);
  const badges = page.locator('[data-feedcoach-post]');
  await expect(badges.first()).toBeVisible();
  const shown = await badges.count();
  expect(shown).toBeGreaterThan(0);
  await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));

  const options = await openOptions(extension);
  const x = options.getByRole('checkbox', { name: 'X' });
  await x.uncheck();
  await expect(options.getByTestId('sites-status')).toHaveText('Saved. FeedCoach is off for X and has left its open tabs.');
  await expect(badges).toHaveCount(0);

  await x.check();
  await expect(options.getByTestId('sites-status')).toHaveText('Saved. FeedCoach is on for X, in tabs already open too.');
  await expect(badges).toHaveCount(shown);
  await expect(badges.first()).toHaveAccessibleName(/.+/);
  // The same page, never reloaded.
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
});

test('the delete confirmation has the focus on "Keep my data": Enter keeps everything, Escape closes it', async ({ extension }) => {
  const popup = await browseHomeFeed(extension);

  const options = await openOptions(extension);
  const open = options.getByRole('button', { name: 'Delete all data…' });
  await open.click();
  await expect(options.getByRole('button', { name: 'Keep my data' })).toBeFocused();
  await options.keyboard.press('Enter');
  await expect(open).toBeFocused();
  await open.press('Enter');
  await expect(options.getByRole('alertdialog')).toBeVisible();
  await options.keyboard.press('Escape');
  await expect(options.getByRole('alertdialog')).toHaveCount(0);
  await expect(open).toBeFocused();
  await popup.reload();
  await expect(popup.getByTestId('posts-seen')).toHaveText(String(home.expected.length));
});

test('data: export, delete with confirmation, a bad file changes nothing, and the export restores everything, settings included', async ({ extension }) => {
  const popup = await browseHomeFeed(extension);

  // Settings worth keeping: a weight, a site turned off, and a prompt of the user's own.
  const options = await openOptions(extension);
  await options.getByLabel('Reply', { exact: true }).fill('12');
  await options.getByRole('button', { name: 'Save weights' }).click();
  await expect(options.getByTestId('weights-status')).toHaveText(/^Saved/);
  await options.getByRole('checkbox', { name: 'Reddit' }).uncheck();
  await options.getByLabel('Your own prompt for this situation').fill('Thanks for passing it on, {name}!');
  await options.getByRole('button', { name: 'Add prompt' }).click();
  await expect(options.getByTestId('templates-status')).toHaveText('Saved. Your prompt is offered for this situation.');

  const download = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export everything (JSON)' }).click();
  const exported = readFileSync((await (await download).path())!, 'utf8');
  const json = JSON.parse(exported) as { format: string; settings: { weights: { replies: number }; disabledSites: string[] }; tables: { posts: unknown[] } };
  expect(json.format).toBe('feedcoach-export');
  expect(json.tables.posts).toHaveLength(home.expected.length);
  expect(json.settings.weights.replies).toBe(12);
  expect(json.settings.disabledSites).toEqual(['reddit']);

  await options.getByLabel('Import a FeedCoach export (JSON)').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') });
  await expect(options.getByTestId('data-status')).toContainText('notes.json was not imported');
  await popup.reload();
  await expect(popup.getByTestId('posts-seen')).toHaveText(String(home.expected.length));

  await options.getByRole('button', { name: 'Delete all data…' }).click();
  await options.getByRole('button', { name: 'Yes, delete all data' }).click();
  await expect(options.getByTestId('data-status')).toContainText('Deleted all');
  await popup.reload();
  await expect(popup.getByTestId('posts-seen')).toHaveText('0');

  // Settings changed since the export: restoring the backup brings the exported ones back.
  await options.getByRole('button', { name: 'Back to defaults' }).click();
  await options.getByRole('checkbox', { name: 'Reddit' }).check();
  await options.getByRole('button', { name: 'Delete your template: Thanks for passing it on, {name}!' }).click();
  await expect(options.getByText('Thanks for passing it on, {name}!')).toHaveCount(0);

  // The backup also lists a Mastodon server, which this browser has not allowed yet.
  const backup = JSON.parse(exported) as { settings: { mastodonInstances: string[] } };
  backup.settings.mastodonInstances = ['fosstodon.org'];
  await options.getByLabel('replace what is here, settings included (restore a backup)').check();
  await options.getByLabel('Import a FeedCoach export (JSON)').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
  await expect(options.getByTestId('data-status')).toHaveText('Imported backup.json: it replaced what was here. Your settings are the file’s now.');
  await expect(options.getByLabel('Reply', { exact: true })).toHaveValue('12');
  await expect(options.getByRole('checkbox', { name: 'Reddit' })).not.toBeChecked();
  await expect(options.getByText('Thanks for passing it on, {name}!')).toBeVisible();
  await expect(options.locator('.servers li')).toHaveText(/^fosstodon\.org not allowed yet/);
  await expect(options.getByRole('button', { name: 'Allow FeedCoach on fosstodon.org' })).toBeVisible();
  await popup.reload();
  await expect(popup.getByTestId('posts-seen')).toHaveText(String(home.expected.length));
});

test('popup: the same person on several sites is one line in "owe attention" and one "Same person?" question, never a first-name guess', async ({ extension }) => {
  const scenarios = RECIPROCITY_SCENARIOS.filter((scenario) => ['x', 'bluesky', 'mastodon', 'facebook', 'youtube'].includes(scenario.site));
  await serveFeeds(
    extension.context,
    scenarios.map((scenario) => scenario.notifications),
  );
  const page = await extension.context.newPage();
  const popup = await extension.context.newPage();
  await popup.goto(popupUrl(extension.extensionId));
  for (const scenario of scenarios) {
    await page.goto(scenario.notifications.url);
    // Each site's sharers are recorded as thanks owed before the next site is opened.
    await expect.poll(async () => (await popup.reload(), Number(await popup.getByTestId('thanks-owed').textContent())), { timeout: 15_000 }).toBeGreaterThanOrEqual(2 * (scenarios.indexOf(scenario) + 1));
  }
  await popup.reload();
  const people = popup.getByTestId('top-people');
  await expect(people.getByRole('listitem').filter({ hasText: 'Ana Souza' })).toHaveCount(1);
  await expect(people.getByRole('listitem').filter({ hasText: 'Ana Souza' })).toContainText('probably one person');
  await expect(people.getByRole('listitem').filter({ hasText: 'Ben Carter' })).toHaveCount(1);

  const questions = popup.getByTestId('link-suggestions');
  // Three questions at a time, the people on the most sites first: Ben, Carla and Lee are on five, Ana on four
  // (YouTube's @ana.creates is not her). Answering Lee's brings hers up.
  await expect(questions.locator('li.link-group')).toHaveCount(3);
  const lee = questions.locator('li.link-group').filter({ hasText: '@lee_reads' });
  await lee.getByRole('button', { name: 'Link as one person' }).click();
  const ana = questions.locator('li.link-group').filter({ hasText: '@ana_writes' });
  await expect(ana).toHaveCount(1);
  await expect(ana).toContainText('@ana.bsky.social on Bluesky');
  await expect(ana).toContainText('@ana.souza on Facebook');
  // YouTube's @ana.creates shows no name and shares only "ana" with her: not proposed.
  await expect(questions).not.toContainText('@ana.creates');
  await popup.screenshot({ path: test.info().outputPath('popup-same-person.png'), fullPage: true });
  await ana.getByRole('button', { name: 'Link as one person' }).click();
  await expect(questions.locator('li.link-group').filter({ hasText: '@ana_writes' })).toHaveCount(0);
  await expect(people.getByRole('listitem').filter({ hasText: 'Ana Souza' })).not.toContainText('probably one person');
});
