import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PAGE_SIZE, pagePath, pageParam, pagerNumbers, paginate } from '../../src/view/pagination.ts';

describe('pagination', () => {
  it('cuts a list into pages of 50 that together are the list, in order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 400 }), (items) => {
        const pages = paginate(items);
        expect(pages.flatMap((page) => page.items)).toEqual(items);
        expect(pages.length).toBe(Math.max(1, Math.ceil(items.length / PAGE_SIZE)));
        pages.forEach((page, index) => {
          expect(page.number).toBe(index + 1);
          expect(page.count).toBe(pages.length);
          expect(page.items.length).toBeLessThanOrEqual(PAGE_SIZE);
          expect(page.start).toBe(index * PAGE_SIZE);
        });
      }),
    );
  });

  it('starts to paginate past 50 entries', () => {
    expect(paginate(Array(50).fill(0))).toHaveLength(1);
    expect(paginate(Array(51).fill(0)).map((p) => p.items.length)).toEqual([50, 1]);
    expect(paginate([])).toEqual([{ number: 1, count: 1, items: [], start: 0, total: 0 }]);
    expect(() => paginate([1], 0)).toThrow(/positive integer/);
  });

  it('keeps page 1 at the list address and puts page n under page/n/', () => {
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(2)).toBe('page/2');
    expect(pagePath('', 1)).toBe('');
    expect(pagePath('', 3)).toBe('page/3/');
    expect(pagePath('archive/2025/04/', 2)).toBe('archive/2025/04/page/2/');
  });

  it('shows the first, last, current and neighbouring pages, with gaps', () => {
    expect(pagerNumbers(1, 1)).toEqual([1]);
    expect(pagerNumbers(1, 3)).toEqual([1, 2, 3]);
    expect(pagerNumbers(5, 10)).toEqual([1, null, 4, 5, 6, null, 10]);
    expect(pagerNumbers(3, 10)).toEqual([1, 2, 3, 4, null, 10]);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 300 }), (a, b) => {
        const [current, count] = a <= b ? [a, b] : [b, a];
        const numbers = pagerNumbers(current, count).filter((n) => n !== null);
        expect(numbers).toContain(current);
        expect(numbers[0]).toBe(1);
        expect(numbers.at(-1)).toBe(count);
        expect([...numbers].sort((x, y) => x - y)).toEqual(numbers);
      }),
    );
  });
});
