/**
 * The search index in parts. Pagefind holds everything it indexes in memory
 * (about 0.7 MB an article with bigram terms: 6.8 GB at 10,000 articles), so
 * a large archive is indexed part by part, each by a fresh Pagefind process,
 * and the search page merges them (Pagefind's mergeIndex).
 *
 * A part is a run of whole years, so an article imported later changes only
 * the part of its year and the others are reused from the build cache. Parts
 * are as few as memory allows, because every part costs a search one index
 * chunk per query term: consecutive years share a part while it holds at most
 * `INDEX_PART_SIZE` articles, and a year of more than that is cut into
 * consecutive parts of its own, oldest first, so that new articles change
 * only its newest one.
 */

/** Most articles in a part; `ARCHIVE_INDEX_PART_SIZE` overrides it (the tests use small parts). */
export const INDEX_PART_SIZE = Number(process.env.ARCHIVE_INDEX_PART_SIZE) || 4000;

export interface IndexPart<T> {
  /**
   * The part's folder and its value of the hidden `part` filter: its years
   * (`2021-2022`, `2025`), or a year and a number for a year cut in parts
   * (`2025.2`).
   */
  id: string;
  items: T[];
}

/**
 * The parts of an archive, oldest first. An empty archive has one empty part,
 * so that the search page still finds an index.
 * @param items oldest first
 * @param dateOf an item's `YYYY-MM-DD` date
 * @example indexParts(['2023-05-01', '2024-01-02', '2025-03-04'], (d) => d, 2).map((p) => p.id) // ['2023-2024', '2025']
 */
export function indexParts<T>(items: readonly T[], dateOf: (item: T) => string, size = INDEX_PART_SIZE): IndexPart<T>[] {
  const years = new Map<string, T[]>();
  for (const item of items) {
    const year = dateOf(item).slice(0, 4);
    const ofYear = years.get(year);
    if (ofYear) ofYear.push(item);
    else years.set(year, [item]);
  }
  const parts: IndexPart<T>[] = [];
  let run: { first: string; last: string; items: T[] } | undefined;
  const closeRun = () => {
    if (run) parts.push({ id: run.first === run.last ? run.first : `${run.first}-${run.last}`, items: run.items });
    run = undefined;
  };
  for (const [year, ofYear] of [...years].sort(([a], [b]) => a.localeCompare(b))) {
    if (ofYear.length > size) {
      closeRun();
      for (let start = 0; start < ofYear.length; start += size) {
        parts.push({ id: `${year}.${start / size + 1}`, items: ofYear.slice(start, start + size) });
      }
    } else if (run && run.items.length + ofYear.length <= size) {
      run.last = year;
      run.items.push(...ofYear);
    } else {
      closeRun();
      run = { first: year, last: year, items: [...ofYear] };
    }
  }
  closeRun();
  return parts.length > 0 ? parts : [{ id: 'empty', items: [] }];
}

/**
 * The index parts of an archive's articles, oldest first: articles by date,
 * same-day articles by `keyOf` (their slug or id), so that the order, and with
 * it every part's records, is stable from build to build. The search page and
 * the build both take the parts from here, so they agree on them.
 * @example articleIndexParts([{ data: { date: '2025-03-04' } }, { data: { date: '2023-05-01' } }], () => '', 1).map((p) => p.id) // ['2023', '2025']
 */
export function articleIndexParts<T extends { data: { date: string } }>(articles: readonly T[], keyOf: (article: T) => string, size = INDEX_PART_SIZE): IndexPart<T>[] {
  const oldestFirst = [...articles].sort((a, b) => a.data.date.localeCompare(b.data.date) || keyOf(a).localeCompare(keyOf(b)));
  return indexParts(oldestFirst, (article) => article.data.date, size);
}

/**
 * Where a part is published, under the site's base.
 * @example indexPartPath('2021-2022') // 'pagefind/2021-2022/'
 */
export function indexPartPath(id: string): string {
  return `pagefind/${id}/`;
}
