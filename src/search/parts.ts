/**
 * The search index in parts. Pagefind holds everything it indexes in memory
 * (about 0.9 MB an article with four-character terms), so a large archive is
 * indexed part by part, each by a fresh Pagefind process, and the search page
 * searches the parts it needs.
 *
 * - The newest whole months holding at least `RECENT_PART_SIZE` articles
 *   form the part `recent`. A search sorted by date reads it first, and most
 *   queries fill their first screen from it, so what that screen costs does
 *   not grow with the archive.
 * - The older articles form parts of whole calendar months, oldest first
 *   (`1`, `2`, …), each as many months as fit in `INDEX_PART_SIZE` articles
 *   (a month larger than that alone is cut into parts of that size). Parts
 *   are as large as memory allows, because a search sorted by relevance
 *   reads every part, and each costs it at least one index chunk per term.
 *
 * Cut at months, the parts stay put as the archive grows: a new issue
 * changes `recent` alone, but about once a month, when the oldest month of
 * `recent` can go to the older parts; it joins the last older part, or opens
 * a new one when it no longer fits in it. An article imported late, with an
 * old date, changes its month's part (and, only when that part then
 * overflows its size, the parts after it). A part
 * whose articles did not change is reused from the build cache (see
 * src/integrations/search-index.ts).
 */

/** Most articles in an older part; the build's `ARCHIVE_INDEX_PART_SIZE` overrides it (the tests use small parts). */
export const INDEX_PART_SIZE = 3500;

/** Fewest articles in the part `recent` (it holds whole months, see recentCount); the build's `ARCHIVE_RECENT_PART_SIZE` overrides it. */
export const RECENT_PART_SIZE = 1000;

/**
 * Most articles in a part the build indexes while Astro still builds the
 * site (see src/integrations/search-index.ts); the build's
 * `ARCHIVE_BESIDE_SITE_SIZE` overrides it (0: none). Pagefind holds about 0.9 MB an
 * article, so a part of 1,500 (1.4 GB) beside Astro's largest resident set
 * at 10,000 articles (2.6 GB, while it bundles) keeps the two under 4 GB: the
 * part `recent` fits, and so does the part it sheds a month into while that
 * part holds no more than that.
 */
export const BESIDE_SITE_SIZE = 1500;

/**
 * The part sizes a build uses: the environment's, else the defaults.
 * @example partSizes({ ARCHIVE_INDEX_PART_SIZE: '3' }) // { part: 3, recent: 1000, beside: 1500 }
 */
export function partSizes(env: Record<string, string | undefined>): { part: number; recent: number; beside: number } {
  return {
    part: Number(env.ARCHIVE_INDEX_PART_SIZE) || INDEX_PART_SIZE,
    recent: Number(env.ARCHIVE_RECENT_PART_SIZE) || RECENT_PART_SIZE,
    // 0 is a size here: nothing is indexed beside the site.
    beside: env.ARCHIVE_BESIDE_SITE_SIZE ? Number(env.ARCHIVE_BESIDE_SITE_SIZE) : BESIDE_SITE_SIZE,
  };
}

export interface IndexPart<T> {
  /** The part's folder name: `recent`, or the older parts' numbers from the oldest, `1`, `2` … */
  id: string;
  /** Oldest first. */
  items: T[];
}

/**
 * Cuts a sequence into runs of equal keys (the items of one month), in order.
 * @example runsOf(['a1', 'a2', 'b1', 'a3'], (s) => s[0]!) // [['a1', 'a2'], ['b1'], ['a3']]
 */
export function runsOf<T>(items: readonly T[], keyOf: (item: T) => string): T[][] {
  const runs: T[][] = [];
  let key: string | undefined;
  for (const item of items) {
    const itemKey = keyOf(item);
    if (runs.length === 0 || itemKey !== key) runs.push([]);
    runs.at(-1)!.push(item);
    key = itemKey;
  }
  return runs;
}

