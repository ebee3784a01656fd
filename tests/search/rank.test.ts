import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { articleMatch, compareRanked, frequencyScore, occurrences, type Ranked } from '../../src/search/rank.ts';
import { BODY_START } from '../../src/search/record.ts';

const ranked = (starts: number[], wordCount: number, order: number, averageLength = 1000): Ranked => {
  const match = articleMatch(starts, wordCount);
  return { match, score: frequencyScore(match.count, match.length, averageLength), order };
};

describe('ranking', () => {
  it('finds the query only where every term sits at its offset', () => {
    expect(occurrences([{ offset: 0, positions: [3, 9, 20] }, { offset: 2, positions: [5, 12, 22] }])).toEqual([3, 20]);
    expect(occurrences([{ offset: 0, positions: [7] }])).toEqual([7]);
    expect(occurrences([{ offset: 0, positions: [1] }, { offset: 4, positions: [] }])).toEqual([]);
    expect(occurrences([])).toEqual([]);
    // At the record's first position, and never before it: a term at its offset further in than its position.
    expect(occurrences([{ offset: 0, positions: [0, 4] }, { offset: 2, positions: [2] }])).toEqual([0]);
    expect(occurrences([{ offset: 2, positions: [1, 9] }])).toEqual([7]);
    expect(occurrences([{ offset: 3, positions: [0, 1, 2, 3] }, { offset: 0, positions: [0] }])).toEqual([0]);
  });

  it('counts the phrase, not its terms: halves apart, however often, are no occurrence', () => {
    const halvesApart = { offset: 0, positions: Array.from({ length: 30 }, (_, i) => BODY_START + i * 10) };
    const secondHalves = { offset: 2, positions: Array.from({ length: 30 }, (_, i) => BODY_START + i * 10 + 5) };
    expect(occurrences([halvesApart, secondHalves])).toEqual([]);
  });

  it('takes the most telling field a match lies in, and counts the printed fields only', () => {
    expect(articleMatch([0, BODY_START + 3], BODY_START + 100)).toMatchObject({ field: 'headline', count: 2, length: 100 });
    expect(articleMatch([130, BODY_START + 3], BODY_START + 100)).toMatchObject({ field: 'furniture', count: 2 });
    expect(articleMatch([BODY_START + 3], BODY_START + 100)).toMatchObject({ field: 'body', count: 1 });
    expect(articleMatch([330], BODY_START + 100)).toMatchObject({ field: 'place', count: 0 });
    expect(articleMatch([BODY_START + 3, 130, 330], BODY_START + 100)).toEqual({ starts: [BODY_START + 3, 130, 330], field: 'furniture', count: 2, length: 100 });
    expect(articleMatch([], 10)).toEqual({ starts: [], field: 'place', count: 0, length: 0 });
  });

  it('weighs a count as BM25 does, with saturation 1.2 and length weight 0.35', () => {
    // (count × 2.2) / (count + 1.2 × (0.65 + 0.35 × length / average)), worked out by hand.
    expect(frequencyScore(4, 1000, 1000)).toBeCloseTo(8.8 / 5.2, 12);
    expect(frequencyScore(1, 2000, 1000)).toBeCloseTo(2.2 / (1 + 1.2 * 1.35), 12);
    expect(frequencyScore(3, 250, 1000)).toBeCloseTo(6.6 / (3 + 1.2 * 0.7375), 12);
    // An archive with no body text yet: every body is of average length.
    expect(frequencyScore(2, 500, 0)).toBeCloseTo(4.4 / 3.2, 12);
    expect(frequencyScore(0, 500, 1000)).toBe(0);
  });

  it('grows with the count, saturating, and falls with the body length', () => {
    const score = (count: number, length: number) => frequencyScore(count, length, 1000);
    expect(score(2, 1000)).toBeGreaterThan(score(1, 1000));
    expect(score(20, 1000) - score(10, 1000)).toBeLessThan(score(2, 1000) - score(1, 1000));
    expect(score(3, 500)).toBeGreaterThan(score(3, 3000));
  });

  it('ranks by field, then frequency, then the newer article', () => {
    const headline = ranked([0], BODY_START + 3000, 1);
    const kicker = ranked([130, ...Array.from({ length: 9 }, (_, i) => BODY_START + i * 10)], BODY_START + 500, 2);
    const often = ranked(Array.from({ length: 6 }, (_, i) => BODY_START + i * 10), BODY_START + 1000, 3);
    const once = ranked([BODY_START], BODY_START + 1000, 4);
    const onceNewer = ranked([BODY_START], BODY_START + 1000, 5);
    const placeOnly = ranked([330], BODY_START + 1000, 6);
    expect([placeOnly, once, often, onceNewer, kicker, headline].sort(compareRanked)).toEqual([headline, kicker, often, onceNewer, once, placeOnly]);
    // Each rule alone decides, and says by how much: the sign of the difference is the order.
    expect(compareRanked(headline, kicker)).toBeLessThan(0);
    expect(compareRanked(kicker, headline)).toBeGreaterThan(0);
    expect(compareRanked(often, once)).toBeLessThan(0);
    expect(compareRanked(onceNewer, once)).toBe(-1);
    expect(compareRanked(once, { ...once })).toBe(0);
  });

  it('puts an article that prints the query at least twice as often first, though up to three times longer (property)', () => {
    // Articles up to five times the average length, as archives hold them.
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 200 }), fc.double({ min: 0.1, max: 5, noNaN: true }), fc.double({ min: 1 / 3, max: 3, noNaN: true }), (count, relative, ratio) => {
        const average = 1000;
        const length = relative * average;
        expect(frequencyScore(count, length, average)).toBeGreaterThan(frequencyScore(Math.floor(count / 2), length / ratio, average));
      }),
    );
  });
});
