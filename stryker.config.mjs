// @ts-check
/**
 * Mutation testing of the pure modules with the unit tests
 * (vitest.unit.config.ts): `npm run mutate` runs it on all of them,
 * `npm run mutate -- --mutate src/text/units.ts` on one. Too slow for every
 * CI run; its summary is in docs/benchmarks.md ("Mutation testing").
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.unit.config.ts' },
  mutate: [
    // The text rules, the model, and search ranking, terms, excerpts, records and parts.
    'src/text/**/*.ts',
    'src/model/**/*.ts',
    'src/search/{rank,terms,excerpt,record,parts}.ts',
    // The importer's steps and the page library (moving to src/page/); the command itself only reads and writes.
    'src/importer/**/*.ts',
    '!src/importer/cli.ts',
    'src/page/**/*.ts',
  ],
  // Only tests that cover a mutant run against it.
  coverageAnalysis: 'perTest',
  // The machine is shared: at most two test processes.
  concurrency: 2,
  timeoutMS: 30_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  ignorePatterns: ['dist', '.astro', 'bench-out', 'reports', 'test-results', 'docs/screenshots'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
