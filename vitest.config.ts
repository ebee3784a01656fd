import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` needs no build, browser or Java (`npm run test:unit`);
 * `e2e` builds sites: the seed archive once, served for Chromium, and the
 * tests that build archives of their own (the benchmark harness, `npm run
 * check`'s type check). `npm test` runs both, as CI does.
 */
/** Tests outside tests/e2e that build a site or type-check one. */
const BUILDS = ['tests/bench/harness.test.ts', 'tests/scripts/check.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 240_000,
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/e2e/**', ...BUILDS] } },
      // Builds the site once and serves dist/ for the end-to-end tests.
      { extends: true, test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts', ...BUILDS], globalSetup: ['tests/helpers/global-setup.ts'] } },
    ],
  },
});
