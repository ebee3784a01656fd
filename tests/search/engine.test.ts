import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { generateArchive } from '../../scripts/generate-archive.ts';
import { checkArticles } from '../../src/checks/content-check.ts';
import { writeSearchIndex } from '../../src/integrations/search-index.ts';
import { chunkPages, chunksForPrefix, readFacetIndex, readIndexChunk, readPartMetadata } from '../../src/search/pagefind-files.ts';
import { articleIndexParts, indexPartPath } from '../../src/search/parts.ts';
import { parseQuery } from '../../src/search/query.ts';
import { ArchiveSearch, searchOrder, type PartRef } from '../../src/search/client/engine.ts';
import { PagefindParts } from '../../src/search/client/pagefind.ts';
import { articleText, recordTerms, type ArticleText } from '../../src/search/record.ts';
import { normalizeSearchText, TERM_LENGTH } from '../../src/search/terms.ts';
import { bodyText } from '../../src/text/markdown.ts';
import { makeBuildDir } from '../../tools/build.ts';
import { serveStatic } from '../../tools/static-server.ts';
import { mulberry32 } from '../../tools/random.ts';
import { compoundQueries, indexSearch, measureCompoundQuality, searchDocument, type SiteSearch } from '../../bench/search-quality.ts';
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
  site = indexSearch(
    join(root, 'site'),
    parts.map(({ id }) => ({ id, path: `${server.url}${indexPartPath(id)}` })),
  );
}, 240_000);
afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

/** The articles whose text (headline block, paragraphs, place names) contains the query, as the index normalises it. */
function containing(query: string): string[] {
  const needle = normalizeSearchText(query).toLowerCase();
  return [...texts]
    .filter(([, text]) =>
      [text.title, text.kicker, text.subtitle, text.column, ...text.body.split('\n'), ...text.place].some(
        (line) => line && normalizeSearchText(line).toLowerCase().includes(needle),
      ),
    )
    .map(([slug]) => slug)
    .sort();
}

/** What the engine finds for one word, exactly as given (normalised as the index is, no punctuation trimmed). */
const found = async (query: string) =>
  (await site.engine.byRelevance({ groups: [[{ text: normalizeSearchText(query), headline: false }]], excluded: [] })).map(site.slugOf).sort();

/** Opens parts as the search page does, noting which. */
class NotingParts extends PagefindParts {
  readonly paths: string[] = [];
  override open(path: string) {
    this.paths.push(path);
    return super.open(path);
  }
}

/** A search of the index whose parts carry their date spans, as the search page names them, and the parts it opened. */
function datedSearch(): { engine: ArchiveSearch; parts: PartRef[]; opened: string[] } {
  const dated = articleIndexParts(articles, (a) => a.slug, 50, 50).map(({ id, items }) => ({
    id,
    path: `${server.url}${indexPartPath(id)}`,
    first: items[0]!.data.date,
    last: items.at(-1)!.data.date,
  }));
  const loader = new NotingParts();
  return { engine: new ArchiveSearch(dated, loader), parts: dated, opened: loader.paths };
}

