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
  // Every count in words from the start: a screen reader's browse mode reads it with no focus on the badge.
  await expect(badge).toHaveAttribute('aria-label', 'FeedCoach: löst Gespräche aus (Tiefe 54). 212 Antworten, 47 Shares, 1.284 Likes; Follower, Aufrufe, Erwähnungen & Zitate nicht sichtbar');
  expect(await badge.textContent()).toMatch(/ Gespräch$/);
  await badge.hover(); // the hover text is written when someone hovers or focuses the badge
  await expect(badge).toHaveAttribute('title', /█ 1\.284 Likes/);

  await badge.click();
  const panel = page.getByTestId('feedcoach-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Löst Gespräche aus · Tiefe 54');
  await expect(panel.getByRole('heading', { level: 3 })).toContainText(['Aufwandsleiter', 'Raten', 'Seit Ihrem letzten Besuch', 'Antwortideen']);
  await expect(panel.getByRole('row', { name: /Likes/ })).toContainText('1.284');
  await expect(panel.getByTestId('amplification')).toHaveText('Reichweite: ≈ 9.400 Personen über 47 Shares erreicht, bei angenommenen 200 Followern pro teilender Person. In den Einstellungen ändern');
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
  const read = linkedinFeed.expected.length;
  await expect(popup.getByTestId('site-health')).toContainText(`LinkedIn: ${read} von ${read} Beiträgen gelesen.`);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('heading', { level: 1 })).toHaveText('FeedCoach-Einstellungen');
  await expect(options).toHaveTitle('FeedCoach-Einstellungen');
  for (const heading of ['Sprache', 'Websites', 'Engagement-Modell', 'Antwortvorlagen', 'Erinnerungen, Verlauf und Aussehen', 'Ihre Daten']) {
    await expect(options.getByRole('heading', { name: heading, exact: true })).toBeVisible();
  }
  await expect(options.getByRole('combobox', { name: 'Sprache', exact: true })).toHaveValue('auto');

  // Chosen in Settings: French, over the browser's German, here and in the open tab (its messages come from the background).
  await options.getByRole('combobox', { name: 'Sprache', exact: true }).selectOption('fr');
  await expect(options.getByRole('heading', { level: 1 })).toHaveText('Paramètres de FeedCoach');
  await expect(options.getByTestId('language-status')).toHaveText('Enregistré. Langue : Français. Les pages ouvertes suivent aussitôt.');
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

