import { beforeAll, describe, expect, inject, it } from 'vitest';
import { resolve } from 'node:path';
import { loadArticles } from '../helpers/content.ts';
import {
  answeringSlugs,
  compoundQueries,
  EVERYDAY_TERMS,
  measureCompoundQuality,
  measureSearchQuality,
  randomQueries,
  searchDocument,
  searchInSite,
  siteSearch,
  type SiteSearch,
} from '../../bench/search-quality.ts';

const site = inject('siteUrl');
const { articles } = loadArticles();
const documents = articles.map(searchDocument);
let page: SiteSearch;

beforeAll(async () => {
  page = await siteSearch(site, resolve('dist'));
});

describe('search quality on the seed archive', () => {
  it('finds every article that contains a random 2–6 character substring, and only those', async () => {
    const queries = randomQueries(documents, 400, 20250422);
    expect(queries.length).toBe(400);
    const report = await measureSearchQuality(page, documents, queries);
    expect(report.misses.slice(0, 5)).toEqual([]);
    expect(report.recall).toBe(1);
    expect(report.precision).toBe(1);
  });

  it('finds exactly what substring logic finds for compound queries: random pairs from one and from two articles with AND, OR, exclusion and 标题:', async () => {
    const queries = compoundQueries(documents, 200, 20250422);
    expect(queries).toHaveLength(200);
    // Not all trivially empty or full.
    const sizes = queries.map((query) => answeringSlugs(documents, query).length);
    expect(sizes.filter((size) => size > 0 && size < documents.length).length).toBeGreaterThan(100);
    const report = await measureCompoundQuality(page, documents, queries);
    expect(report.misses.slice(0, 5).map((miss) => `${miss.query}: expected ${miss.expected.length}, found ${miss.found.length}`)).toEqual([]);
    expect(report.recall).toBe(1);
    expect(report.precision).toBe(1);
  });

  it('finds numbers only where the text prints them, not in the dates of the records', async () => {
    const report = await measureSearchQuality(page, documents, ['04', '22', '18', '2025']);
    expect(report.misses).toEqual([]);
  });

  it('finds everyday terms, mixed Chinese and Latin included, exactly', async () => {
    const report = await measureSearchQuality(page, documents, EVERYDAY_TERMS);
    expect(report.misses).toEqual([]);
  });

  it('ranks first the article whose headline holds the term', async () => {
    for (const [query, slug] of [
      ['危险废物', ['xinzhou-2025-04-21-jubanweixian', 'changzhi-2025-04-18-kaizhanweixian']],
      ['蓝天', ['jinzhong-2025-04-22-xietonggongjian']],
      ['尾矿库', ['xinzhou-2025-04-21-jubanweixian']],
    ] as const) {
      const [found] = await searchInSite(page, [query]);
      expect(slug, query).toContain(found![0]);
    }
  });

  it('ranks first the article where the term occurs far more often', async () => {
    for (const query of ['湿地', '高平', '煤矸石', '油烟']) {
      const counts = documents
        .map((doc) => ({
          slug: doc.slug,
          count: doc.text.split(query).length - 1,
          inHeadline: doc.text
            .split('\n')
            .slice(0, 3)
            .some((l) => l.includes(query)),
        }))
        .filter((c) => c.count > 0)
        .sort((a, b) => b.count - a.count);
      expect(counts[0]!.count, query).toBeGreaterThanOrEqual(2 * (counts[1]?.count ?? 0));
      const [found] = await searchInSite(page, [query]);
      expect(found![0], query).toBe(counts[0]!.slug);
    }
  });
});
