import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'FeedCoach',
    description:
      'See which posts start conversations, not just applause, and give back to the people who engage with you. Everything stays on your device.',
    // IndexedDB needs no permission; "storage" holds settings.
    permissions: ['storage'],
  },
});