describe("Pagefind's index files as the search page reads them", () => {
  it('lists each part’s pages in the order the articles were added, oldest first, with their records’ lengths', () => {
    // The older parts of whole months, at most 50 articles each; recent the newest 50.
    expect(parts.at(-1)).toEqual({ id: 'recent', articles: 50 });
    expect(parts.reduce((sum, part) => sum + part.articles, 0)).toBe(150);
    for (const part of parts) expect(part.articles).toBeLessThanOrEqual(50);
    const oldestFirst = [...articles].sort((a, b) => a.data.date.localeCompare(b.data.date) || a.slug.localeCompare(b.slug));
    const starts = parts.map((_, p) => parts.slice(0, p).reduce((sum, part) => sum + part.articles, 0));
    parts.forEach(({ id, articles: count }, p) => {
      const folder = join(root, 'site', indexPartPath(id));
      const meta = readdirSync(folder).find((name) => name.endsWith('.pf_meta'))!;
      const { pages, chunks, filterFiles } = readPartMetadata(gunzipSync(readFileSync(join(folder, meta))));
      const expected = oldestFirst.slice(starts[p], starts[p]! + count).map((a) => texts.get(a.slug)!);
      expect(pages.map((page) => (JSON.parse(readFileSync(join(folder, 'text', `${page.id}.json`), 'utf8')) as ArticleText).url)).toEqual(
        expected.map((text) => text.url),
      );
      expect(pages.map((page) => page.wordCount)).toEqual(expected.map((text) => recordTerms(text).length));
      for (let i = 1; i < chunks.length; i++) expect(chunks[i - 1]!.to < chunks[i]!.from, `${chunks[i - 1]!.to} < ${chunks[i]!.from}`).toBe(true);
      const facets = [...filterFiles.values()].map((file) => readFacetIndex(gunzipSync(readFileSync(join(folder, 'filter', `${file}.pf_filter`)))));
      const cities = facets.find((facet) => facet.facet === 'city')!;
      expect([...cities.values.values()].flat().sort((a, b) => a - b)).toEqual(pages.map((_, i) => i));
    });
  });

  it('reads each page and position of the index chunks: every term where the record has it, and nothing else', () => {
    expect(
      chunkPages([
        [2, [-25, 12, 394, 64]],
        [3, [-25, 7, -13, 5, 2]],
      ]),
    ).toEqual([
      { page: 2, positions: [12, 406, 470] },
      { page: 5, positions: [7, 5, 7] },
    ]);
    const folder = join(root, 'site', indexPartPath(parts[0]!.id));
    const { pages, chunks } = readPartMetadata(
      gunzipSync(
        readFileSync(
          join(
            folder,
            readdirSync(folder).find((name) => name.endsWith('.pf_meta'))!,
          ),
        ),
      ),
    );
    const records = pages.map((page) =>
      recordTerms(JSON.parse(readFileSync(join(folder, 'text', `${page.id}.json`), 'utf8')) as ArticleText).map((term) => term.toLowerCase()),
    );
    let terms = 0;
    for (const chunk of chunks) {
      for (const { word, length, pages: ofWord } of readIndexChunk(gunzipSync(readFileSync(join(folder, 'index', `${chunk.file}.pf_index`))))) {
        if (length !== TERM_LENGTH) continue;
        for (const { page, positions } of ofWord)
          for (const position of positions) expect(records[page]![position], `${word} at ${page}:${position}`).toBe(word);
        terms += ofWord.reduce((sum, { positions }) => sum + positions.length, 0);
      }
    }
    // And every term of every record is there (the padding aside).
    expect(terms).toBe(records.flat().filter((term) => term !== '\uE000').length);
  });

  it('names the chunks a prefix’s words may lie in', () => {
    const chunks = [
      { from: '阳', to: '阳泉蓝', file: 'a' },
      { from: '阳泉蓝天', to: '阴', file: 'b' },
      { from: '阴天', to: '龙', file: 'c' },
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

  it('finds short words across digits, letters and punctuation exactly: never by the pieces Pagefind splits a term into', async () => {
    // Pagefind also indexes 2.5浓 as 5浓 at 2.5浓's position, and falls back from 天10 to 天 where no word starts with 天10.
    for (const query of ['10天', '天10', '5浓', '2.5', 'M2', '.5', '0年', '年2', '3%', '%，', 'A级', '级企'])
      expect(await found(query), query).toEqual(containing(query));
  });

  it('finds nothing for a character no article prints, nor for the halves of a query apart', async () => {
    expect(await found('❤')).toEqual([]);
    expect(await found('生态环境❤')).toEqual([]);
    expect(await found('鹳鹳鹳鹳鹳鹳')).toEqual(containing('鹳鹳鹳鹳鹳鹳'));
  });

  it('keeps to the chosen facet values and counts them over the hits', async () => {
    const hits = await site.engine.byRelevance(parseQuery('生态'));
    const counts = await site.engine.facetCounts(hits, ['city']);
    const cityOf = (slug: string) => texts.get(slug)!.city;
    const expected: Record<string, number> = {};
    for (const slug of hits.map(site.slugOf)) expected[cityOf(slug)] = (expected[cityOf(slug)] ?? 0) + 1;
    expect(Object.fromEntries(Object.entries(counts.city!).filter(([, n]) => n > 0))).toEqual(expected);
    const inTaiyuan = (await site.engine.byRelevance(parseQuery('生态'), { facets: { city: ['太原'] } })).map(site.slugOf);
    expect(inTaiyuan.sort()).toEqual(
      hits
        .map(site.slugOf)
        .filter((slug) => cityOf(slug) === '太原')
        .sort(),
    );
  });

  it('searches by date newest part first, each part newest first', async () => {
    const order: string[] = [];
    for await (const hits of site.engine.byDate(parseQuery('生态'))) order.push(...hits.map((hit) => texts.get(site.slugOf(hit))!.date));
    expect(order).toEqual([...order].sort().reverse());
    expect(order).toHaveLength(containing('生态').length);
  });
});

describe('compound queries on a real index', () => {
  it('finds exactly what substring logic finds for random pairs with AND, OR, exclusion, 标题: and quoted phrases', async () => {
    const documents = articles.map(searchDocument);
    const queries = compoundQueries(documents, 80, 5);
    expect(queries).toHaveLength(80);
    const report = await measureCompoundQuality(site, documents, queries);
    expect(report.misses.slice(0, 3).map((miss) => `${miss.query}: expected ${miss.expected.length}, found ${miss.found.length}`)).toEqual([]);
    expect(report.recall).toBe(1);
    expect(report.precision).toBe(1);
    // The pairs are not all trivially empty or full.
    const sizes = await Promise.all(queries.map(async (query) => (await site.engine.byRelevance(parseQuery(query.query))).length));
    expect(sizes.filter((size) => size > 0).length).toBeGreaterThan(40);
    expect(sizes.filter((size) => size < articles.length / 2).length).toBeGreaterThan(40);
  });

  it('searches the longest word first', () => {
    expect(searchOrder(parseQuery('阳泉 尾矿库 生态环境局 OR 水').groups)).toEqual([1, 0, 2]);
  });

  it('finds nothing for exclusions alone', async () => {
    expect(await site.engine.byRelevance(parseQuery('-生态'))).toEqual([]);
  });

  it('gives each found group its occurrences, in the query order', async () => {
    const [hit] = await site.engine.byRelevance(parseQuery('生态 标题:生态'));
    expect(hit!.match.groups).toHaveLength(2);
    expect(hit!.match.groups[1]!.every((occurrence) => occurrence.start < 320)).toBe(true);
    expect(hit!.match.groups[0]!.length).toBeGreaterThanOrEqual(hit!.match.groups[1]!.length);
  });
});

describe('a search narrowed to printed pages and a date range', () => {
  it('keeps to the printed pages asked for', async () => {
    const byPage = Map.groupBy(articles, (a) => a.data.source.file);
    const [file, printed] = [...byPage].sort((a, b) => b[1].length - a[1].length)[0]!;
    const onPage = printed.map((a) => a.slug);
    expect(onPage.length).toBeGreaterThan(1);
    const within = (await site.engine.byRelevance(parseQuery('的'), { pages: [file] })).map(site.slugOf).sort();
    expect(within).toEqual(containing('的').filter((slug) => onPage.includes(slug)));
    expect(await site.engine.byRelevance(parseQuery('的'), { pages: ['no-such-page.txt'] })).toEqual([]);
  });

  it('keeps to the range, both ends included, and reads no part that holds no article in it', async () => {
    const { engine, parts, opened } = datedSearch();
    const newest = parts.at(-1)!;
    // A range inside the newest part: from its first article's date on.
    const range = { from: newest.first! };
    const hits = await engine.byRelevance(parseQuery('生态'), { range });
    expect(opened.every((path) => path === newest.path)).toBe(true);
    const expected = containing('生态').filter((slug) => texts.get(slug)!.date >= range.from);
    expect(hits.map(site.slugOf).sort()).toEqual(expected);
    // A range across two parts, cut inside each: the dates decide, not the parts.
    const middle = parts[1]!;
    const across = { from: parts[0]!.last!, to: middle.first! };
    const between = (await engine.byRelevance(parseQuery('生态'), { range: across })).map(site.slugOf).sort();
    expect(between).toEqual(containing('生态').filter((slug) => texts.get(slug)!.date >= across.from && texts.get(slug)!.date <= across.to));
    expect(between.length).toBeGreaterThan(0);
    // A range before the archive reads nothing at all.
    const before = datedSearch();
    expect(await before.engine.byRelevance(parseQuery('生态'), { range: { to: '1999-12-31' } })).toEqual([]);
    expect(before.opened).toEqual([]);
  });

  it('knows the date of each hit from the parts’ date filters', async () => {
    const hits = await site.engine.byRelevance(parseQuery('生态环境'));
    expect(await site.engine.dates(hits)).toEqual(hits.map((hit) => texts.get(site.slugOf(hit))!.date));
  });

  it('counts what a query finds without ranking it', async () => {
    expect(await site.engine.count(parseQuery('生态 -环境'))).toBe(containing('生态').filter((slug) => !containing('环境').includes(slug)).length);
  });
});
