/**
 * The importer on the corpus: OCR pages in the layouts a newspaper prints
 * every week (wire copy, 简讯, 版头 and ads, captions, bylines of two roles,
 * headlines above and below bodies), each with an answer key, and the seed
 * page keyed by its curated entries. These are the bars; the
 * benchmark (`npm run bench -- --import-corpus`) prints every miss.
 */
import { describe, expect, it } from 'vitest';
import { corpusWithSeed } from '../../bench/import-corpus.ts';
import { scoreCorpus, type FieldScore } from '../../tools/corpus-score.ts';

const corpus = corpusWithSeed();
const result = scoreCorpus(corpus);
const share = ({ right, of }: FieldScore) => right / of;

describe('the importer on pages of every layout', () => {
  it('reads at least fourteen pages besides the seed, keyed', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(15);
    expect(corpus.reduce((sum, page) => sum + page.key.articles.length, 0)).toBeGreaterThanOrEqual(50);
  });

  it('refuses no page that holds articles, and finds every printed article', () => {
    expect(result.pages.filter((page) => page.refused).map((page) => `${page.file}: ${page.refused}`)).toEqual([]);
    expect(result.totals.found.right).toBe(result.totals.found.of);
  });

  it('never makes a column label an author', () => {
    expect(result.columnAuthors).toBe(0);
  });

  it('keeps bodies, headlines, cities, dates and authors at their bars', () => {
    expect(share(result.totals.body)).toBeGreaterThanOrEqual(0.95);
    expect(share(result.totals.headline)).toBeGreaterThanOrEqual(0.9);
    expect(share(result.totals.city)).toBe(1);
    expect(share(result.totals.date)).toBeGreaterThanOrEqual(0.95);
    expect(share(result.totals.authors)).toBeGreaterThanOrEqual(0.9);
  });

  it('types figures right (value and unit) with few spurious ones', () => {
    expect(share(result.totals.figures)).toBeGreaterThanOrEqual(0.85);
    expect(result.spuriousFigures / (result.totals.figures.right + result.spuriousFigures)).toBeLessThanOrEqual(0.05);
  });

  it('scores the seed page as its curated entries have it', () => {
    const seed = result.pages.at(-1)!;
    expect(seed.refused).toBeUndefined();
    expect(seed.fields.found.right).toBe(7);
    expect(seed.misses.filter((miss) => !miss.includes('figures:') && !miss.includes('spurious figure'))).toEqual([]);
  });
});
