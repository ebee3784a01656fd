/**
 * The unit tests that run in process: no build, no browser, no global setup
 * (only the end-to-end tests read the built site). Mutation testing
 * (stryker.config.mjs) runs these, so each mutant is judged in seconds.
 *
 * Left out besides tests/e2e: the benchmarks and scripts tests (they build
 * sites), the layout rules (dependency-cruiser over the tree), and the tests
 * that only run a command as a child process: a child process never has a
 * mutant switched on, so they cost time and can kill nothing. Tests that mix
 * both kinds stay.
 *
 * `UNIT_TESTS` (comma-separated globs) narrows the run to the tests about one
 * module, which a mutation run of that module needs: a mutant of a table
 * read at load time (a static mutant) is run against every test file
 * included, and all of them take an hour where these take minutes.
 * @example npx vitest run --config vitest.unit.config.ts tests/text
 * @example UNIT_TESTS='tests/search/*.test.ts' npm run mutate -- --mutate src/search/terms.ts
 */
import { defineConfig } from 'vitest/config';

const only = process.env.UNIT_TESTS?.split(',').filter(Boolean);

export default defineConfig({
  test: {
    include: only ?? ['tests/**/*.test.ts'],
    exclude: [
      '**/node_modules/**',
      'tests/e2e/**',
      'tests/bench/**',
      'tests/scripts/**',
      'tests/architecture.test.ts',
      'tests/importer/cli.test.ts',
      'tests/importer/cli-batch.test.ts',
      'tests/review/cli.test.ts',
    ],
    testTimeout: 60_000,
    maxWorkers: 2,
  },
});
