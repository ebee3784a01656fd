/**
 * Pagination of the archive's lists (home, city, month, author, topic): 50
 * entries a page; page 1 lives at the list's own address, page n at `page/n/`
 * under it, so a list's first page keeps its URL when it starts to paginate.
 */

export const PAGE_SIZE = 50;

export interface Page<T> {
  /** 1-based. */
  number: number;
  /** How many pages the list has (at least 1, also for an empty list). */
  count: number;
  items: T[];
  /** Position of the first item of this page in the whole list, 0-based. */
  start: number;
  /** Length of the whole list. */
  total: number;
}

/**
 * Splits a list into pages; an empty list still has one (empty) page.
 * @example paginate([1, 2, 3], 2).map((page) => page.items) // [[1, 2], [3]]
 */
export function paginate<T>(items: readonly T[], size = PAGE_SIZE): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`page size must be a positive integer, got ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => ({
    number: index + 1,
    count,
    items: items.slice(index * size, (index + 1) * size),
    start: index * size,
    total: items.length,
  }));
}

/**
 * The rest parameter of page n of a list route (`[...page].astro`): none for page 1.
 * @example pageParam(1) // undefined
 * @example pageParam(3) // 'page/3'
 */
export function pageParam(number: number): string | undefined {
  return number === 1 ? undefined : `page/${number}`;
}

/**
 * The site path of page n of the list at `listPath` (a path ending in `/`, or '' for the home page).
 * @example pagePath('cities/jincheng/', 1) // 'cities/jincheng/'
 * @example pagePath('cities/jincheng/', 2) // 'cities/jincheng/page/2/'
 */
export function pagePath(listPath: string, number: number): string {
  return number === 1 ? listPath : `${listPath}page/${number}/`;
}

/**
 * The page numbers a pager shows: the first, the last, and the current one
 * with its neighbours; `null` stands for a gap.
 * @example pagerNumbers(5, 10) // [1, null, 4, 5, 6, null, 10]
 */
export function pagerNumbers(current: number, count: number): (number | null)[] {
  const shown = new Set([1, count, current - 1, current, current + 1].filter((n) => n >= 1 && n <= count));
  const sorted = [...shown].sort((a, b) => a - b);
  const result: (number | null)[] = [];
  sorted.forEach((n, i) => {
    const previous = sorted[i - 1];
    if (previous !== undefined && n - previous === 2) result.push(previous + 1);
    else if (previous !== undefined && n - previous > 2) result.push(null);
    result.push(n);
  });
  return result;
}
