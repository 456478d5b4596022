import { defineConfig } from 'wxt';
import { ALL_MATCHES } from './lib/sites/registry';

// `npm run bench:profile` builds an unminified copy beside the real build, so a CPU profile names functions.
const profiling = Boolean(process.env.FEEDCOACH_PROFILE_BUILD);

/** Any https host: the Mastodon server a user adds is asked for at run time, one host at a time. */
const MASTODON_SERVERS = 'https://*/*';

export default defineConfig({
  ...(profiling && { outDir: '.output-prof', vite: () => ({ build: { minify: false } }) }),
  // @wxt-dev/i18n: locales/<language>.yml become _locales/ at build, with typed keys (lib/i18n/messages.ts).
  modules: ['@wxt-dev/module-react', '@wxt-dev/i18n/module'],
  // npm run zip: the Chrome Web Store zip, the Firefox add-ons zip and the sources zip AMO asks for, all named
  // feedcoach-<version>-*.zip. The sources are what a reviewer needs to build (npm install && npm run build:firefox);
  // tests, fixtures, docs and local outputs stay out.
  zip: { excludeSources: ['tests/**', 'docs/**', 'demo-output/**', 'bench-output/**', 'test-results/**', 'playwright-report/**'] },
  hooks: {
    // The toolbar button's title in the browser's language. WXT writes the popup's <title> over a title configured
    // here or in the popup's manifest.default_title meta tag, so it is set once the manifest is generated, for
    // `action` (Manifest V3) and `browser_action` (Manifest V2, the Firefox build) alike.
    'build:manifestGenerated': (_wxt, manifest) => {
      const button = manifest.action ?? manifest.browser_action;
      if (button) button.default_title = '__MSG_extName__';
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    // The browser's own language picks these (the manifest cannot follow the language setting in Settings).
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    // IndexedDB needs no permission; "storage" holds settings, "alarms" the hourly upkeep and the optional daily
    // reminder, "scripting" the content script for Mastodon servers the user adds.
    permissions: ['storage', 'alarms', 'scripting'],
    // Only the supported sites: to start FeedCoach again in their open tabs after an update.
    host_permissions: ALL_MATCHES,
    // Asked for only when the user turns on the daily reminder or adds a Mastodon server. Manifest V2 (the
    // Firefox build) has no optional_host_permissions, and WXT drops that key there: its origins go with the
    // optional permissions instead, or Firefox refuses to ask for a Mastodon server at all.
    ...(manifestVersion === 3
      ? { optional_permissions: ['notifications'], optional_host_permissions: [MASTODON_SERVERS] }
      : { optional_permissions: ['notifications', MASTODON_SERVERS] }),
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        // Firefox keys an add-on's storage by this id. strict_min_version is the oldest Firefox the Firefox suite
        // (npm run test:firefox) runs in: Debian's firefox-esr 153. FeedCoach collects no data at all.
        gecko: { id: 'feedcoach@feedcoach.app', strict_min_version: '153.0', data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
});
