/**
 * The importer's accuracy, field by field: `npm run bench -- --import-corpus`.
 *
 * Imports every page of the corpus (tests/importer/corpus/: OCR pages in the
 * layouts a newspaper prints every week, each with an answer key) and the
 * seed page (its key is its curated entries), and prints, per field, how many
 * of the key's cases the import got right. Appends the table to
 * docs/benchmarks.md unless told not to.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { curatedKey, FIELDS, percent, readCorpus, scoreCorpus, type AnswerKey } from '../tools/corpus-score.ts';
import { checkArticles } from '../src/checks/content-check.ts';
import { archiveLayout } from '../src/archive/layout.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CORPUS_DIR = join(ROOT, 'tests/importer/corpus');

/** The corpus with the seed page, keyed by its curated entries. */
export function corpusWithSeed(): { key: AnswerKey; bytes: Uint8Array }[] {
  const seed = archiveLayout({}, ROOT);
  const { articles } = checkArticles(seed.articles);
  const seedFile = articles[0]!.data.source.file;
  return [...readCorpus(CORPUS_DIR), { key: curatedKey(seedFile, articles), bytes: readFileSync(join(seed.sources, basename(seedFile))) }];
}

/** Runs the benchmark, prints its table, and appends it to docs/benchmarks.md unless `append` is false. */
export function importCorpusMain(options: { append: boolean }): void {
  const corpus = corpusWithSeed();
  const result = scoreCorpus(corpus);
  const articles = corpus.reduce((sum, page) => sum + page.key.articles.length, 0);
  const proposed = result.totals.figures.right + result.spuriousFigures;
  const rows = FIELDS.map((field) => `| ${field} | ${result.totals[field].right} / ${result.totals[field].of} | ${percent(result.totals[field])} |`);
  const table = [
    `Import corpus, ${new Date().toISOString().slice(0, 10)}: ${corpus.length} pages, ${articles} printed articles; ${result.refused} page(s) refused; ${result.columnAuthors} column label(s) as an author; ${result.spuriousFigures} spurious figure(s) of ${proposed} proposed (${percent({ right: result.spuriousFigures, of: proposed })}).`,
    '',
    '| field | right | share |',
    '| --- | --- | --- |',
    ...rows,
  ].join('\n');
  console.log(table);
  for (const page of result.pages) for (const miss of page.misses) console.log(`  ${miss}`);
  if (options.append) appendFileSync(join(ROOT, 'docs/benchmarks.md'), `\n${table}\n`);
}
