import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { indexPartPath, indexParts } from '../../src/lib/index-parts.ts';

const ids = (dates: string[], size: number) => indexParts(dates, (date) => date, size).map((part) => part.id);

describe('search index parts', () => {
  it('makes one part a year, oldest first, and cuts a year of more than the part size from its oldest articles', () => {
    expect(ids(['2023-06-01', '2024-01-01', '2024-12-31'], 4000)).toEqual(['2023-1', '2024-1']);
    const dates = ['2024-01-01', '2024-02-01', '2024-03-01', '2025-01-01', '2025-02-01'];
    expect(indexParts(dates, (date) => date, 2).map((part) => part.items)).toEqual([['2024-01-01', '2024-02-01'], ['2024-03-01'], ['2025-01-01', '2025-02-01']]);
    expect(ids(dates, 2)).toEqual(['2024-1', '2024-2', '2025-1']);
  });

  it('has one empty part for an empty archive, so the search page still finds an index', () => {
    expect(indexParts([], (date: string) => date)).toEqual([{ id: 'empty', items: [] }]);
  });

  it('keeps every article once, in order, and leaves the parts of other years as they were when one is added', () => {
    const date = fc.date({ min: new Date('2015-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.array(date, { maxLength: 60 }), date, fc.integer({ min: 1, max: 8 }), (list, added, size) => {
        const sorted = [...list].sort();
        const parts = indexParts(sorted, (d) => d, size);
        expect(parts.flatMap((part) => part.items)).toEqual(sorted);
        for (const part of parts) expect(part.items.length).toBeLessThanOrEqual(size);
        const after = indexParts([...sorted, added].sort(), (d) => d, size);
        const year = added.slice(0, 4);
        const otherYears = (ps: typeof parts) => ps.filter((part) => part.items.length > 0 && !part.id.startsWith(`${year}-`));
        expect(otherYears(after)).toEqual(otherYears(parts));
      }),
    );
  });

  it('publishes each part in its own folder', () => {
    expect(indexPartPath('2025-1')).toBe('pagefind/2025-1/');
  });
});
