/**
 * The search quality benchmark: queries that are substrings of the archive's
 * text, run against the built Pagefind index as the search page runs them,
 * scored at article level against plain substring matching over the same
 * normalised text.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PagefindParts, type ImportScript } from '../src/search/client/pagefind.ts';
import { ArchiveSearch, type Hit, type PartRef } from '../src/search/client/engine.ts';
import { articleText, type ArticleText } from '../src/search/record.ts';
import { normalizeSearchText, normalizeQuery } from '../src/search/terms.ts';
import { bodyText } from '../src/text/markdown.ts';
import type { CheckedArticle } from '../src/model/entry.ts';
import { mulberry32 } from '../tools/random.ts';

/** Everyday terms readers search for, Chinese and mixed. */
export const EVERYDAY_TERMS = [
  '危废', '危险废物', '尾矿库', 'PM2.5', 'VOCs', 'A 级', '120.48', '黑臭水体', '晋城', '阳泉', '生态环境局', '污水处理',
  '臭氧', '煤矸石', '无废城市', '湿地', '执法', '培训', '扬尘', '油烟', '一泓清水入黄河', '千万工程', '同比下降', '万元',
  '毫克/立方米', '2024 年', '泽州', '高平', '岚县', '榆次', '长治', '忻州', '吕梁', '晋中', '蓝天', '煤层气',
];

export interface SearchDocument {
  slug: string;
  /** The searchable text: headline block and body, one line per headline line and paragraph (a query never spans two). */
  text: string;
}

export interface QueryScore {
  query: string;
  expected: string[];
  found: string[];
}

export interface QualityReport {
  queries: number;
  recall: number;
  precision: number;
  misses: QueryScore[];
}

/**
 * What the index holds of an article (see src/search/record.ts): headline,
 * kicker, subtitle, column, paragraphs, and the place names it adds.
 */
export function searchDocument(article: CheckedArticle): SearchDocument {
  const text = articleText(article.data, bodyText(article.body), '');
  const lines = [text.title, text.kicker, text.subtitle, text.column, text.body, ...text.corrections, ...text.place];
  return { slug: article.slug, text: lines.filter(Boolean).join('\n') };
}

/**
 * `count` random substrings of 2–6 characters of the documents' text, each
 * starting and ending on a letter, digit or Han character (a query is what a
 * reader would type, not a dangling comma).
 */
export function randomQueries(documents: SearchDocument[], count: number, seed = 1): string[] {
  const random = mulberry32(seed);
  const queries = new Set<string>();
  const wordy = /[\p{L}\p{N}]/u;
  for (let guard = 0; queries.size < count && guard < count * 50; guard++) {
    const doc = documents[Math.floor(random() * documents.length)]!;
    const lines = doc.text.split('\n');
    const chars = [...normalizeSearchText(lines[Math.floor(random() * lines.length)]!)];
    const length = 2 + Math.floor(random() * 5);
    const start = Math.floor(random() * Math.max(1, chars.length - length));
    const query = chars.slice(start, start + length).join('');
    if ([...query].length === length && wordy.test(query[0]!) && wordy.test([...query].at(-1)!)) queries.add(query);
  }
  return [...queries];
}

/** The articles that contain the query: the ground truth. */
export function expectedSlugs(documents: SearchDocument[], query: string): string[] {
  const needle = normalizeQuery(query).toLowerCase();
  const contains = (doc: SearchDocument) => doc.text.split('\n').some((line) => normalizeSearchText(line).toLowerCase().includes(needle));
  return documents.filter(contains).map((doc) => doc.slug).sort();
}

/**
 * The index parts a built search page names (see src/pages/search.astro), as
 * addresses on the site.
 */
export async function sitePartRefs(siteUrl: string): Promise<PartRef[]> {
  const html = await (await fetch(`${siteUrl}search/`)).text();
  const attribute = /data-index-parts="([^"]*)"/.exec(html)?.[1];
  if (!attribute) throw new Error(`${siteUrl}search/ names no index parts`);
  const parts = JSON.parse(attribute.replace(/&quot;/g, '"').replace(/&#34;/g, '"').replace(/&amp;/g, '&')) as PartRef[];
  return parts.map((part) => ({ id: part.id, path: new URL(part.path, siteUrl).href }));
}

/** The search of a built site, run in Node as the search page runs it, with each hit's article known by its slug. */
export interface SiteSearch {
  engine: ArchiveSearch;
  slugOf: (hit: Hit) => string;
}

/**
 * The site's search, loaded in Node exactly as the search page loads it
 * (src/search/client/), from a static server of the built site in `dist`.
 */
export async function siteSearch(siteUrl: string, dist: string): Promise<SiteSearch> {
  return indexSearch(dist, await sitePartRefs(siteUrl));
}

/**
 * The search of index parts written into `dir` (see writeSearchIndex) and
 * served at the parts' addresses: Pagefind's script is imported from the
 * files, everything else is fetched from the server, as the search page does.
 * Hits are named by slug from the articles' text files, read from disk, so
 * naming them costs no search any download.
 */
export function indexSearch(dir: string, parts: PartRef[]): SiteSearch {
  const importScript: ImportScript = (url) => import(/* @vite-ignore */ pathToFileURL(join(dir, new URL(url).pathname)).href);
  const slugs = new Map<string, string>();
  for (const part of parts) {
    const folder = join(dir, new URL(part.path).pathname, 'text');
    for (const file of readdirSync(folder)) {
      const { url } = JSON.parse(readFileSync(join(folder, file), 'utf8')) as ArticleText;
      slugs.set(`${part.id}/${file.replace(/\.json$/, '')}`, url.split('/').filter(Boolean).pop()!);
    }
  }
  return { engine: new ArchiveSearch(parts, new PagefindParts(importScript)), slugOf: (hit) => slugs.get(`${hit.part.id}/${hit.id}`)! };
}

/** Runs each query through the site's search, sorted by relevance, and returns the slugs found, in rank order. */
export async function searchInSite(site: SiteSearch, queries: string[]): Promise<string[][]> {
  const found: string[][] = [];
  for (const query of queries) found.push((await site.engine.byRelevance(normalizeQuery(query))).map(site.slugOf));
  return found;
}

/** Recall and precision, micro-averaged over all queries at article level. */
export function scoreQueries(scores: QueryScore[]): QualityReport {
  let relevant = 0;
  let retrieved = 0;
  let hits = 0;
  const misses: QueryScore[] = [];
  for (const score of scores) {
    const found = new Set(score.found);
    const correct = score.expected.filter((slug) => found.has(slug)).length;
    relevant += score.expected.length;
    retrieved += found.size;
    hits += correct;
    if (correct !== score.expected.length || found.size !== correct) misses.push(score);
  }
  return {
    queries: scores.length,
    recall: relevant === 0 ? 1 : hits / relevant,
    precision: retrieved === 0 ? 1 : hits / retrieved,
    misses,
  };
}

/** The whole benchmark: queries, search, score. */
export async function measureSearchQuality(site: SiteSearch, documents: SearchDocument[], queries: string[]): Promise<QualityReport> {
  const found = await searchInSite(site, queries);
  return scoreQueries(queries.map((query, i) => ({ query, expected: expectedSlugs(documents, query), found: found[i]! })));
}
