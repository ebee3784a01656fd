/**
 * The search index in parts. Pagefind holds everything it indexes in memory
 * (about 0.9 MB an article with four-character terms), so a large archive is
 * indexed part by part, each by a fresh Pagefind process, and the search page
 * searches the parts it needs.
 *
 * - The newest `RECENT_PART_SIZE` articles form the part `recent`. A search
 *   sorted by date reads it first, and most queries fill their first screen
 *   from it, so what that screen costs does not grow with the archive.
 * - The older articles form parts of `INDEX_PART_SIZE` consecutive articles,
 *   oldest first (`1`, `2`, …). Parts are as large as memory allows, because a
 *   search sorted by relevance reads every part, and each costs it at least one
 *   index chunk per query term.
 *
 * New articles change `recent` and, as the oldest of them move out, the last
 * older part; an article imported late with an old date also shifts the parts
 * after it. A part whose articles did not change is reused from the build
 * cache (see src/integrations/search-index.ts).
 */

/** Most articles in an older part; the build's `ARCHIVE_INDEX_PART_SIZE` overrides it (the tests use small parts). */
export const INDEX_PART_SIZE = 3500;

/** Articles in the part `recent`; the build's `ARCHIVE_RECENT_PART_SIZE` overrides it. */
export const RECENT_PART_SIZE = 1000;

/**
 * The part sizes a build uses: the environment's, else the defaults.
 * @example partSizes({ ARCHIVE_INDEX_PART_SIZE: '3' }) // { part: 3, recent: 1000 }
 */
export function partSizes(env: Record<string, string | undefined>): { part: number; recent: number } {
  return { part: Number(env.ARCHIVE_INDEX_PART_SIZE) || INDEX_PART_SIZE, recent: Number(env.ARCHIVE_RECENT_PART_SIZE) || RECENT_PART_SIZE };
}

export interface IndexPart<T> {
  /** The part's folder name: `recent`, or the older parts' numbers from the oldest, `1`, `2` … */
  id: string;
  /** Oldest first. */
  items: T[];
}

/**
 * The parts of an archive, oldest first. An empty archive has one empty part,
 * so that the search page still finds an index.
 * @param items oldest first
 * @example indexParts(['a', 'b', 'c', 'd', 'e'], 2, 1).map((p) => `${p.id}:${p.items.join('')}`) // ['1:ab', '2:cd', 'recent:e']
 */
export function indexParts<T>(items: readonly T[], size = INDEX_PART_SIZE, recent = RECENT_PART_SIZE): IndexPart<T>[] {
  const older = items.slice(0, Math.max(0, items.length - recent));
  const parts: IndexPart<T>[] = [];
  for (let start = 0; start < older.length; start += size) parts.push({ id: String(parts.length + 1), items: older.slice(start, start + size) });
  parts.push({ id: 'recent', items: items.slice(older.length) });
  return parts;
}

/**
 * The index parts of an archive's articles, oldest first: articles by date,
 * same-day articles by `keyOf` (their slug or id), so that the order, and with
 * it every part's records, is stable from build to build. The search page and
 * the build both take the parts from here, so they agree on them.
 * @example articleIndexParts([{ data: { date: '2025-03-04' } }, { data: { date: '2023-05-01' } }], () => '', 1, 1).map((p) => p.id) // ['1', 'recent']
 */
export function articleIndexParts<T extends { data: { date: string } }>(
  articles: readonly T[],
  keyOf: (article: T) => string,
  size = INDEX_PART_SIZE,
  recent = RECENT_PART_SIZE,
): IndexPart<T>[] {
  const oldestFirst = [...articles].sort((a, b) => a.data.date.localeCompare(b.data.date) || keyOf(a).localeCompare(keyOf(b)));
  return indexParts(oldestFirst, size, recent);
}

/**
 * Where a part is published, under the site's base.
 * @example indexPartPath('recent') // 'pagefind/recent/'
 */
export function indexPartPath(id: string): string {
  return `pagefind/${id}/`;
}
