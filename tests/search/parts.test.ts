import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { articleIndexParts, indexingRounds, indexPartPath, indexParts, recentCount, runsOf } from '../../src/search/parts.ts';

/** Items numbered from 0, `perPeriod` to a period. */
const ids = (count: number, size: number, recent: number, perPeriod = 1) =>
  indexParts(
    Array.from({ length: count }, (_, i) => i),
    (i) => String(Math.floor(i / perPeriod)),
    size,
    recent,
  ).map((part) => `${part.id}:${part.items.length}`);
const own = (item: string) => item;

describe('search index parts', () => {
  it('puts the newest articles in the part recent and the older ones in parts of whole periods, as many as fit in the part size, oldest first', () => {
    expect(ids(10_000, 3500, 1000)).toEqual(['1:3500', '2:3500', '3:2000', 'recent:1000']);
    // Periods of 167 (a month of a five-year archive of 10,000): 20 fit in a part.
    // recent holds whole months too: the newest, of 147, and six of 167 (1,149), the fewest that hold 1,000.
    expect(ids(10_000, 3500, 1000, 167)).toEqual(['1:3340', '2:3340', '3:2171', 'recent:1149']);
    expect(ids(5000, 3500, 1000)).toEqual(['1:3500', '2:500', 'recent:1000']);
    expect(ids(800, 3500, 1000)).toEqual(['recent:800']);
    // A period larger than a part is cut into parts of the part size; its rest opens a part the next periods may join.
    expect(ids(60, 10, 0, 25)).toEqual(['1:10', '2:10', '3:5', '4:10', '5:10', '6:5', '7:10', 'recent:0']);
    expect(indexParts(['a', 'b', 'c'], own, 1, 1)).toEqual([
      { id: '1', items: ['a'] },
      { id: '2', items: ['b'] },
      { id: 'recent', items: ['c'] },
    ]);
  });

  it('has one empty part for an empty archive, so that the search page still finds an index', () => {
    expect(indexParts([], own)).toEqual([{ id: 'recent', items: [] }]);
  });

  it('keeps every article once, in order, and a period in one part unless it is larger than a part; a newer article changes only recent and the last older part (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 80 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 1, max: 15 }),
        (count, size, recent, perPeriod) => {
          const items = Array.from({ length: count }, (_, i) => i);
          const period = (i: number) => String(Math.floor(i / perPeriod));
          const parts = indexParts(items, period, size, recent);
          expect(parts.flatMap((part) => part.items)).toEqual(items);
          const older = parts.slice(0, -1);
          for (const part of older) expect(part.items.length).toBeLessThanOrEqual(size);
          if (perPeriod <= size)
            for (const [a, b] of older.slice(1).map((part, i) => [older[i]!, part] as const)) expect(period(a.items.at(-1)!)).not.toBe(period(b.items[0]!));
          // recent: at least `recent` items (all, when fewer); whole periods, the fewest that hold that many, unless those outgrow a part.
          const newest = parts.at(-1)!.items;
          expect(newest.length).toBeGreaterThanOrEqual(Math.min(count, recent));
          if (newest.length > Math.max(size, recent)) throw new Error('recent outgrew a part');
          if (newest.length > recent) {
            expect(newest.length === count || period(newest[0]!) !== period(newest[0]! - 1)).toBe(true);
            expect(newest.filter((i) => period(i) !== period(newest[0]!)).length).toBeLessThan(recent);
          }
          const after = indexParts([...items, count], period, size, recent);
          for (const part of parts.slice(0, -2)) expect(after).toContainEqual(part);
        },
      ),
    );
  });

  it('changes only the parts from an old period on when an article of that period comes late, and none before it (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 80 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 8 }), fc.nat(), (count, size, perPeriod, at) => {
        const items = Array.from({ length: count }, (_, i) => ({ period: Math.floor(i / perPeriod), n: i }));
        const late = items[at % count]!;
        const withLate = [...items.slice(0, (at % count) + 1), { period: late.period, n: -1 }, ...items.slice((at % count) + 1)];
        const periodOf = (item: { period: number }) => String(item.period);
        const before = indexParts(items, periodOf, size, 0);
        const after = indexParts(withLate, periodOf, size, 0);
        for (const part of before.filter((p) => p.items.length > 0 && p.items.at(-1)!.period < late.period)) expect(after).toContainEqual(part);
      }),
    );
  });

  it('keeps recent at whole months, so a new issue leaves the older parts as they were until recent can spare its oldest month', () => {
    // Sixty months of 167: recent holds the newest six (1,002).
    const months = (count: number) => Array.from({ length: count }, (_, i) => i);
    const monthOfItem = (i: number) => String(Math.floor(i / 167));
    const before = indexParts(months(10_020), monthOfItem, 3500, 1000);
    expect(before.at(-1)!.items).toHaveLength(1002);
    // An issue of forty in a new month: the older parts as they were (forty and five months would hold only 875).
    const after = indexParts(months(10_060), monthOfItem, 3500, 1000);
    expect(after.slice(0, -1)).toEqual(before.slice(0, -1));
    expect(after.at(-1)!.items).toHaveLength(1042);
    // Once the new month holds 165, recent can spare its oldest month, which goes to the last older part.
    const later = indexParts(months(10_020 + 165), monthOfItem, 3500, 1000);
    expect(later.at(-1)!.items).toHaveLength(1000);
    expect(later.slice(0, -2)).toEqual(before.slice(0, -2));
    expect(later.at(-2)!.items).toHaveLength(before.at(-2)!.items.length + 167);
    // A month far larger than recent: the newest `recent` items instead, never more than a part.
    expect(recentCount(months(5000), () => 'one month', 3500, 1000)).toBe(1000);
    expect(recentCount(months(3), () => 'one month', 3500, 1000)).toBe(3);
    expect(recentCount(months(30), monthOfItem, 3500, 0)).toBe(0);
  });

  it('cuts a sequence into runs of equal keys', () => {
    expect(runsOf([1, 1, 2, 1], String)).toEqual([[1, 1], [2], [1]]);
    expect(runsOf([], String)).toEqual([]);
  });

  it('makes every part of whole months: a new issue leaves every month where it was until recent can spare its oldest', () => {
    const article = (date: string, slug: string) => ({ slug, data: { date } });
    const slugs = (parts: { id: string; items: { slug: string }[] }[]) => parts.map((part) => [part.id, part.items.map((a) => a.slug).join('')]);
    const archive = [
      article('2024-01-03', 'a'),
      article('2024-01-20', 'b'),
      article('2024-02-02', 'c'),
      article('2024-03-01', 'd'),
      article('2024-03-05', 'e'),
    ];
    expect(slugs(articleIndexParts(archive, (a) => a.slug, 3, 1))).toEqual([
      ['1', 'abc'],
      ['recent', 'de'],
    ]);
    // One more in March: only recent changes.
    const march = [...archive, article('2024-03-09', 'f')];
    expect(slugs(articleIndexParts(march, (a) => a.slug, 3, 1))).toEqual([
      ['1', 'abc'],
      ['recent', 'def'],
    ]);
    // April begins: March goes, whole, to the older parts.
    expect(slugs(articleIndexParts([...march, article('2024-04-01', 'g')], (a) => a.slug, 3, 1))).toEqual([
      ['1', 'abc'],
      ['2', 'def'],
      ['recent', 'g'],
    ]);
  });

  it('orders an archive oldest first, same-day articles by their key, whatever order they come in', () => {
    const articles = [
      { slug: 'b', data: { date: '2025-01-02' } },
      { slug: 'c', data: { date: '2024-05-01' } },
      { slug: 'a', data: { date: '2025-01-02' } },
    ];
    const parts = articleIndexParts(articles, (article) => article.slug, 2, 1);
    expect(parts.map((part) => [part.id, part.items.map((article) => article.slug)])).toEqual([
      ['1', ['c']],
      ['recent', ['a', 'b']],
    ]);
    expect(articleIndexParts([...articles].reverse(), (article) => article.slug, 2, 1)).toEqual(parts);
  });

  it('indexes parts at once, one a core, while together they hold no more than a full part (property)', () => {
    expect(indexingRounds([2186, 1000], 3500, 2)).toEqual([[0, 1]]);
    expect(indexingRounds([1000, 1000, 1000], 3500, 2)).toEqual([[0, 1], [2]]);
    expect(indexingRounds([], 3500, 2)).toEqual([]);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 50 })), fc.integer({ min: 1, max: 4 }), (sizes, lanes) => {
        const rounds = indexingRounds(sizes, 50, lanes);
        expect(rounds.flat()).toEqual(sizes.map((_, i) => i));
        for (const round of rounds) {
          expect(round.length).toBeLessThanOrEqual(lanes);
          if (round.length > 1) expect(round.reduce((sum, i) => sum + sizes[i]!, 0)).toBeLessThanOrEqual(50);
        }
      }),
    );
  });

  it('publishes each part in its own folder', () => {
    expect(indexPartPath('recent')).toBe('pagefind/recent/');
  });
});
