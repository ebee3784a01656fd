/**
 * The search quality benchmark: queries that are substrings of the archive's
 * text, alone and combined in the query language (AND, OR, exclusion,
 * 标题:, quoted phrases), run against the built Pagefind index as the search
 * page runs them, scored at article level against plain substring logic over
 * the same normalised text.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PagefindParts } from '../src/search/client/pagefind.ts';
import { ArchiveSearch, type Hit, type PartRef } from '../src/search/client/engine.ts';
import { articleText, type ArticleText } from '../src/search/record.ts';
import { normalizeSearchText, normalizeQuery } from '../src/search/terms.ts';
import { parseQuery } from '../src/search/query.ts';
import { bodyText } from '../src/text/markdown.ts';
import type { CheckedArticle } from '../src/model/entry.ts';
import { mulberry32 } from '../tools/random.ts';

/** Everyday terms readers search for, Chinese and mixed. */
export const EVERYDAY_TERMS = [
  '危废',
  '危险废物',
  '尾矿库',
  'PM2.5',
  'VOCs',
  '"A 级"',
  '120.48',
  '黑臭水体',
  '晋城',
  '阳泉',
  '生态环境局',
  '污水处理',
  '臭氧',
  '煤矸石',
  '无废城市',
  '湿地',
  '执法',
  '培训',
  '扬尘',
  '油烟',
  '一泓清水入黄河',
  '千万工程',
  '同比下降',
  '万元',
  '毫克/立方米',
  '"2024 年"',
  '泽州',
  '高平',
  '岚县',
  '榆次',
  '长治',
  '忻州',
  '吕梁',
  '晋中',
  '蓝天',
  '煤层气',
];

