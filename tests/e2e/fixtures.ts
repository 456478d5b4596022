import { test as base } from '@playwright/test';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser';

/** A test with its own Chromium, the built extension loaded in a fresh profile. */
export const test = base.extend<{ extension: ExtensionBrowser }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring
  extension: async ({}, use) => {
    const browser = await launchWithExtension();
    await use(browser);
    await browser.close();
  },
});

export { expect } from '@playwright/test';
