/**
 * What a search costs a reader, measured in Chromium on the built site: the
 * bytes transferred and the time until the first screen of results shows,
 * until every part of the index is searched (the count is final), and for a
 * follow-up search on the same page. The page's own Resource Timing entries
 * say which requests ended before each moment; a MutationObserver notes when
 * the results list says so (see tools/search-page.ts).
 */
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tools/browser.ts';
import { searchResults } from '../tools/search-page.ts';

/**
 * Bytes by the kind of file: Pagefind's script and WebAssembly, each index
 * part's entry and metadata (the list of its pages), the index chunks
 * holding the query's terms, the articles' text files, the facet indexes,
 * anything else.
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
  relevance: { first: SearchCost; followUp: SearchCost };
  date: { first: SearchCost; complete: SearchCost; followUp: SearchCost };
}

interface Moments {
  started: number;
  firstScreen: number;
  complete: number;
}

/** Starts noting when the results list shows its first screen and when its count is final. */
async function watchResults(page: Page): Promise<void> {
  await page.evaluate(() => {
    const list = document.querySelector('#search-results')!;
    const moments = { started: performance.now(), firstScreen: 0, complete: 0 };
    (window as unknown as { searchMoments: typeof moments }).searchMoments = moments;
    new MutationObserver(() => {
      const state = list.getAttribute('data-state');
      if (!moments.firstScreen && (state === 'done' || state === 'empty')) moments.firstScreen = performance.now();
      if (!moments.complete && list.getAttribute('data-complete') === 'true') moments.complete = performance.now();
    }).observe(list, { attributes: true });
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

const cost = (kinds: SearchBytes, ms: number): SearchCost => ({ bytes: Object.values(kinds).reduce((sum, n) => sum + n, 0), kinds, ms: Math.round(ms) });

/** Searches for `query` from the search box and waits until the count is final; returns when its moments fell. */
async function searchFromBox(page: Page, query: string): Promise<Moments> {
  await watchResults(page);
  await page.fill('#search-q', query);
  await page.press('#search-q', 'Enter');
  await searchResults(page, { query, timeout: 300_000 });
  await page.waitForFunction(() => document.querySelector('#search-results')?.getAttribute('data-complete') === 'true', null, { timeout: 300_000 });
  await page.waitForLoadState('networkidle');
  return page.evaluate(() => (window as unknown as { searchMoments: Moments }).searchMoments);
}

/** A fresh page of the search page sorted as asked, ready for its first search. */
async function freshSearchPage(page: Page, siteUrl: string, sort: 'relevance' | 'date'): Promise<void> {
  await page.goto(`${siteUrl}search/${sort === 'date' ? '?sort=date' : ''}`);
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => performance.setResourceTimingBufferSize(100_000));
}

/** Measures each query of `queries`, the next one serving as its follow-up. */
export async function measureSearchCost(siteUrl: string, queries: readonly string[]): Promise<QueryCost[]> {
  const browser = await launchBrowser();
  const costs: QueryCost[] = [];
  try {
    for (const [i, query] of queries.entries()) {
      const next = queries[(i + 1) % queries.length]!;
      const measured: Partial<Record<'relevance' | 'date', { first: SearchCost; complete: SearchCost; followUp: SearchCost }>> = {};
      for (const sort of ['relevance', 'date'] as const) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await freshSearchPage(page, siteUrl, sort);
        const first = await searchFromBox(page, query);
        const followUp = await searchFromBox(page, next);
        measured[sort] = {
          first: cost(await bytesBetween(page, first.started, first.firstScreen), first.firstScreen - first.started),
          complete: cost(await bytesBetween(page, first.started, first.complete), first.complete - first.started),
          followUp: cost(await bytesBetween(page, followUp.started, followUp.firstScreen), followUp.firstScreen - followUp.started),
        };
        await context.close();
      }
      costs.push({ query, relevance: { first: measured.relevance!.first, followUp: measured.relevance!.followUp }, date: measured.date! });
    }
  } finally {
    await browser.close();
  }
  return costs;
}
