import { readFileSync } from 'node:fs';
import { popupUrl, scrollThrough, serveFeeds } from '../support/browser';
import { xHomeFeed } from '../support/feeds/x';
import { expect, test } from './fixtures';

const home = xHomeFeed();

test('weights: a wrong value is explained and not saved, a right one is saved and changes the badges', async ({ extension }) => {
  const options = await extension.context.newPage();
  await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
  const likes = options.getByLabel('Like', { exact: true });
  await likes.fill('lots');
  await options.getByRole('button', { name: 'Save weights' }).click();
  await expect(options.locator('#weight-likes-hint')).toHaveText('"lots" is not a number.');
  await expect(likes).toHaveAttribute('aria-invalid', 'true');
  await expect(likes).toHaveValue('lots'); // what the user typed is kept

  await likes.fill('0');
  await options.getByLabel('Reply', { exact: true }).fill('10');
  await options.getByRole('button', { name: 'Save weights' }).click();
  await expect(options.getByTestId('settings-status')).toHaveText('Saved.');

  // 2 replies, 2 shares and 57 likes is applause by default (depth 20); with likes worth nothing and a reply worth 10,
  // 2 replies (20) against 2 shares (6) is conversation.
  await serveFeeds(extension.context, [home]);
  const page = await extension.context.newPage();
  await page.goto(home.url);
  expect(home.expected[16]!.metrics).toMatchObject({ replies: 2, reposts: 2, likes: 57 });
  await expect(page.locator(`[data-feedcoach-post="x:${home.expected[16]!.postId}"]`)).toHaveAccessibleName(/sparking conversation/);
});

test('data: export, delete with confirmation, a bad file changes nothing, and the export restores everything', async ({ extension }) => {
  await serveFeeds(extension.context, [home]);
  const page = await extension.context.newPage();
  await page.goto(home.url);
  await scrollThrough(page);
  const popup = await extension.context.newPage();
  await popup.goto(popupUrl(extension.extensionId));
  await expect(popup.getByTestId('posts-seen')).toHaveText(String(home.expected.length));

  const options = await extension.context.newPage();
  await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
  const download = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export everything (JSON)' }).click();
  const exported = readFileSync((await (await download).path())!, 'utf8');
  expect(JSON.parse(exported)).toMatchObject({ format: 'feedcoach-export' });
  expect(JSON.parse(exported).tables.posts).toHaveLength(home.expected.length);

  await options.getByLabel('Import a FeedCoach export (JSON)').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') });
  await expect(options.getByTestId('data-status')).toContainText('notes.json was not imported');
  await popup.reload();
  await expect(popup.getByTestId('posts-seen')).toHaveText(String(home.expected.length));

  await options.getByRole('button', { name: 'Delete all data…' }).click();
  await options.getByRole('button', { name: 'Keep my data' }).click();
  await popup.reload();
  await expect(popup.getByTestId('posts-seen')).toHaveText(String(home.expected.length));
  await options.getByRole('button', { name: 'Delete all data…' }).click();
  await options.getByRole('button', { name: 'Yes, delete all data' }).click();
  await expect(options.getByTestId('data-status')).toContainText('Deleted all');
  await popup.reload();
  await expect(popup.getByTestId('posts-seen')).toHaveText('0');

  await options.getByLabel('Import a FeedCoach export (JSON)').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await expect(options.getByTestId('data-status')).toContainText('Imported backup.json');
  await popup.reload();
  await expect(popup.getByTestId('posts-seen')).toHaveText(String(home.expected.length));
});
