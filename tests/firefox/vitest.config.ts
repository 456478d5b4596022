import { defineConfig } from 'vitest/config';

/** `npm run test:firefox`: the built Firefox add-on in Debian's firefox-esr, one Firefox per test file. */
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    // Two cores shared: one Firefox at a time, each file's tests in order against its one Firefox.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
