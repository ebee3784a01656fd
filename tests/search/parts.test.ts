import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { articleIndexParts, indexPartPath, indexParts } from '../../src/search/parts.ts';

const ids = (count: number, size: number, recent: number) =>
  indexParts(
    Array.from({ length: count }, (_, i) => i),
    size,
    recent,
  ).map((part) => `${part.id}:${part.items.length}`);

describe('search index parts', () => {
  it('puts the newest articles in the part recent and the older ones in parts of the part size, oldest first', () => {
    expect(ids(10_000, 3500, 1000)).toEqual(['1:3500', '2:3500', '3:2000', 'recent:1000']);
    expect(ids(5000, 3500, 1000)).toEqual(['1:3500', '2:500', 'recent:1000']);
    expect(ids(800, 3500, 1000)).toEqual(['recent:800']);
    expect(indexParts(['a', 'b', 'c'], 1, 1)).toEqual([
      { id: '1', items: ['a'] },
      { id: '2', items: ['b'] },
      { id: 'recent', items: ['c'] },
    ]);
  });

  it('has one empty part for an empty archive, so that the search page still finds an index', () => {
    expect(indexParts([])).toEqual([{ id: 'recent', items: [] }]);
  });

  it('keeps every article once, in order; a newer article changes only recent and the last older part (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 10 }), (count, size, recent) => {
        const items = Array.from({ length: count }, (_, i) => i);
        const parts = indexParts(items, size, recent);
        expect(parts.flatMap((part) => part.items)).toEqual(items);
        for (const part of parts.slice(0, -1)) expect(part.items.length).toBeLessThanOrEqual(size);
        expect(parts.at(-1)!.items.length).toBe(Math.min(count, recent));
        const after = indexParts([...items, count], size, recent);
        for (const part of parts.slice(0, -2)) expect(after).toContainEqual(part);
      }),
    );
  });

  it('orders an archive oldest first, same-day articles by their key, whatever order they come in', () => {
    const articles = [
      { slug: 'b', data: { date: '2025-01-02' } },
      { slug: 'c', data: { date: '2024-05-01' } },
      { slug: 'a', data: { date: '2025-01-02' } },
    ];
    const parts = articleIndexParts(articles, (article) => article.slug, 2, 1);
    expect(parts.map((part) => [part.id, part.items.map((article) => article.slug)])).toEqual([
      ['1', ['c', 'a']],
      ['recent', ['b']],
    ]);
    expect(articleIndexParts([...articles].reverse(), (article) => article.slug, 2, 1)).toEqual(parts);
  });

  it('publishes each part in its own folder', () => {
    expect(indexPartPath('recent')).toBe('pagefind/recent/');
  });
});
