import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` needs no build, browser or Java (`npm run test:unit`);
 * `e2e` builds the seed archive once, serves it and drives Chromium. `npm test`
 * runs both, as CI does.
 */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 240_000,
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/e2e/**'] } },
      // Builds the site once and serves dist/ for the end-to-end tests.
      { extends: true, test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], globalSetup: ['tests/helpers/global-setup.ts'] } },
    ],
  },
});