test('in a German browser the settings’ data and reply-prompt sections speak German, and so does an import that refuses a file', async ({ extension }) => {
  const options = await extension.context.newPage();
  // Listening for the file chooser turns on its interception, which takes a round trip: started before the page
  // loads, it is on long before Enter (started just before the key, the chooser was once missed).
  const chooser = options.waitForEvent('filechooser');
  await options.goto(`chrome-extension://${extension.extensionId}/options.html`);

  const data = options.getByRole('region', { name: 'Ihre Daten' });
  await expect(data.locator('button')).toHaveText(['Alles exportieren (JSON)', 'Beiträge (CSV)', 'Konto (CSV)', 'Alle Daten löschen…']);
  await expect(data.getByRole('group', { name: 'Beim Importieren' })).toContainText('das Vorhandene ersetzen, Einstellungen eingeschlossen (eine Sicherung wiederherstellen)');
  // The import is a button in FeedCoach's words (the browser's file input, whose "Choose file" is the browser's, is out
  // of sight): Tab reaches it from the import's mode, it shows its focus, and Enter opens the file chooser.
  const importer = data.getByLabel('Einen FeedCoach-Export importieren (JSON)');
  expect((await importer.boundingBox())?.width).toBeLessThanOrEqual(1);
  const importButton = data.locator('label.button', { hasText: 'Einen FeedCoach-Export importieren (JSON)' });
  await expect(importButton).toBeVisible();
  await data.getByRole('radio', { checked: true }).focus();
  await options.keyboard.press('Tab');
  await expect(importer).toBeFocused();
  await expect(importButton).toHaveCSS('outline-style', 'solid');
  await options.keyboard.press('Enter');
  await (await chooser).setFiles({ name: 'notizen.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') });
  await expect(data.getByTestId('data-status')).toHaveText(
    'notizen.json wurde nicht importiert. Das ist kein FeedCoach-Export: Es ist eine andere JSON-Datei (ihr fehlt das Feld "format": "feedcoach-export").',
  );
  await data.getByRole('button', { name: 'Alle Daten löschen…' }).click();
  await expect(data.getByRole('alertdialog')).toContainText('Das lässt sich nicht rückgängig machen');
  await data.getByRole('button', { name: 'Meine Daten behalten' }).click();

  const templates = options.getByRole('region', { name: 'Antwortvorlagen' });
  await expect(templates.getByRole('combobox', { name: 'Anlass' }).locator('option:checked')).toHaveText('Jemand hat Ihren Beitrag geteilt');
  const promptLanguage = templates.getByRole('combobox', { name: 'Sprache der Vorlagen' });
  await expect(promptLanguage.locator('option')).toHaveText(['English', 'Español', 'Deutsch', 'Français']);
  // German prompts first, in the language FeedCoach speaks.
  await expect(promptLanguage).toHaveValue('de');
  await expect(templates.getByRole('checkbox').first()).toBeChecked();
  await expect(templates.locator('ul.templates li').first()).toHaveText('Danke fürs Teilen, {mention}! Was hat dich daran angesprochen?');
  await expect(templates.locator('p.hint').first()).toContainText('Verwenden Sie in Ihren eigenen {name} (ihren Namen)');
  const own = templates.getByLabel('Ihre eigene Vorlage für diesen Anlass');
  await own.fill('Danke fürs Teilen, {nam}!');
  await templates.getByRole('button', { name: 'Vorlage hinzufügen' }).click();
  await expect(templates.getByRole('alert')).toHaveText('Unbekannte Variable {nam}: Vorlagen können {name}, {handle}, {topic} und {mention} verwenden.');
  await own.fill('Danke fürs Teilen, {name}!');
  await templates.getByRole('button', { name: 'Vorlage hinzufügen' }).click();
  await expect(templates.getByTestId('templates-status')).toHaveText('Gespeichert. Ihre Vorlage wird für diesen Anlass angeboten.');
  await templates.getByRole('button', { name: 'Ihre Vorlage löschen: Danke fürs Teilen, {name}!' }).click();
  await expect(templates.getByTestId('templates-status')).toHaveText('Ihre Vorlage wurde gelöscht.');
});

test('the popup’s period buttons each stay on one line and inside the popup, in every language FeedCoach speaks', async ({ extension }) => {
  const { context, extensionId } = extension;
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const popup = await context.newPage();
  const labels = {
    fr: { name: 'Français', words: ['Aujourd’hui', '7 jours', '30 jours'] },
    es: { name: 'Español', words: ['Hoy', '7 días', '30 días'] },
    de: { name: 'Deutsch', words: ['Heute', '7 Tage', '30 Tage'] },
    en: { name: 'English', words: ['Today', '7 days', '30 days'] },
  };
  for (const [language, { name, words }] of Object.entries(labels)) {
    await options.locator('#language').selectOption(language);
    await expect(options.getByTestId('language-status')).toContainText(name);
    await popup.goto(popupUrl(extensionId));
    const buttons = popup.locator('header [role="group"] button');
    await expect(buttons).toHaveText(words);
    // A label's text makes one line box per line it takes; each button ends within the popup's width.
    const lines = await buttons.evaluateAll((all) =>
      all.map((button) => {
        const range = document.createRange();
        range.selectNodeContents(button);
        return { lines: new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size, inside: button.getBoundingClientRect().right <= document.body.clientWidth };
      }),
    );
    expect(lines, language).toEqual(words.map(() => ({ lines: 1, inside: true })));
  }
});
