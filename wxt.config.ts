import { defineConfig } from 'wxt';
import { ALL_MATCHES } from './lib/sites/registry';

// `npm run bench:profile` builds an unminified copy beside the real build, so a CPU profile names functions.
const profiling = Boolean(process.env.FEEDCOACH_PROFILE_BUILD);

export default defineConfig({
  ...(profiling && { outDir: '.output-prof', vite: () => ({ build: { minify: false } }) }),
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: 'FeedCoach',
    description:
      'See which posts start conversations, not just applause, and give back to the people who engage with you. Everything stays on your device.',
    // IndexedDB needs no permission; "storage" holds settings, "alarms" the hourly upkeep and the optional daily
    // reminder, "scripting" the content script for Mastodon servers the user adds.
    permissions: ['storage', 'alarms', 'scripting'],
    // Only the supported sites: to start FeedCoach again in their open tabs after an update.
    host_permissions: ALL_MATCHES,
    // Asked for only when the user turns on the daily reminder or adds a Mastodon server.
    optional_permissions: ['notifications'],
    optional_host_permissions: ['https://*/*'],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        // Firefox keys an add-on's storage by this id; FeedCoach collects no data at all.
        gecko: { id: 'feedcoach@feedcoach.app', strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
});
