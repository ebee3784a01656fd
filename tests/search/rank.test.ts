import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  articleMatch,
  closeGroups,
  compareRanked,
  frequencyScore,
  matchScore,
  occurrences,
  PROXIMITY,
  type Occurrence,
  type Ranked,
} from '../../src/search/rank.ts';
import { BODY_START } from '../../src/search/record.ts';

/** Occurrences of a two-character word at these positions. */
const at = (...starts: number[]): Occurrence[] => starts.map((start) => ({ start, length: 2 }));

const ranked = (groups: Occurrence[][], wordCount: number, order: number, averageLength = 1000): Ranked => {
  const match = articleMatch(groups, wordCount);
  return { match, score: matchScore(match, averageLength), order };
};

describe('ranking', () => {
  it('finds the query only where every term sits at its offset', () => {
    expect(
      occurrences([
        { offset: 0, positions: [3, 9, 20] },
        { offset: 2, positions: [5, 12, 22] },
      ]),
    ).toEqual([3, 20]);
    expect(occurrences([{ offset: 0, positions: [7] }])).toEqual([7]);
    expect(
      occurrences([
        { offset: 0, positions: [1] },
        { offset: 4, positions: [] },
      ]),
    ).toEqual([]);
    expect(occurrences([])).toEqual([]);
  });

  it('counts the phrase, not its terms: halves apart, however often, are no occurrence', () => {
    const halvesApart = { offset: 0, positions: Array.from({ length: 30 }, (_, i) => BODY_START + i * 10) };
    const secondHalves = { offset: 2, positions: Array.from({ length: 30 }, (_, i) => BODY_START + i * 10 + 5) };
    expect(occurrences([halvesApart, secondHalves])).toEqual([]);
  });

  it('tells where each group lies and counts the printed fields only', () => {
    expect(articleMatch([at(0, BODY_START + 3)], BODY_START + 100)).toMatchObject({ inHeadlineBlock: 1, inHeadline: 1, printed: 1, counts: [2], length: 100 });
    expect(articleMatch([at(130, BODY_START + 3)], BODY_START + 100)).toMatchObject({ inHeadlineBlock: 1, inHeadline: 0, counts: [2] });
    expect(articleMatch([at(BODY_START + 3)], BODY_START + 100)).toMatchObject({ inHeadlineBlock: 0, printed: 1, counts: [1] });
    expect(articleMatch([at(330)], BODY_START + 100)).toMatchObject({ printed: 0, counts: [0] });
    expect(articleMatch([at(0), at(BODY_START), at(330)], BODY_START + 100)).toMatchObject({
      inHeadlineBlock: 1,
      inHeadline: 1,
      printed: 2,
      counts: [1, 1, 0],
    });
  });

  it('counts the groups that occur within PROXIMITY characters of one another, in one field', () => {
    const body = BODY_START + 100;
    expect(closeGroups([at(body), at(body + 20)])).toBe(2);
    expect(closeGroups([at(body), at(body + PROXIMITY - 2)])).toBe(2);
    expect(closeGroups([at(body), at(body + PROXIMITY - 1)])).toBe(1);
    expect(closeGroups([at(body, body + 500), at(body + 300), at(body + 510)])).toBe(2);
    expect(closeGroups([at(body + 500), at(body + 300, body + 530), at(body + 510)])).toBe(3);
    // Not across fields: a headline's end and the body's start are no neighbours; place names are no text.
    expect(closeGroups([at(BODY_START - 70), at(BODY_START + 2)])).toBe(1);
    expect(closeGroups([at(330), at(340)])).toBe(0);
    expect(closeGroups([at(body)])).toBe(1);
    expect(closeGroups([])).toBe(0);
  });

  it('counts close groups as a brute force over every window does (property)', () => {
    const occurrence = fc.record({ start: fc.integer({ min: BODY_START, max: BODY_START + 300 }), length: fc.integer({ min: 1, max: 6 }) });
    fc.assert(
      fc.property(fc.array(fc.array(occurrence, { maxLength: 6 }), { minLength: 1, maxLength: 4 }), (groups) => {
        let best = 0;
        for (const group of groups) {
          for (const from of group) {
            const inWindow = groups.filter((other) => other.some((o) => o.start >= from.start && o.start + o.length - from.start <= PROXIMITY));
            if (from.length <= PROXIMITY) best = Math.max(best, inWindow.length);
          }
        }
        expect(closeGroups(groups)).toBe(best);
      }),
    );
  });

  it('grows with the count, saturating, and falls with the body length', () => {
    const score = (count: number, length: number) => frequencyScore(count, length, 1000);
    expect(score(2, 1000)).toBeGreaterThan(score(1, 1000));
    expect(score(20, 1000) - score(10, 1000)).toBeLessThan(score(2, 1000) - score(1, 1000));
    expect(score(3, 500)).toBeGreaterThan(score(3, 3000));
  });

  it('ranks one word by field, then frequency, then the newer article, as before', () => {
    const headline = ranked([at(0)], BODY_START + 3000, 1);
    const kicker = ranked([at(130, ...Array.from({ length: 9 }, (_, i) => BODY_START + i * 10))], BODY_START + 500, 2);
    const often = ranked([at(...Array.from({ length: 6 }, (_, i) => BODY_START + i * 10))], BODY_START + 1000, 3);
    const once = ranked([at(BODY_START)], BODY_START + 1000, 4);
    const onceNewer = ranked([at(BODY_START)], BODY_START + 1000, 5);
    const placeOnly = ranked([at(330)], BODY_START + 1000, 6);
    expect([placeOnly, once, often, onceNewer, kicker, headline].sort(compareRanked)).toEqual([headline, kicker, often, onceNewer, once, placeOnly]);
  });

  it('ranks several words: more in the headline block, then close together, then frequency, then newer', () => {
    const body = BODY_START + 200;
    const bothInHeadline = ranked([at(0), at(5)], BODY_START + 2000, 1);
    const oneInHeadline = ranked([at(0), at(body)], BODY_START + 2000, 2);
    const oneInKicker = ranked([at(130), at(body)], BODY_START + 2000, 3);
    const close = ranked([at(body), at(body + 10)], BODY_START + 2000, 4);
    // Apart, though printing both words far more often.
    const apartOften = ranked(
      [at(...Array.from({ length: 8 }, (_, i) => body + i * 200)), at(...Array.from({ length: 8 }, (_, i) => body + 100 + i * 200))],
      BODY_START + 2000,
      5,
    );
    const apart = ranked([at(body), at(body + 600)], BODY_START + 2000, 6);
    const oneOnlyInPlace = ranked([at(330), at(body)], BODY_START + 2000, 7);
    expect([oneOnlyInPlace, apart, apartOften, close, oneInKicker, oneInHeadline, bothInHeadline].sort(compareRanked)).toEqual([
      bothInHeadline,
      oneInHeadline,
      oneInKicker,
      close,
      apartOften,
      apart,
      oneOnlyInPlace,
    ]);
  });

  it('sums the frequency scores of the groups', () => {
    const match = articleMatch([at(BODY_START, BODY_START + 50), at(BODY_START + 400)], BODY_START + 1000);
    expect(matchScore(match, 1000)).toBeCloseTo(frequencyScore(2, 1000, 1000) + frequencyScore(1, 1000, 1000));
  });

  it('puts an article that prints the query at least twice as often first, though up to three times longer (property)', () => {
    // Articles up to five times the average length, as archives hold them.
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 200 }),
        fc.double({ min: 0.1, max: 5, noNaN: true }),
        fc.double({ min: 1 / 3, max: 3, noNaN: true }),
        (count, relative, ratio) => {
          const average = 1000;
          const length = relative * average;
          expect(frequencyScore(count, length, average)).toBeGreaterThan(frequencyScore(Math.floor(count / 2), length / ratio, average));
        },
      ),
    );
  });
});
