/**
 * The search index in parts. Pagefind holds everything it indexes in memory
 * (about 0.68 MB an article with bigram terms: 6.8 GB at 10,000 articles), so
 * a large archive is indexed in parts of at most `INDEX_PART_SIZE` articles,
 * oldest first, each by a fresh Pagefind process, and the search page merges
 * them (Pagefind's mergeIndex). Articles newer than all others land in the
 * newest part, so the older parts are reused from the build cache; an older
 * page imported late shifts the parts after it, which are indexed again.
 */

/** Articles per part; `ARCHIVE_INDEX_PART_SIZE` overrides it (the tests use small parts). */
export const INDEX_PART_SIZE = Number(process.env.ARCHIVE_INDEX_PART_SIZE) || 4000;

/**
 * How many parts an archive of `count` articles is indexed in.
 * @example indexPartCount(10_000, 4000) // 3
 */
export function indexPartCount(count: number, size = INDEX_PART_SIZE): number {
  return Math.max(1, Math.ceil(count / size));
}

/**
 * Where part `n` is published, under the site's base: the first part is the
 * main bundle (with pagefind.js), the others inside it.
 * @example indexPartPath(2) // 'pagefind/part-2/'
 */
export function indexPartPath(n: number): string {
  return n === 0 ? 'pagefind/' : `pagefind/part-${n}/`;
}

/**
 * Items cut into consecutive parts of at most `size`.
 * @example splitIntoParts([1, 2, 3], 2) // [[1, 2], [3]]
 */
export function splitIntoParts<T>(items: readonly T[], size = INDEX_PART_SIZE): T[][] {
  const parts: T[][] = [];
  for (let i = 0; i < items.length; i += size) parts.push(items.slice(i, i + size));
  return parts.length > 0 ? parts : [[]];
}
