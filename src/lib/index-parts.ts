/**
 * The search index in parts, one a year. Pagefind holds everything it
 * indexes in memory (about 0.7 MB an article with bigram terms: 6.8 GB at
 * 10,000 articles), so a large archive is indexed part by part, each by a
 * fresh Pagefind process, and the search page merges them (Pagefind's
 * mergeIndex). A part is made of the articles of one year, so an article
 * imported later, of whatever date, changes only its own year's part: the
 * others are reused from the build cache. A year of more than
 * `INDEX_PART_SIZE` articles is cut into consecutive parts, oldest first, so
 * that new articles change only its newest part.
 */

/** Most articles in a part; `ARCHIVE_INDEX_PART_SIZE` overrides it (the tests use small parts). */
export const INDEX_PART_SIZE = Number(process.env.ARCHIVE_INDEX_PART_SIZE) || 4000;

export interface IndexPart<T> {
  /** `<year>-<n>`, n from 1: the part's folder and its value of the hidden `part` filter. */
  id: string;
  items: T[];
}

/**
 * The parts of an archive, oldest first. An empty archive has one empty part,
 * so that the search page still finds an index.
 * @param items oldest first
 * @param dateOf an item's `YYYY-MM-DD` date
 * @example indexParts(['2024-05-01', '2025-01-02', '2025-03-04'], (d) => d, 1).map((p) => p.id) // ['2024-1', '2025-1', '2025-2']
 */
export function indexParts<T>(items: readonly T[], dateOf: (item: T) => string, size = INDEX_PART_SIZE): IndexPart<T>[] {
  const byYear = new Map<string, T[]>();
  for (const item of items) {
    const year = dateOf(item).slice(0, 4);
    const ofYear = byYear.get(year);
    if (ofYear) ofYear.push(item);
    else byYear.set(year, [item]);
  }
  const parts: IndexPart<T>[] = [];
  for (const [year, ofYear] of [...byYear].sort(([a], [b]) => a.localeCompare(b))) {
    for (let start = 0; start < ofYear.length; start += size) {
      parts.push({ id: `${year}-${start / size + 1}`, items: ofYear.slice(start, start + size) });
    }
  }
  return parts.length > 0 ? parts : [{ id: 'empty', items: [] }];
}

/**
 * Where a part is published, under the site's base.
 * @example indexPartPath('2025-1') // 'pagefind/2025-1/'
 */
export function indexPartPath(id: string): string {
  return `pagefind/${id}/`;
}
