/**
 * Loads the archive's Pagefind index in the browser.
 *
 * The index is cut into bigram terms (src/lib/search-text.ts) under the
 * language code `und`, so Pagefind must not cut queries with the browser's
 * Chinese word segmenter: Pagefind takes the language of a new instance from
 * `<html lang>`, which reads `und` for exactly the moment the instance is made.
 */

export interface PagefindFragment {
  url: string;
  content: string;
  meta: Record<string, string>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindFragment>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

export interface PagefindInstance {
  search: (term: string | null, options?: { filters?: Record<string, string[]>; sort?: Record<string, 'asc' | 'desc'> }) => Promise<PagefindResponse>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

let instance: Promise<PagefindInstance> | undefined;

/** The Pagefind instance of this site, made once. */
export function loadPagefind(basePath: string): Promise<PagefindInstance> {
  instance ??= (async () => {
    const module = await import(/* @vite-ignore */ `${basePath}pagefind/pagefind.js`);
    const html = document.documentElement;
    const lang = html.lang;
    html.lang = 'und';
    try {
      // On the main thread, not in Pagefind's shared worker: one search at a
      // time needs no worker, and every request stays in the page's own
      // network log, where the benchmark measures what a search costs.
      return module.createInstance({ basePath: `${basePath}pagefind/`, baseUrl: '/', noWorker: true }) as PagefindInstance;
    } finally {
      html.lang = lang;
    }
  })();
  return instance;
}
