import { test as base } from '@playwright/test';
import { launchWithExtension, popupUrl, scrollThrough, serveFeeds, type ExtensionBrowser } from '../support/browser';
import { linkedinFeed } from '../support/feeds/linkedin';
import { expect } from './fixtures';

/** Chromium run in German (`--lang=de`), as a German marketer runs it. */
const test = base.extend<{ extension: ExtensionBrowser }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring
  extension: async ({}, use) => {
    const browser = await launchWithExtension({ lang: 'de' });
    await use(browser);
    await browser.close();
  },
});

/** The LinkedIn demo post with 212 comments, 47 reposts and 1,284 reactions. */
const POST = 'linkedin:7383012345678901248';

test('in a German browser the badge, panel, popup and settings speak German, with German numbers; a language chosen in Settings takes over at once', async ({ extension }) => {
  const { context, extensionId } = extension;
  await serveFeeds(context, [linkedinFeed]);
  const page = await context.newPage();
  await page.goto(linkedinFeed.url);
  await scrollThrough(page);

  const badge = page.locator(`[data-feedcoach-post="${POST}"]`);
  // Named by its depth alone until focused; then every count, as a screen reader says it on the focused badge.
  await expect(badge).toHaveAttribute('aria-label', 'FeedCoach: löst Gespräche aus (Tiefe 54)');
  await badge.focus();
  await expect(badge).toHaveAttribute('aria-label', 'FeedCoach: löst Gespräche aus (Tiefe 54). 212 Antworten, 47 Shares, 1.284 Likes; Follower, Aufrufe, Erwähnungen & Zitate nicht sichtbar');
  expect(await badge.textContent()).toMatch(/ Gespräch$/);
  expect(await badge.getAttribute('title')).toContain('█ 1.284 Likes');

  await badge.click();
  const panel = page.getByTestId('feedcoach-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Löst Gespräche aus · Tiefe 54');
  await expect(panel.getByRole('heading', { level: 3 })).toContainText(['Aufwandsleiter', 'Raten', 'Seit Ihrem letzten Besuch', 'Antwortideen']);
  await expect(panel.getByRole('row', { name: /Likes/ })).toContainText('1.284');
  await expect(panel.getByTestId('use-prompt').first()).toHaveText('Verwenden');
  await expect(panel.getByRole('button', { name: 'FeedCoach-Panel schließen' })).toBeVisible();
  await page.keyboard.press('Escape');

  const popup = await context.newPage();
  await popup.goto(popupUrl(extensionId));
  await expect(popup.getByRole('group', { name: 'Zeitraum' }).getByRole('button')).toHaveText(['Heute', '7 Tage', '30 Tage']);
  await expect(popup.locator('.figures dt')).toHaveText(['Offene Dankeschöns', 'Offene Antworten', 'Gesendeter Dank', 'Gegebene Antworten', 'Gesehene Beiträge']);
  await expect(popup.getByTestId('posts-seen')).toHaveText(String(linkedinFeed.expected.length));
  await expect(popup.getByRole('heading', { name: 'Menschen, denen Sie Aufmerksamkeit schulden' })).toBeVisible();
  await expect(popup.getByRole('link', { name: 'Einstellungen und Ihre Daten' })).toBeVisible();

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('heading', { level: 1 })).toHaveText('FeedCoach-Einstellungen');
  await expect(options).toHaveTitle('FeedCoach-Einstellungen');
  for (const heading of ['Sprache', 'Websites', 'Engagement-Modell', 'Antwortvorlagen', 'Erinnerungen, Verlauf und Aussehen', 'Ihre Daten']) {
    await expect(options.getByRole('heading', { name: heading, exact: true })).toBeVisible();
  }
  await expect(options.getByRole('combobox', { name: 'Sprache' })).toHaveValue('auto');

  // Chosen in Settings: French, over the browser's German, here and in the open tab (its messages come from the background).
  await options.getByRole('combobox', { name: 'Sprache' }).selectOption('fr');
  await expect(options.getByRole('heading', { level: 1 })).toHaveText('Paramètres de FeedCoach');
  await expect(options.getByTestId('language-status')).toHaveText('Enregistré. Langue : Français. Les pages ouvertes suivent aussitôt.');
  await expect(badge).toHaveAttribute('aria-label', /^FeedCoach : lance la conversation \(profondeur 54\)/);
  await badge.focus();
  await expect(badge).toHaveAttribute('aria-label', /^FeedCoach : lance la conversation \(profondeur 54\)\. 212 réponses, 47 partages, 1\u202f284 j’aime/);
  // The panel's code came into the page in German (its own bundle, lib/panel-kit/): opened again, it speaks French too.
  await page.bringToFront();
  await badge.click();
  await expect(panel.getByRole('heading', { level: 3 })).toContainText(['Depuis votre dernière visite']);
  await expect(panel.getByTestId('use-prompt').first()).toHaveText('Utiliser');
  await page.keyboard.press('Escape');
  await popup.reload();
  await expect(popup.locator('.figures dt').last()).toHaveText('Publications vues');
});
