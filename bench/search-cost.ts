/**
 * What a search costs a reader, measured in Chromium on the built site: the
 * bytes transferred and the time until the first screen of results shows,
 * until every part of the index is searched (the count is final), until the
 * trend is drawn, and for a follow-up search on the same page. The page's own
 * Resource Timing entries say which requests ended before each moment; a
 * MutationObserver notes when the results list and the trend say so (see
 * tools/search-page.ts).
 */
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../tools/browser.ts';
import { searchResults } from '../tools/search-page.ts';

/**
 * Bytes by the kind of file: Pagefind's script and WebAssembly (no longer
 * loaded by the search), each index part's entry and metadata (the list of
 * its pages), the index chunks holding the query's terms, the articles' text
 * files, the filter indexes (facets, dates, printed pages), anything else.
 */
export type SearchBytes = Record<'script' | 'wasm' | 'meta' | 'index' | 'text' | 'filters' | 'other', number>;

const KIND_OF_FILE: [RegExp, keyof SearchBytes][] = [
  [/pagefind\.js$/, 'script'],
  [/\.pagefind$/, 'wasm'],
  [/(\.pf_meta|pagefind-entry\.json)$/, 'meta'],
  [/\.pf_index$/, 'index'],
  [/\/text\/[^/]+\.json$/, 'text'],
  [/\.pf_filter$/, 'filters'],
];

export interface SearchCost {
  bytes: number;
  kinds: SearchBytes;
  ms: number;
}

/** The costs of one query: a fresh page sorted by relevance and one sorted by date, then the next query as a follow-up on each. */
export interface QueryCost {
  query: string;
  relevance: { first: SearchCost; followUp: SearchCost; trend?: SearchCost };
  date: { first: SearchCost; complete: SearchCost; followUp: SearchCost; trend?: SearchCost };
}

/** The costs of a first search on a fresh page, by relevance and by date, with the index parts it read. */
export interface FirstSearchCost {
  query: string;
  /** URL parameters the page was opened with besides the query (a date range). */
  params: string;
  relevance: { first: SearchCost; trend?: SearchCost; parts: string[] };
  date: { first: SearchCost; complete: SearchCost; trend?: SearchCost; parts: string[] };
}

interface Moments {
  started: number;
  firstScreen: number;
  complete: number;
  /** When the trend was drawn; 0 when there is none (nothing found). */
  trend: number;
}

/** Starts noting when the results list shows its first screen, when its count is final, and when the trend is drawn. */
async function watchResults(page: Page): Promise<void> {
  await page.evaluate(() => {
    const list = document.querySelector('#search-results')!;
    const trend = document.querySelector('#search-trend')!;
    const moments = { started: performance.now(), firstScreen: 0, complete: 0, trend: 0 };
    (window as unknown as { searchMoments: typeof moments }).searchMoments = moments;
    new MutationObserver(() => {
      const state = list.getAttribute('data-state');
      if (!moments.firstScreen && (state === 'done' || state === 'empty')) moments.firstScreen = performance.now();
      if (!moments.complete && list.getAttribute('data-complete') === 'true') moments.complete = performance.now();
      if (!moments.trend && trend.getAttribute('data-state') === 'done') moments.trend = performance.now();
    }).observe(document.querySelector('#search-app')!, { attributes: true, subtree: true });
  });
}

/** Bytes of the requests that started after `from` and ended by `to`, by kind (Resource Timing, same-origin). */
async function bytesBetween(page: Page, from: number, to: number): Promise<SearchBytes> {
  const entries = await page.evaluate(
    ([start, end]) =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((entry) => entry.startTime >= start! && entry.responseEnd <= end!)
        .map((entry) => ({ path: new URL(entry.name).pathname, size: entry.transferSize })),
    [from, to],
  );
  const bytes: SearchBytes = { script: 0, wasm: 0, meta: 0, index: 0, text: 0, filters: 0, other: 0 };
  for (const { path, size } of entries) bytes[KIND_OF_FILE.find(([pattern]) => pattern.test(path))?.[1] ?? 'other'] += size;
  return bytes;
}

