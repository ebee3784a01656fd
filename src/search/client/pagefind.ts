/**
 * The index parts (see src/search/parts.ts) as the search page reads them:
 * Pagefind's files, read directly (src/search/pagefind-files.ts), each
 * downloaded once. Pagefind builds the index; its script and WebAssembly are
 * not needed to search it, so a search downloads neither.
 *
 * Opening a part reads its entry file (the index's language, and the
 * characters it keeps in words besides letters and digits) and its metadata;
 * index chunks and filter files are read when a search first needs them.
 */
import { gunzip, readFacetIndex, readIndexChunk, readPartMetadata, type ChunkWord, type FacetIndex, type PartMetadata } from '../pagefind-files.ts';

/** An opened part: what the search page reads of its files. */
export interface OpenedPart {
  metadata: PartMetadata;
  /** Characters the index keeps in terms besides letters and digits (any other cannot occur in a term). */
  includeCharacters: ReadonlySet<string>;
  /** The words of one of the part's index chunks, by its file's name, downloaded on first use. */
  chunk: (file: string) => Promise<ChunkWord[]>;
  /** One of the part's filter indexes (a facet, the date, the printed page), downloaded on first use; undefined when no page of the part has that filter. */
  filter: (name: string) => Promise<FacetIndex | undefined>;
}

/**
 * Downloads at once, at most: a long query may check hundreds of articles'
 * texts, and a browser queues what its connections cannot take anyway,
 * while Node (the benchmarks) would open a connection for each.
 */
const PARALLEL_DOWNLOADS = 8;
let downloading = 0;
const waiting: (() => void)[] = [];

/** A file's bytes from the network; a failed request throws, naming the file. */
export async function download(url: string): Promise<Uint8Array> {
  if (downloading >= PARALLEL_DOWNLOADS) await new Promise<void>((resolve) => waiting.push(resolve));
  downloading++;
  try {
    // A connection that dropped (a reused one the server had just closed) is tried once more.
    const response = await fetch(url).catch(() => fetch(url));
    if (!response.ok) throw new Error(`${response.status} fetching ${url}`);
    return new Uint8Array(await response.arrayBuffer());
  } finally {
    downloading--;
    waiting.shift()?.();
  }
}

interface EntryFile {
  languages: Record<string, { hash: string; page_count: number }>;
  include_characters?: string[];
}

/**
 * A function that loads something once, when first called; a load that
 * failed (the network dropped) is tried again on the next call.
 * @example const meta = once(() => download(url)); await meta(); await meta(); // one download
 */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => {
    loaded ??= load();
    loaded.catch(() => (loaded = undefined));
    return loaded;
  };
}

/** Files of a part, each read once, by name. */
function filesOnce<T>(read: (name: string) => Promise<T>): (name: string) => Promise<T> {
  const loads = new Map<string, () => Promise<T>>();
  return (name) => {
    let load = loads.get(name);
    if (!load) {
      load = once(() => read(name));
      loads.set(name, load);
    }
    return load();
  };
}

/** Opens index parts. */
export class PagefindParts {
  /** Opens the part published at `path` (its folder, ending in `/`). */
  async open(path: string): Promise<OpenedPart> {
    const entry = JSON.parse(new TextDecoder().decode(await download(`${path}pagefind-entry.json`))) as EntryFile;
    // Pagefind picks the language with the most pages when none matches; the archive has one.
    const [language] = Object.values(entry.languages).sort((a, b) => b.page_count - a.page_count);
    if (!language) throw new Error(`${path}: the index has no language`);
    const metadata = readPartMetadata(await gunzip(await download(`${path}pagefind.${language.hash}.pf_meta`)));
    const filters = filesOnce(async (file) => readFacetIndex(await gunzip(await download(`${path}filter/${file}.pf_filter`))));
    return {
      metadata,
      includeCharacters: new Set(entry.include_characters ?? []),
      chunk: filesOnce(async (file) => readIndexChunk(await gunzip(await download(`${path}index/${file}.pf_index`)))),
      filter: async (name) => {
        const file = metadata.filterFiles.get(name);
        return file === undefined ? undefined : filters(file);
      },
    };
  }
}
