import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { articleIndexParts, indexPartPath, indexParts } from '../../src/search/parts.ts';

const ids = (dates: string[], size: number) => indexParts(dates, (date) => date, size).map((part) => part.id);
const yearOf = (date: string) => date.slice(0, 4);

describe('search index parts', () => {
  it('puts consecutive whole years in one part while it holds at most the part size', () => {
    expect(ids(['2023-06-01', '2024-01-01', '2024-12-31'], 4000)).toEqual(['2023-2024']);
    expect(ids(['2021-01-01', '2022-01-01', '2023-01-01', '2024-01-01', '2025-01-01'], 2)).toEqual(['2021-2022', '2023-2024', '2025']);
    expect(ids(['2021-01-01', '2021-02-01', '2022-01-01'], 2)).toEqual(['2021', '2022']);
  });

  it('cuts a year of more than the part size into parts of its own, from its oldest articles', () => {
    const dates = ['2023-01-01', '2024-01-01', '2024-02-01', '2024-03-01', '2025-01-01'];
    expect(indexParts(dates, (date) => date, 2).map((part) => [part.id, part.items])).toEqual([
      ['2023', ['2023-01-01']],
      ['2024.1', ['2024-01-01', '2024-02-01']],
      ['2024.2', ['2024-03-01']],
      ['2025', ['2025-01-01']],
    ]);
    // A newer article of that year changes only its newest part.
    expect(indexParts([...dates.slice(0, 4), '2024-04-01', '2025-01-01'], (date) => date, 2).slice(0, 2)).toEqual(indexParts(dates, (date) => date, 2).slice(0, 2));
  });

  it('has one empty part for an empty archive, so the search page still finds an index', () => {
    expect(indexParts([], (date: string) => date)).toEqual([{ id: 'empty', items: [] }]);
  });

  it('keeps every article once, in order, in parts no larger than the part size, and keeps the parts of earlier years when one is added', () => {
    const date = fc.date({ min: new Date('2015-01-01'), max: new Date('2024-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.array(date, { maxLength: 80 }), date, fc.integer({ min: 1, max: 10 }), (list, added, size) => {
        const sorted = [...list].sort();
        const parts = indexParts(sorted, (d) => d, size);
        expect(parts.flatMap((part) => part.items)).toEqual(sorted);
        for (const part of parts) {
          expect(part.items.length).toBeLessThanOrEqual(size);
          // Whole years, unless a year alone is larger than a part.
          const years = new Set(part.items.map(yearOf));
          if (!part.id.includes('.')) for (const year of years) expect(sorted.filter((d) => yearOf(d) === year).length).toBe(part.items.filter((d) => yearOf(d) === year).length);
        }
        const after = indexParts([...sorted, added].sort(), (d) => d, size);
        // Of the parts before the added article's year, only the last may take it in.
        const earlier = parts.filter((part) => part.items.length > 0 && yearOf(part.items.at(-1)!) < yearOf(added));
        for (const part of earlier.slice(0, -1)) expect(after).toContainEqual(part);
      }),
    );
  });

  it('orders an archive oldest first, same-day articles by their key, whatever order they come in', () => {
    const articles = [
      { slug: 'b', data: { date: '2025-01-02' } },
      { slug: 'c', data: { date: '2024-05-01' } },
      { slug: 'a', data: { date: '2025-01-02' } },
    ];
    const parts = articleIndexParts(articles, (article) => article.slug, 2);
    expect(parts.map((part) => [part.id, part.items.map((article) => article.slug)])).toEqual([
      ['2024', ['c']],
      ['2025', ['a', 'b']],
    ]);
    expect(articleIndexParts([...articles].reverse(), (article) => article.slug, 2)).toEqual(parts);
  });

  it('publishes each part in its own folder', () => {
    expect(indexPartPath('2021-2022')).toBe('pagefind/2021-2022/');
  });
});
