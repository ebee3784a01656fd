/**
 * Reading the search page (src/pages/search.astro) from a browser: the one
 * place that knows how the page says a search has finished, for the tests
 * and the benchmark alike.
 */
import type { Page } from 'playwright-core';

export interface SearchResults {
  /** `done` when results are shown, `empty` when nothing matched. */
  state: 'done' | 'empty';
  /** The slugs of the articles listed, in order. */
  slugs: string[];
}

/**
 * Waits until the search page has finished the search for `query` (or the
 * current one) and returns what it lists.
 * @example await searchResults(page, '尾矿库') // { state: 'done', slugs: ['xinzhou-2025-04-21-jubanweixian'] }
 */
export async function searchResults(page: Page, query?: string, timeout = 60_000): Promise<SearchResults> {
  await page.waitForFunction(
    (q) => {
      const state = document.querySelector('#search-results')?.getAttribute('data-state');
      return (q === null || new URLSearchParams(location.search).get('q') === q) && (state === 'done' || state === 'empty');
    },
    query ?? null,
    { timeout },
  );
  const state = (await page.getAttribute('#search-results', 'data-state')) as SearchResults['state'];
  const hrefs = await page.locator('#search-results a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  return { state, slugs: hrefs.map(slugOfHref) };
}

/**
 * The article slug a result links to.
 * @example slugOfHref('/eco/articles/jincheng-2025-04-22-tuijinlvse/?hl=%E6%99%8B') // 'jincheng-2025-04-22-tuijinlvse'
 */
export function slugOfHref(href: string): string {
  return href.split('?')[0]!.split('/').filter(Boolean).pop()!;
}