export interface SearchDocument {
  slug: string;
  /** The searchable text: headline block and body, one line per headline line and paragraph (a query never spans two). */
  text: string;
  /** The headline block's lines: headline, kicker, subtitle, column. */
  headline: string[];
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
  const headline = [text.title, text.kicker, text.subtitle, text.column].filter((line): line is string => !!line);
  const lines = [...headline, text.body, ...text.corrections, ...text.place];
  return { slug: article.slug, text: lines.filter(Boolean).join('\n'), headline };
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

/** Whether a document holds a normalised word, by plain substring search on each line, in the headline block only if asked. */
function holds(doc: SearchDocument, word: string, headline = false): boolean {
  const needle = word.toLowerCase();
  return (headline ? doc.headline : doc.text.split('\n')).some((line) => normalizeSearchText(line).toLowerCase().includes(needle));
}

/** The articles that contain the query: the ground truth. */
export function expectedSlugs(documents: SearchDocument[], query: string): string[] {
  const needle = normalizeQuery(query);
  return documents
    .filter((doc) => holds(doc, needle))
    .map((doc) => doc.slug)
    .sort();
}

/**
 * A query of the query language with what it means, built apart from the
 * parser (src/search/query.ts), so that the benchmark checks the parser too.
 */
export interface CompoundQuery {
  /** As a reader types it. */
  query: string;
  /** Whether a document answers it, by substring logic. */
  answers: (doc: SearchDocument) => boolean;
}

/**
 * Compound queries from pairs of random substrings, one pair from one article
 * and one from two articles in turn, each combined in one of the language's
 * forms: both words (a half- or full-width space), either (OR, |), the first
 * without the second, the first in the headline block (标题:, title:, 标题：)
 * with or without the second, a phrase in quotes with a space inside.
 */
export function compoundQueries(documents: SearchDocument[], count: number, seed = 1): CompoundQuery[] {
  const random = mulberry32(seed);
  const syntax = /["＂“”|｜\s]|^(?:标题|title)[:：]|^OR$/iu;
  const words = randomQueries(documents, count * 4, seed + 7).filter((word) => !syntax.test(word));
  const headlineWords = documents.flatMap((doc) => randomQueries([{ ...doc, text: doc.headline.join('\n') }], 1, seed)).filter((word) => !syntax.test(word));
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  /** A second word printed in the same article as the first, when there is one. */
  const partner = (word: string) => {
    const doc = documents.find((d) => holds(d, word))!;
    const [other] = randomQueries([doc], 1, Math.floor(random() * 1e9));
    return other && !syntax.test(other) ? other : pick(words);
  };
  /** Each form, and whether its first word should come from a headline (so that 标题: finds something). */
  const forms: { headline: boolean; make: (a: string, b: string) => CompoundQuery }[] = [
    { headline: false, make: (a, b) => ({ query: `${a} ${b}`, answers: (doc) => holds(doc, a) && holds(doc, b) }) },
    { headline: false, make: (a, b) => ({ query: `${a}\u3000${b}`, answers: (doc) => holds(doc, a) && holds(doc, b) }) },
    { headline: false, make: (a, b) => ({ query: `${a} OR ${b}`, answers: (doc) => holds(doc, a) || holds(doc, b) }) },
    { headline: false, make: (a, b) => ({ query: `${a}|${b}`, answers: (doc) => holds(doc, a) || holds(doc, b) }) },
    { headline: false, make: (a, b) => ({ query: `${a} -${b}`, answers: (doc) => holds(doc, a) && !holds(doc, b) }) },
    { headline: true, make: (a, b) => ({ query: `标题:${a} ${b}`, answers: (doc) => holds(doc, a, true) && holds(doc, b) }) },
    { headline: true, make: (a, b) => ({ query: `title:${a} -${b}`, answers: (doc) => holds(doc, a, true) && !holds(doc, b) }) },
    { headline: true, make: (a, b) => ({ query: `标题：${a} OR ${b}`, answers: (doc) => holds(doc, a, true) || holds(doc, b) }) },
    { headline: false, make: (a, b) => ({ query: `-标题:${b} ${a}`, answers: (doc) => holds(doc, a) && !holds(doc, b, true) }) },
    {
      headline: false,
      make: (a, b) => {
        const cut = Math.max(1, Math.floor([...a].length / 2));
        return { query: `"${[...a].slice(0, cut).join('')} ${[...a].slice(cut).join('')}" ${b}`, answers: (doc) => holds(doc, a) && holds(doc, b) };
      },
    },
  ];
  const queries: CompoundQuery[] = [];
  for (let i = 0; i < count && words.length > 1; i++) {
    const form = forms[i % forms.length]!;
    const a = form.headline && headlineWords.length > 0 ? pick(headlineWords) : pick(words);
    // Every other round, the second word is printed in the same article as the first.
    const b = Math.floor(i / forms.length) % 2 === 0 ? partner(a) : pick(words);
    queries.push(form.make(a, b));
  }
  return queries;
}

/** The articles that answer a compound query: the ground truth. */
export function answeringSlugs(documents: SearchDocument[], query: CompoundQuery): string[] {
  return documents
    .filter(query.answers)
    .map((doc) => doc.slug)
    .sort();
}

/**
 * The index parts a built search page names (see src/pages/search.astro), as
 * addresses on the site.
 */
export async function sitePartRefs(siteUrl: string): Promise<PartRef[]> {
  const html = await (await fetch(`${siteUrl}search/`)).text();
  const attribute = /data-index-parts="([^"]*)"/.exec(html)?.[1];
  if (!attribute) throw new Error(`${siteUrl}search/ names no index parts`);
  const parts = JSON.parse(
    attribute
      .replace(/&quot;/g, '"')
      .replace(/&#34;/g, '"')
      .replace(/&amp;/g, '&'),
  ) as PartRef[];
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
 * served at the parts' addresses, fetched from the server as the search page
 * fetches them. Hits are named by slug from the articles' text files, read
 * from disk, so naming them costs no search any download.
 */
export function indexSearch(dir: string, parts: PartRef[]): SiteSearch {
  const slugs = new Map<string, string>();
  for (const part of parts) {
    const folder = join(dir, new URL(part.path).pathname, 'text');
    for (const file of readdirSync(folder)) {
      const { url } = JSON.parse(readFileSync(join(folder, file), 'utf8')) as ArticleText;
      slugs.set(`${part.id}/${file.replace(/\.json$/, '')}`, url.split('/').filter(Boolean).pop()!);
    }
  }
  return { engine: new ArchiveSearch(parts, new PagefindParts()), slugOf: (hit) => slugs.get(`${hit.part.id}/${hit.id}`)! };
}

/** Runs each query through the site's search, parsed as the search page parses it, sorted by relevance, and returns the slugs found, in rank order. */
export async function searchInSite(site: SiteSearch, queries: string[]): Promise<string[][]> {
  const found: string[][] = [];
  for (const query of queries) found.push((await site.engine.byRelevance(parseQuery(query))).map(site.slugOf));
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

/** The benchmark of compound queries: search, score against substring logic. */
export async function measureCompoundQuality(site: SiteSearch, documents: SearchDocument[], queries: CompoundQuery[]): Promise<QualityReport> {
  const found = await searchInSite(
    site,
    queries.map((query) => query.query),
  );
  return scoreQueries(queries.map((query, i) => ({ query: query.query, expected: answeringSlugs(documents, query), found: found[i]! })));
}
