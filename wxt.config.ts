import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: 'FeedCoach',
    description:
      'See which posts start conversations, not just applause, and give back to the people who engage with you. Everything stays on your device.',
    // IndexedDB needs no permission; "storage" holds settings.
    permissions: ['storage'],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        // Firefox keys an add-on's storage by this id; FeedCoach collects no data at all.
        gecko: { id: 'feedcoach@feedcoach.app', strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
});
