/**
 * Loads the archive's Pagefind index in the browser.
 *
 * The index is cut into bigram terms (src/search/terms.ts) under the
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
  filters: Record<string, Record<string, number>>;
}

export interface PagefindInstance {
  mergeIndex: (indexPath: string) => Promise<void>;
  search: (term: string | null, options?: { filters?: Record<string, string[]>; sort?: Record<string, 'asc' | 'desc'> }) => Promise<PagefindResponse>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/** Imports Pagefind's script of a part; the browser imports it from the site, Node from the built files. */
export type ImportScript = (url: string) => Promise<{ createInstance: (options: Record<string, unknown>) => PagefindInstance }>;

const importFromSite: ImportScript = (url) => import(/* @vite-ignore */ url);

/**
 * A Pagefind instance with every part of the index (`parts`: their folders;
 * the first one's script is loaded, the others merged into it; see
 * src/search/parts.ts). Runs in the browser and, for the benchmarks, in Node.
 */
export async function createPagefind(parts: readonly string[], importScript: ImportScript = importFromSite): Promise<PagefindInstance> {
  const [main, ...others] = parts as [string, ...string[]];
  const module = await importScript(`${main}pagefind.js`);
  const html = typeof document === 'undefined' ? undefined : document.documentElement;
  const lang = html?.lang;
  if (html) html.lang = 'und';
  let pagefind: PagefindInstance;
  try {
    // On the main thread, not in Pagefind's shared worker: one search at a
    // time needs no worker, and every request stays in the page's own
    // network log, where the benchmark measures what a search costs.
    pagefind = module.createInstance({ basePath: main, baseUrl: '/', noWorker: true });
  } finally {
    if (html) html.lang = lang!;
  }
  for (const part of others) await pagefind.mergeIndex(part);
  return pagefind;
}

let instance: Promise<PagefindInstance> | undefined;

/** The Pagefind instance of this page, made once (see createPagefind). */
export function loadPagefind(parts: readonly string[]): Promise<PagefindInstance> {
  instance ??= createPagefind(parts);
  // A failed load (the network dropped) is tried again at the next search.
  instance.catch(() => (instance = undefined));
  return instance;
}
