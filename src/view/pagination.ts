/**
 * Pagination of the archive's lists (home, city, month, author, topic),
 * newest first, 50 entries a page. The front page, at the list's own
 * address, holds the newest 50; the older entries are in pages counted from
 * the oldest (page 1 holds the oldest 50), at `page/n/` under the list, each
 * of 50 but the newest of them. So a page, once full, keeps its entries, its
 * address and its links as the list grows at the front: a new issue changes
 * a list's front page and its newest older page, and no other, and an
 * address cited stays what it was.
 */

export const PAGE_SIZE = 50;

export interface Page<T> {
  /** 0 for the front page; else the page's number counted from the oldest (1 is the oldest). */
  number: number;
  /** Newest first. */
  items: T[];
  /** The page of the next newer entries (0, the front page, for the newest older page); none on the front page. */
  newer?: number;
  /** The page of the next older entries; none on the oldest page. */
  older?: number;
  /**
   * On the front page only, the length of the whole list: an older page says
   * nothing that changes as the list grows.
   */
  total?: number;
}

/**
 * Splits a list, newest first, into its front page and its older pages, the
 * front page first, then the older pages from the newest; an empty list
 * still has its (empty) front page.
 * @example paginate([5, 4, 3, 2, 1], 2).map((page) => `${page.number}:${page.items.join('')}`) // ['0:54', '2:3', '1:21']
 */
export function paginate<T>(items: readonly T[], size = PAGE_SIZE): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`page size must be a positive integer, got ${size}`);
  const rest = items.slice(size);
  const count = Math.ceil(rest.length / size);
  const front: Page<T> = { number: 0, items: items.slice(0, size), total: items.length, ...(count > 0 ? { older: count } : {}) };
  const older = Array.from({ length: count }, (_, i): Page<T> => {
    const number = count - i;
    // Counted from the oldest entry: page n holds the (n-1)·size+1-th to n·size-th oldest.
    const end = rest.length - (number - 1) * size;
    return { number, items: rest.slice(Math.max(0, end - size), end), newer: number < count ? number + 1 : 0, ...(number > 1 ? { older: number - 1 } : {}) };
  });
  return [front, ...older];
}

/**
 * The rest parameter of page n of a list route (`[...page].astro`): none for the front page.
 * @example pageParam(0) // undefined
 * @example pageParam(3) // 'page/3'
 */
export function pageParam(number: number): string | undefined {
  return number === 0 ? undefined : `page/${number}`;
}

/**
 * The site path of page n of the list at `listPath` (a path ending in `/`, or '' for the home page); 0 is the front page.
 * @example pagePath('cities/jincheng/', 0) // 'cities/jincheng/'
 * @example pagePath('cities/jincheng/', 2) // 'cities/jincheng/page/2/'
 */
export function pagePath(listPath: string, number: number): string {
  return number === 0 ? listPath : `${listPath}page/${number}/`;
}

/**
 * A list's count as a page's description gives it: on the front page only,
 * since an older page says nothing that changes as the list grows.
 * @example countClause(3) // '，共 3 篇'
 * @example countClause(undefined) // ''
 */
export function countClause(total: number | undefined): string {
  return total === undefined ? '' : `，共 ${total} 篇`;
}
