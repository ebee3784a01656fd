/**
 * Reading Pagefind's own index files (version 1.6, pinned in package.json).
 *
 * Pagefind builds the index; the search page reads its files itself: each
 * part's metadata file (`*.pf_meta`: every page's id and word count in the
 * part's page order, which is date order, and the range of words each index
 * chunk holds), its index chunks (`index/*.pf_index`: each word with the
 * pages and positions it occurs at) and its filter files (`*.pf_filter`:
 * which pages carry each facet value). Reading the chunks directly, not
 * through Pagefind's search, matters for exactness: Pagefind also indexes
 * the pieces it splits a term into at digits and punctuation (2.5浓 gives 5浓
 * at 2.5浓's position), and when no word starts with what is searched it
 * falls back to the longest such piece that starts the search (searching 天10
 * finds 天). Only words of a term's full length are the index's terms (see
 * terms.ts), and only those are read.
 *
 * All are gzip-compressed CBOR behind the signature `pagefind_dcd`.
 * `tests/search/engine.test.ts` checks the reading against a real
 * index, so a Pagefind upgrade that changes the format fails there first.
 */

/** One page of a part, in the part's page order. */
export interface IndexPage {
  /** The id Pagefind gives the page's search results. */
  id: string;
  /** Words (terms and padding) on the page. */
  wordCount: number;
}

/** The range of words an index chunk holds, as Pagefind names it: shortened to the first characters that tell chunks apart. */
export interface IndexChunk {
  from: string;
  to: string;
  /** Its file's name: `index/<file>.pf_index`. */
  file: string;
}

/** A word of an index chunk, in one of its written forms, with the pages it occurs in and where. */
export interface ChunkWord {
  word: string;
  /** In code points. */
  length: number;
  pages: { page: number; positions: number[] }[];
}

export interface PartMetadata {
  pages: IndexPage[];
  chunks: IndexChunk[];
  /** The part's filter files (`filter/<name>.pf_filter`), one per filter, by the filter's name. */
  filterFiles: Map<string, string>;
}

/** Pages of a part that carry each value of one facet: `values.get('晋城')` lists page numbers. */
export interface FacetIndex {
  facet: string;
  values: Map<string, number[]>;
}

const SIGNATURE = 'pagefind_dcd';

/**
 * A minimal CBOR reader (RFC 8949): the unsigned and negative integers,
 * strings, arrays and maps Pagefind writes.
 * @example decodeCbor(new Uint8Array([0x82, 0x01, 0x61, 0x61])) // [1, 'a']
 */
export function decodeCbor(bytes: Uint8Array): unknown {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = new TextDecoder();
  let at = 0;
  const argument = (info: number): number => {
    if (info < 24) return info;
    const size = 1 << (info - 24);
    const value = size === 1 ? view.getUint8(at) : size === 2 ? view.getUint16(at) : size === 4 ? view.getUint32(at) : Number(view.getBigUint64(at));
    at += size;
    return value;
  };
  const item = (): unknown => {
    const initial = view.getUint8(at++);
    const major = initial >> 5;
    const info = initial & 31;
    if (info === 31) {
      // An indefinite-length array, ended by the break byte 0xff.
      const items: unknown[] = [];
      while (view.getUint8(at) !== 0xff) items.push(item());
      at++;
      return items;
    }
    if (major === 7) return info === 20 ? false : info === 21 ? true : null;
    const n = argument(info);
    if (major === 0) return n;
    if (major === 1) return -1 - n;
    if (major === 2 || major === 3) {
      const slice = bytes.subarray(at, at + n);
      at += n;
      return major === 3 ? text.decode(slice) : slice;
    }
    if (major === 4) return Array.from({ length: n }, item);
    if (major === 5) return Object.fromEntries(Array.from({ length: n }, () => [String(item()), item()]));
    return item(); // a tag: its content
  };
  return item();
}

/** The CBOR payload of a decompressed Pagefind file, after its signature. */
function payload(file: Uint8Array): unknown {
  if (new TextDecoder().decode(file.subarray(0, SIGNATURE.length)) !== SIGNATURE) throw new Error('not a Pagefind index file');
  return decodeCbor(file.subarray(SIGNATURE.length));
}

/**
 * A part's pages, chunks and filter files from its decompressed metadata file:
 * `[version, pages: [id, words, group][], chunks: [from, to, file][], filters: [facet, file][], …]`.
 */
export function readPartMetadata(file: Uint8Array): PartMetadata {
  const [, pages, chunks, filters] = payload(file) as [string, [string, number][], [string, string, string][], [string, string][]];
  return {
    pages: pages.map(([id, wordCount]) => ({ id, wordCount })),
    chunks: chunks.map(([from, to, name]) => ({ from, to, file: name })),
    filterFiles: new Map(filters),
  };
}

/** One facet's values and their pages from a decompressed filter file: `[facet, [value, pages[]][]]`. */
export function readFacetIndex(file: Uint8Array): FacetIndex {
  const [facet, values] = payload(file) as [string, [string, number[]][]];
  return { facet, values: new Map(values) };
}

type ChunkPages = [number, number[], ...unknown[]][];

/**
 * Pages and positions as a chunk writes them: each page number as the step
 * from the one before, then its locations. A location is the step from the
 * position before, or a negative number that sets the weight of the positions
 * after it (ignored here), after which the next position is absolute.
 * @example chunkPages([[2, [-25, 12, 394, 64]], [3, [-25, 7]]]) // [{ page: 2, positions: [12, 406, 470] }, { page: 5, positions: [7] }]
 */
export function chunkPages(pages: ChunkPages): ChunkWord['pages'] {
  let page = 0;
  return pages.map(([step, locations]) => {
    page += step;
    const positions: number[] = [];
    let position = 0;
    for (const location of locations) {
      if (location < 0) position = 0;
      else positions.push((position += location));
    }
    return { page, positions };
  });
}

/**
 * The words of a decompressed index chunk:
 * `[[word, pages, [form, pages][]][]]` (see chunkPages). A word is held under
 * its form without diacritics, with the other forms it is written in as
 * variants; each form is listed as a word of its own here.
 */
export function readIndexChunk(file: Uint8Array): ChunkWord[] {
  const [entries] = payload(file) as [[string, ChunkPages, [string, ChunkPages][]?][]];
  const word = (form: string, pages: ChunkPages): ChunkWord => ({ word: form, length: [...form].length, pages: chunkPages(pages) });
  return entries.flatMap(([key, pages, variants = []]) => [word(key, pages), ...variants.map(([form, ofForm]) => word(form, ofForm))]);
}

/** Gunzips bytes with the platform's own decompressor (browsers and Node alike). */
export async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * Compares two strings on their common length only, as chunk bounds are
 * shortened prefixes: 0 when one starts with the other.
 */
function comparePrefix(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    // By code point, as Pagefind orders words (UTF-16 units would misplace characters beyond U+FFFF).
    const difference = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}

/**
 * The chunks that may hold words starting with `prefix` (a whole term is its
 * own prefix): the words of a short prefix may fill several chunks, and
 * shortened bounds leave some chunks in doubt, which are included.
 * @example chunksForPrefix([{ from: '阳', to: '阳泉蓝' }, { from: '阳泉蓝天', to: '阴' }, { from: '阴天', to: '龙' }], '阳泉') // the first two
 */
export function chunksForPrefix(chunks: readonly IndexChunk[], prefix: string): IndexChunk[] {
  return chunks.filter((chunk) => comparePrefix(chunk.to, prefix) >= 0 && comparePrefix(chunk.from, prefix) <= 0);
}
