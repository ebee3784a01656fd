import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countClause, PAGE_SIZE, pagePath, pageParam, paginate } from '../../src/view/pagination.ts';

/** A list of n entries, newest first: n, n-1, … 1. */
const list = (n: number) => Array.from({ length: n }, (_, i) => n - i);

describe('pagination', () => {
  it('puts the newest 50 on the front page and the rest in pages of 50 counted from the oldest, together the list in order (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), (n) => {
        const items = list(n);
        const pages = paginate(items);
        expect(pages.flatMap((page) => page.items)).toEqual(items);
        const older = Math.ceil(Math.max(0, n - PAGE_SIZE) / PAGE_SIZE);
        expect(pages.map((page) => page.number)).toEqual([0, ...Array.from({ length: older }, (_, i) => older - i)]);
        expect(pages[0]).toMatchObject({ items: items.slice(0, PAGE_SIZE), total: n });
        for (const page of pages.slice(1)) {
          // The oldest page holds the 50 oldest entries, page 2 the next 50 …
          expect(page.items.at(-1)).toBe((page.number - 1) * PAGE_SIZE + 1);
          if (page.number < older) expect(page.items).toHaveLength(PAGE_SIZE);
          expect(page.total).toBeUndefined();
        }
      }),
    );
  });

  it('links each page to its newer and older neighbours', () => {
    const pages = paginate(list(175));
    expect(pages.map(({ number, newer, older }) => ({ number, newer, older }))).toEqual([
      { number: 0, newer: undefined, older: 3 },
      { number: 3, newer: 0, older: 2 },
      { number: 2, newer: 3, older: 1 },
      { number: 1, newer: 2, older: undefined },
    ]);
    expect(paginate([]).map(({ number, items, older }) => ({ number, items, older }))).toEqual([{ number: 0, items: [], older: undefined }]);
    expect(() => paginate([1], 0)).toThrow(/positive integer/);
  });

  it('leaves every older page but the newest as it was when a newer entry comes (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 120 }), (n, added) => {
        const before = paginate(list(n));
        const after = paginate(list(n + added));
        const newestOlder = before[1]?.number ?? 0;
        for (const page of before.slice(1).filter((p) => p.number < newestOlder)) expect(after).toContainEqual(page);
      }),
    );
  });

  it('keeps the front page at the list address and puts page n under page/n/', () => {
    expect(pageParam(0)).toBeUndefined();
    expect(pageParam(2)).toBe('page/2');
    expect(pagePath('', 0)).toBe('');
    expect(pagePath('', 3)).toBe('page/3/');
    expect(pagePath('archive/2025/04/', 2)).toBe('archive/2025/04/page/2/');
  });

  it('gives a list’s count for the front page’s description, and nothing for an older page', () => {
    expect(countClause(3)).toBe('，共 3 篇');
    expect(countClause(0)).toBe('，共 0 篇');
    expect(countClause(undefined)).toBe('');
  });
});
