/**
 * Reading the search page (src/pages/search.astro) from a test or the
 * benchmark. The page marks its results list `#search-results` with
 * `data-state="done"` or `data-state="empty"` when a search has finished;
 * each result links to its article, `…/articles/<slug>/?hl=…`, as the
 * article lists of other pages link to theirs.
 */
import type { Page } from 'playwright-core';

export interface SearchResults {
  state: 'done' | 'empty';
  /** The articles found, in the order shown. */
  slugs: string[];
}

export interface SearchWait {
  /** Wait for the search of this query (the page's `?q=`), not an earlier one. */
  query?: string;
  /** Wait until this many results show. */
  count?: number;
  timeout?: number;
}

/**
 * The slug of an article link.
 * @example articleSlug('/eco/articles/jincheng-2025-04-22-tuijinlvse/?hl=2024') // 'jincheng-2025-04-22-tuijinlvse'
 */
export function articleSlug(href: string): string {
  return href.split(/[?#]/)[0]!.split('/').filter(Boolean).pop()!;
}

/**
 * The articles some links lead to, each once, sorted; links elsewhere are left out.
 * @example articleSlugs(['/articles/b/', '/cities/', '/articles/a/?hl=1', '/articles/b/']) // ['a', 'b']
 */
export function articleSlugs(hrefs: readonly string[]): string[] {
  return [...new Set(hrefs.filter((href) => href.includes('/articles/')).map(articleSlug))].sort();
}

/**
 * Where the links matching `selector` lead, as written, in the order shown.
 * @example (await linkTargets(page, '.page-articles a')).map(articleSlug)
 */
export function linkTargets(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
}

/** The articles the links matching `selector` lead to, each once, sorted. */
export async function linkedArticles(page: Page, selector: string): Promise<string[]> {
  return articleSlugs(await linkTargets(page, selector));
}

/** Waits until the page's search has finished (as `wait` asks) and returns what it found. */
export async function searchResults(page: Page, wait: SearchWait = {}): Promise<SearchResults> {
  const { query, count, timeout } = wait;
  await page.waitForFunction(
    ({ query, count }) => {
      const list = document.querySelector('#search-results');
      if (!['done', 'empty'].includes(list?.getAttribute('data-state') ?? '')) return false;
      if (query !== undefined && new URLSearchParams(location.search).get('q') !== query) return false;
      return count === undefined || list!.querySelectorAll('a').length === count;
    },
    { query, count },
    timeout === undefined ? {} : { timeout },
  );
  const state = (await page.getAttribute('#search-results', 'data-state')) as SearchResults['state'];
  return { state, slugs: (await linkTargets(page, '#search-results a')).map(articleSlug) };
}

/**
 * Opens the search page of the site at `siteUrl` with these URL parameters
 * (`q=…&city=…&sort=…`) and returns what the search finds.
 */
export async function openSearch(page: Page, siteUrl: string, params: string): Promise<SearchResults> {
  await page.goto(`${siteUrl}search/?${params}`);
  return searchResults(page);
}
