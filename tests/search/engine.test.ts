import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { generateArchive } from '../../scripts/generate-archive.ts';
import { checkArticles } from '../../src/checks/content-check.ts';
import { writeSearchIndex } from '../../src/integrations/search-index.ts';
import { chunksForPrefix, readFacetIndex, readPartMetadata } from '../../src/search/pagefind-files.ts';
import { indexPartPath } from '../../src/search/parts.ts';
import { articleText, recordTerms, type ArticleText } from '../../src/search/record.ts';
import { normalizeSearchText } from '../../src/search/terms.ts';
import { bodyText } from '../../src/text/markdown.ts';
import { makeBuildDir } from '../../tools/build.ts';
import { serveStatic } from '../../tools/static-server.ts';
import { mulberry32 } from '../../tools/random.ts';
import { indexSearch, type SiteSearch } from '../../bench/search-quality.ts';
import type { CheckedArticle } from '../../src/model/entry.ts';

// 150 generated articles indexed as the build indexes them, in parts of 50
// (src/search/parts.ts), searched in Node as the search page searches.
const root = makeBuildDir('engine-');
let articles: CheckedArticle[];
let texts: Map<string, ArticleText>;
let parts: { id: string; articles: number }[];
let server: Awaited<ReturnType<typeof serveStatic>>;
let site: SiteSearch;

beforeAll(async () => {
  generateArchive({ count: 150, dir: join(root, 'articles'), seed: 3 });
  articles = checkArticles(join(root, 'articles')).articles;
  texts = new Map(articles.map((a) => [a.slug, articleText(a.data, bodyText(a.body), `/articles/${a.slug}/`)]));
  ({ parts } = await writeSearchIndex(articles, join(root, 'site'), join(root, 'cache'), '/', { part: 50, recent: 50 }));
  server = await serveStatic(join(root, 'site'));
  site = indexSearch(join(root, 'site'), parts.map(({ id }) => ({ id, path: `${server.url}${indexPartPath(id)}` })));
}, 240_000);
afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

/** The articles whose text (headline block, paragraphs, place names) contains the query, as the index normalises it. */
function containing(query: string): string[] {
  const needle = normalizeSearchText(query).toLowerCase();
  return [...texts]
    .filter(([, text]) => [text.title, text.kicker, text.subtitle, text.column, ...text.body.split('\n'), ...text.place].some((line) => line && normalizeSearchText(line).toLowerCase().includes(needle)))
    .map(([slug]) => slug)
    .sort();
}

const found = async (query: string) => (await site.engine.byRelevance(normalizeSearchText(query))).map(site.slugOf).sort();

describe("Pagefind's index files as the search page reads them", () => {
  it('lists each part’s pages in the order the articles were added, oldest first, with their records’ lengths', () => {
    expect(parts.map((part) => part.articles)).toEqual([50, 50, 50]);
    const oldestFirst = [...articles].sort((a, b) => a.data.date.localeCompare(b.data.date) || a.slug.localeCompare(b.slug));
    parts.forEach(({ id }, p) => {
      const folder = join(root, 'site', indexPartPath(id));
      const meta = readdirSync(folder).find((name) => name.endsWith('.pf_meta'))!;
      const { pages, chunks, filterFiles } = readPartMetadata(gunzipSync(readFileSync(join(folder, meta))));
      const expected = oldestFirst.slice(p * 50, p * 50 + 50).map((a) => texts.get(a.slug)!);
      expect(pages.map((page) => (JSON.parse(readFileSync(join(folder, 'text', `${page.id}.json`), 'utf8')) as ArticleText).url)).toEqual(expected.map((text) => text.url));
      expect(pages.map((page) => page.wordCount)).toEqual(expected.map((text) => recordTerms(text).length));
      for (let i = 1; i < chunks.length; i++) expect(chunks[i - 1]!.to < chunks[i]!.from, `${chunks[i - 1]!.to} < ${chunks[i]!.from}`).toBe(true);
      const facets = [...filterFiles.values()].map((file) => readFacetIndex(gunzipSync(readFileSync(join(folder, 'filter', `${file}.pf_filter`)))));
      const cities = facets.find((facet) => facet.facet === 'city')!;
      expect([...cities.values.values()].flat().sort((a, b) => a - b)).toEqual(pages.map((_, i) => i));
    });
  });

  it('names the chunks a prefix’s words may lie in', () => {
    const chunks = [
      { from: '阳', to: '阳泉蓝' },
      { from: '阳泉蓝天', to: '阴' },
      { from: '阴天', to: '龙' },
    ];
    expect(chunksForPrefix(chunks, '阳泉')).toEqual(chunks.slice(0, 2));
    expect(chunksForPrefix(chunks, '龙')).toEqual(chunks.slice(2));
    expect(chunksForPrefix(chunks, '𠀀')).toEqual([]);
  });
});

describe('the search on a real index', () => {
  it('finds exactly the articles that contain a random substring of 1 to 9 characters', async () => {
    const random = mulberry32(11);
    const all = [...texts.values()];
    for (let n = 0; n < 60; n++) {
      const text = all[Math.floor(random() * all.length)]!;
      const chars = [...normalizeSearchText(text.body)];
      const length = 1 + Math.floor(random() * 9);
      const start = Math.floor(random() * Math.max(1, chars.length - length));
      const query = chars.slice(start, start + length).join('');
      expect(await found(query), query).toEqual(containing(query));
    }
  });

  it('finds every word of a one-character prefix, whatever index chunks its words fill', async () => {
    for (const query of ['生', '环', '的', '。', '2', 'a']) expect(await found(query), query).toEqual(containing(query));
  });

  it('finds nothing for a character no article prints, nor for the halves of a query apart', async () => {
    expect(await found('❤')).toEqual([]);
    expect(await found('生态环境❤')).toEqual([]);
    expect(await found('鹳鹳鹳鹳鹳鹳')).toEqual(containing('鹳鹳鹳鹳鹳鹳'));
  });

  it('keeps to the chosen facet values and counts them over the hits', async () => {
    const hits = await site.engine.byRelevance('生态');
    const counts = await site.engine.facetCounts(hits);
    const cityOf = (slug: string) => texts.get(slug)!.city;
    const expected: Record<string, number> = {};
    for (const slug of hits.map(site.slugOf)) expected[cityOf(slug)] = (expected[cityOf(slug)] ?? 0) + 1;
    expect(Object.fromEntries(Object.entries(counts.city!).filter(([, n]) => n > 0))).toEqual(expected);
    const inTaiyuan = (await site.engine.byRelevance('生态', { city: ['太原'] })).map(site.slugOf);
    expect(inTaiyuan.sort()).toEqual(hits.map(site.slugOf).filter((slug) => cityOf(slug) === '太原').sort());
  });

  it('searches by date newest part first, each part newest first', async () => {
    const order: string[] = [];
    for await (const hits of site.engine.byDate('生态')) order.push(...hits.map((hit) => texts.get(site.slugOf(hit))!.date));
    expect(order).toEqual([...order].sort().reverse());
    expect(order).toHaveLength(containing('生态').length);
  });
});