/**
 * How many of the newest items form the part `recent`: the newest whole
 * periods that hold at least `recent` items (all items when fewer), so that
 * a newer item leaves the boundary where it was until the oldest of those
 * periods can go without leaving fewer than `recent`; that is, about once a
 * period instead of with every issue. When those periods hold more than
 * `size` items (a period far larger than `recent`), the newest `recent`
 * items instead, so the part never outgrows an older part's memory.
 * @example recentCount(['a1', 'a2', 'b1', 'b2', 'c1'], (s) => s[0]!, 10, 2) // 3
 */
export function recentCount<T>(items: readonly T[], periodOf: (item: T) => string, size: number, recent: number): number {
  if (recent <= 0) return 0;
  let count = 0;
  for (const period of runsOf(items, periodOf).reverse()) {
    if (count >= recent) break;
    count += period.length;
  }
  return count > Math.max(size, recent) ? Math.min(recent, items.length) : count;
}

/**
 * The parts of an archive, oldest first: the newest whole periods holding at
 * least `recent` items in the part `recent` (see recentCount); the older ones
 * in parts of whole periods (runs of equal `periodOf`), as many periods a
 * part as fit in `size` items, a period of more than `size` cut into parts
 * of `size`. An empty archive has one empty part, so that the search page
 * still finds an index.
 * @param items oldest first
 * @example indexParts(['a1', 'a2', 'b1', 'c1', 'c2', 'd1'], (s) => s[0]!, 3, 1).map((p) => `${p.id}:${p.items.join(' ')}`) // ['1:a1 a2 b1', '2:c1 c2', 'recent:d1']
 */
export function indexParts<T>(items: readonly T[], periodOf: (item: T) => string, size = INDEX_PART_SIZE, recent = RECENT_PART_SIZE): IndexPart<T>[] {
  const older = items.slice(0, items.length - recentCount(items, periodOf, size, recent));
  const cuts: T[][] = [];
  let open: T[] = [];
  for (const period of runsOf(older, periodOf)) {
    if (open.length + period.length > size && open.length > 0) {
      cuts.push(open);
      open = [];
    }
    for (let start = 0; start < period.length; start += size) {
      const piece = period.slice(start, start + size);
      if (piece.length === size) cuts.push(piece);
      else open.push(...piece);
    }
  }
  if (open.length > 0) cuts.push(open);
  return [...cuts.map((part, i) => ({ id: String(i + 1), items: part })), { id: 'recent', items: items.slice(older.length) }];
}

/**
 * The month of an article's date, the period an older part is made of.
 * @example monthOf({ data: { date: '2024-03-15' } }) // '2024-03'
 */
export function monthOf(article: { data: { date: string } }): string {
  return article.data.date.slice(0, 7);
}

/**
 * The index parts of an archive's articles, oldest first: articles by date,
 * same-day articles by `keyOf` (their slug), so that the order, and with it
 * every part's records, is stable from build to build. The search page and
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
  return indexParts(oldestFirst, monthOf, size, recent);
}

/**
 * The parts to index, in rounds: the parts of a round are indexed at once,
 * each on a core of its own, as long as together they hold no more articles
 * than one full part, so that a round needs no more memory than the largest
 * part alone. In order: consecutive parts share a round.
 * @param sizes the articles of each part to index, in order
 * @param budget most articles in one round: the part size
 * @param lanes most parts in one round: the cores
 * @example indexingRounds([3479, 3375, 2146, 1000], 3500, 2) // [[0], [1], [2, 3]]
 */
export function indexingRounds(sizes: readonly number[], budget: number, lanes: number): number[][] {
  const rounds: number[][] = [];
  let held = Infinity;
  sizes.forEach((size, i) => {
    const round = rounds.at(-1);
    if (round && round.length < lanes && held + size <= budget) {
      round.push(i);
      held += size;
    } else {
      rounds.push([i]);
      held = size;
    }
  });
  return rounds;
}

/** The folder of the site that holds the index, a part in each of its folders. */
export const SEARCH_INDEX_FOLDER = 'pagefind/';

/**
 * Where a part is published, under the site's base.
 * @example indexPartPath('recent') // 'pagefind/recent/'
 */
export function indexPartPath(id: string): string {
  return `${SEARCH_INDEX_FOLDER}${id}/`;
}