/** The index parts whose files the page requested after `from`. */
async function partsRead(page: Page, from: number): Promise<string[]> {
  const paths = await page.evaluate(
    (start) =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((entry) => entry.startTime >= start)
        .map((entry) => new URL(entry.name).pathname),
    from,
  );
  return [...new Set(paths.map((path) => /\/pagefind\/([^/]+)\//.exec(path)?.[1]).filter((id): id is string => !!id))].sort();
}

const cost = (kinds: SearchBytes, ms: number): SearchCost => ({ bytes: Object.values(kinds).reduce((sum, n) => sum + n, 0), kinds, ms: Math.round(ms) });

/** Searches for `query` from the search box and waits until the count is final and the trend drawn; returns when its moments fell. */
async function searchFromBox(page: Page, query: string): Promise<Moments> {
  await watchResults(page);
  await page.fill('#search-q', query);
  await page.press('#search-q', 'Enter');
  const { state } = await searchResults(page, { query, timeout: 300_000 });
  await page.waitForFunction(() => document.querySelector('#search-results')?.getAttribute('data-complete') === 'true', null, { timeout: 300_000 });
  if (state === 'done') await page.waitForSelector('#search-trend[data-state="done"]', { state: 'attached', timeout: 300_000 });
  await page.waitForLoadState('networkidle');
  return page.evaluate(() => (window as unknown as { searchMoments: Moments }).searchMoments);
}

/** A fresh page of the search page sorted as asked (and with these URL parameters), ready for its first search. */
async function freshSearchPage(page: Page, siteUrl: string, sort: 'relevance' | 'date', params = ''): Promise<void> {
  const query = [sort === 'date' ? 'sort=date' : '', params].filter(Boolean).join('&');
  await page.goto(`${siteUrl}search/${query ? `?${query}` : ''}`);
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => performance.setResourceTimingBufferSize(100_000));
}

/** What the trend added once the count was final, if one was drawn. */
async function trendCost(page: Page, moments: Moments): Promise<SearchCost | undefined> {
  return moments.trend ? cost(await bytesBetween(page, moments.complete, moments.trend), moments.trend - moments.complete) : undefined;
}

/** Runs `measure` with a fresh browser context of its own. */
async function inContext<T>(browser: Browser, measure: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext();
  try {
    return await measure(await context.newPage());
  } finally {
    await context.close();
  }
}

/** Measures each query of `queries`, the next one serving as its follow-up. */
export async function measureSearchCost(siteUrl: string, queries: readonly string[]): Promise<QueryCost[]> {
  const browser = await launchBrowser();
  const costs: QueryCost[] = [];
  try {
    for (const [i, query] of queries.entries()) {
      const next = queries[(i + 1) % queries.length]!;
      const measured: Partial<Record<'relevance' | 'date', { first: SearchCost; complete: SearchCost; followUp: SearchCost; trend?: SearchCost }>> = {};
      for (const sort of ['relevance', 'date'] as const) {
        measured[sort] = await inContext(browser, async (page) => {
          await freshSearchPage(page, siteUrl, sort);
          const first = await searchFromBox(page, query);
          const measuredFirst = {
            first: cost(await bytesBetween(page, first.started, first.firstScreen), first.firstScreen - first.started),
            complete: cost(await bytesBetween(page, first.started, first.complete), first.complete - first.started),
            trend: await trendCost(page, first),
          };
          const followUp = await searchFromBox(page, next);
          return {
            ...measuredFirst,
            followUp: cost(await bytesBetween(page, followUp.started, followUp.firstScreen), followUp.firstScreen - followUp.started),
          };
        });
      }
      const { first, followUp, trend } = measured.relevance!;
      costs.push({ query, relevance: { first, followUp, ...(trend ? { trend } : {}) }, date: measured.date! });
    }
  } finally {
    await browser.close();
  }
  return costs;
}

/**
 * Measures a first search for each query on a fresh page, by relevance and
 * by date, opened with `params` (a date range), with the parts it read.
 */
export async function measureFirstSearches(siteUrl: string, queries: readonly string[], params = ''): Promise<FirstSearchCost[]> {
  const browser = await launchBrowser();
  const costs: FirstSearchCost[] = [];
  try {
    for (const query of queries) {
      // One after the other, so that neither slows the other's clock.
      const measure = (sort: 'relevance' | 'date') =>
        inContext(browser, async (page) => {
          await freshSearchPage(page, siteUrl, sort, params);
          const moments = await searchFromBox(page, query);
          return {
            first: cost(await bytesBetween(page, moments.started, moments.firstScreen), moments.firstScreen - moments.started),
            complete: cost(await bytesBetween(page, moments.started, moments.complete), moments.complete - moments.started),
            trend: await trendCost(page, moments),
            parts: await partsRead(page, moments.started),
          };
        });
      const relevance = await measure('relevance');
      const date = await measure('date');
      costs.push({
        query,
        params,
        relevance: { first: relevance.first, parts: relevance.parts, ...(relevance.trend ? { trend: relevance.trend } : {}) },
        date: { first: date.first, complete: date.complete, parts: date.parts, ...(date.trend ? { trend: date.trend } : {}) },
      });
    }
  } finally {
    await browser.close();
  }
  return costs;
}
