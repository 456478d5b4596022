import { defineConfig } from 'vitest/config';

/** `npm run test:zip`, after `npm run zip`: what the stores would receive. */
export default defineConfig({
  test: {
    include: ['tests/zip/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
  },
});
