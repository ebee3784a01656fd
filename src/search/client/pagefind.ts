/**
 * Pagefind, as the search page (and, for the benchmarks, Node) uses it: one
 * Pagefind instance per index part (see src/search/parts.ts), so that a search
 * reads exactly the parts it needs.
 *
 * The search page reads three of each part's files itself, the entry, the
 * metadata and (for facets, the date and the printed page) the filter files, and hands Pagefind the same
 * bytes from memory when it asks for them, so nothing is downloaded twice.
 * Likewise Pagefind's WebAssembly is downloaded once for all parts: every
 * instance comes from one copy of Pagefind's script, which starts the module
 * once, but each still asks for the file.
 *
 * The index is cut into n-gram terms (src/search/terms.ts) under the language
 * code `und`, so Pagefind must not cut queries with the browser's Chinese
 * word segmenter: Pagefind takes the language of a new instance from
 * `<html lang>`, which reads `und` for exactly the moment the instance is made.
 */
import { gunzip, readFacetIndex, readPartMetadata, type FacetIndex, type PartMetadata } from '../pagefind-files.ts';

export interface PagefindResult {
  /** The page's id: its Pagefind fragment's name. */
  id: string;
  /** Positions of the searched terms in the page, known without downloading anything of the page. */
  words: number[];
}

export interface PagefindInstance {
  search: (term: string) => Promise<{ results: PagefindResult[] }>;
  /** Loads the index chunks a term needs, without searching. */
  preload: (term: string) => Promise<void>;
}

interface PagefindModule {
  createInstance: (options: Record<string, unknown>) => PagefindInstance;
}

/** Imports Pagefind's script; the browser imports it from the site, Node from the built files. */
export type ImportScript = (url: string) => Promise<PagefindModule>;

const importFromSite: ImportScript = (url) => import(/* @vite-ignore */ url);

/** An opened part: its Pagefind instance and what the search page reads of its files. */
export interface OpenedPart {
  pagefind: PagefindInstance;
  metadata: PartMetadata;
  /** Each page's index in `metadata.pages`, by Pagefind's page id: made once, read by every query. */
  pageIndex: ReadonlyMap<string, number>;
  /** Characters the index keeps in terms besides letters and digits (any other cannot occur in a term). */
  includeCharacters: ReadonlySet<string>;
  /** One of the part's filter indexes (a facet, the date, the printed page), downloaded on first use; undefined when no page of the part has that filter. */
  filter: (name: string) => Promise<FacetIndex | undefined>;
}

/** Files handed to Pagefind from memory, by address. */
const inMemory = new Map<string, Uint8Array>();
let fetchFromMemoryInstalled = false;

/**
 * Makes `fetch` answer from `inMemory` where it can. Pagefind fetches with
 * the global `fetch` and no hook of its own, so this wrapper is how it
 * receives the bytes the search page already has.
 */
function installFetchFromMemory(): void {
  if (fetchFromMemoryInstalled) return;
  fetchFromMemoryInstalled = true;
  const network = globalThis.fetch.bind(globalThis);
  globalThis.fetch = (input, init) => {
    const address = addressOf(input instanceof Request ? input.url : String(input));
    const bytes = inMemory.get(address);
    return bytes ? Promise.resolve(new Response(bytes as BodyInit)) : network(input, init);
  };
}

/** An address without its query (Pagefind adds `?ts=…` to the entry file). */
function addressOf(url: string): string {
  const parsed = new URL(url, globalThis.location?.href);
  return `${parsed.origin}${parsed.pathname}`;
}

/** A file's bytes from the network (or from memory, see installFetchFromMemory); a failed request throws, naming the file. */
export async function download(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} fetching ${url}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Downloads a file (unless its bytes are at hand) and keeps it for Pagefind. */
async function downloadForPagefind(url: string, known?: Uint8Array): Promise<Uint8Array> {
  const bytes = known ?? (await download(url));
  inMemory.set(addressOf(url), bytes);
  return bytes;
}

interface EntryFile {
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  include_characters?: string[];
}

/**
 * A function that loads something once, when first called; a load that
 * failed (the network dropped) is tried again on the next call.
 * @example const wasm = once(() => download(url)); await wasm(); await wasm(); // one download
 */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => {
    loaded ??= load();
    loaded.catch(() => (loaded = undefined));
    return loaded;
  };
}

/** Opens index parts: one Pagefind instance each, all from one copy of Pagefind's script. */
export class PagefindParts {
  private module: (() => Promise<PagefindModule>) | undefined;
  private wasm: (() => Promise<Uint8Array>) | undefined;
  /** Settles once Pagefind's WebAssembly runs, which the first instance starts. */
  private started: Promise<unknown> | undefined;
  private readonly importScript: ImportScript;

  constructor(importScript: ImportScript = importFromSite) {
    this.importScript = importScript;
  }

  /** Opens the part published at `path` (its folder, ending in `/`). */
  async open(path: string): Promise<OpenedPart> {
    installFetchFromMemory();
    const entry = JSON.parse(new TextDecoder().decode(await downloadForPagefind(`${path}pagefind-entry.json`))) as EntryFile;
    // Pagefind picks the language with the most pages when none matches; the archive has one.
    const [language] = Object.values(entry.languages).sort((a, b) => b.page_count - a.page_count);
    if (!language) throw new Error(`${path}: the index has no language`);
    const wasmUrl = `${path}wasm.${language.wasm ?? 'unknown'}.pagefind`;
    this.wasm ??= once(() => download(wasmUrl));
    const [meta, wasm] = await Promise.all([downloadForPagefind(`${path}pagefind.${language.hash}.pf_meta`), this.wasm()]);
    await downloadForPagefind(wasmUrl, wasm);
    const metadata = readPartMetadata(await gunzip(meta));
    this.module ??= once(() => this.importScript(`${path}pagefind.js`));
    const module = await this.module();
    // Instances made while the module starts would each start their own copy
    // of it, and the later copy would strand the earlier instances' data: the
    // first instance starts it, the others wait.
    let pagefind: PagefindInstance;
    if (this.started) {
      await this.started;
      pagefind = createInstance(module, path);
    } else {
      pagefind = createInstance(module, path);
      this.started = pagefind.search('');
      this.started.catch(() => (this.started = undefined));
      await this.started;
    }
    const filters = new Map([...metadata.filterFiles].map(([name, file]) => [name, once(async () => readFacetIndex(await gunzip(await download(`${path}filter/${file}.pf_filter`))))]));
    return {
      pagefind,
      metadata,
      pageIndex: new Map(metadata.pages.map((page, index) => [page.id, index])),
      includeCharacters: new Set(entry.include_characters ?? []),
      filter: async (name) => filters.get(name)?.(),
    };
  }
}

/** A Pagefind instance of the part at `path`, with the query segmentation off (see above) and diacritics exact. */
function createInstance(module: PagefindModule, path: string): PagefindInstance {
  const html = typeof document === 'undefined' ? undefined : document.documentElement;
  const lang = html?.lang;
  if (html) html.lang = 'und';
  try {
    // On the main thread, not in Pagefind's shared worker: the search page
    // makes few calls, and every request stays in the page's own network log,
    // where the benchmark measures what a search costs.
    return module.createInstance({ basePath: path, baseUrl: '/', noWorker: true, exactDiacritics: true });
  } finally {
    if (html) html.lang = lang!;
  }
}
