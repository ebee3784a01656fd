import { describe, expect, it } from 'vitest';
import { measureRanking, ndcgAt } from '../../bench/ranking.ts';
import { pairGrade, pairQuery, PLANTED_PAIRS, PLANTED_TERMS, relevanceGrade } from '../../bench/ranking-archive.ts';

describe('the ranking benchmark', () => {
  it('grades relevance from the text: headline, then kicker, subtitle or column, then how often the body prints the term', () => {
    const term = '碧澜湾畔';
    const often = `${'生态环境持续改善。'.repeat(20)}${term}${term}`;
    expect(relevanceGrade({ title: `${term}新貌` }, '', term)).toBe(4);
    expect(relevanceGrade({ title: '新貌', column: `${term}观察` }, '', term)).toBe(3);
    expect(relevanceGrade({ title: '新貌' }, often, term)).toBe(2);
    expect(relevanceGrade({ title: '新貌' }, `${'生态环境持续改善。'.repeat(200)}${term}${term}`, term)).toBe(1);
    expect(relevanceGrade({ title: '新貌' }, '碧澜一带，湾畔周边', term)).toBe(0);
  });

  it('grades a pair of words from the text: both in the headline, one in the headline block, close in the body, apart, missing one', () => {
    const [a, b] = ['澄漪河谷', '栖霞林带'];
    const filler = '生态环境持续改善。'.repeat(20);
    expect(pairGrade({ title: `${a}连通${b}` }, '', a, b)).toBe(4);
    expect(pairGrade({ title: '新貌', kicker: `${a}监测站` }, `${filler}${b}一带`, a, b)).toBe(3);
    expect(pairGrade({ title: '新貌' }, `${filler}${a}至${b}一线。${filler}`, a, b)).toBe(2);
    expect(pairGrade({ title: '新貌' }, `${a}一带。${filler}${b}周边。`, a, b)).toBe(1);
    // Two sentences, but within fifty characters: close.
    expect(pairGrade({ title: '新貌' }, `${a}一带。生态改善。${b}周边。`, a, b)).toBe(2);
    expect(pairGrade({ title: '新貌' }, `${filler}${a}${a}`, a, b)).toBe(0);
    expect(pairGrade({ title: `${a}新貌` }, '澄漪一带，河谷周边', a, b)).toBe(0);
  });

  it('scores a ranking against the ideal order', () => {
    expect(ndcgAt([4, 3, 2], [2, 3, 4], 10)).toBe(1);
    expect(ndcgAt([2, 3, 4], [2, 3, 4], 10)).toBeLessThan(0.8);
    expect(ndcgAt([], [1], 10)).toBe(0);
  });

  it(
    'ranks the planted archive: NDCG@10 at least 0.95, the headline article first for every term, nothing found that lacks the term',
    { timeout: 240_000 },
    async () => {
      const report = await measureRanking(150);
      expect(report.terms.map((term) => term.term)).toEqual([...PLANTED_TERMS]);
      for (const term of report.terms) {
        expect(term.headlineFirst, term.term).toBe(true);
        expect(term.wrong, term.term).toEqual([]);
        expect(term.ndcg, term.term).toBeGreaterThanOrEqual(0.95);
      }
      expect(report.ndcg).toBeGreaterThanOrEqual(0.95);
      // Pairs of words: the headline article first, close above apart, nothing found that lacks either word.
      expect(report.pairs.terms.map((pair) => pair.term)).toEqual(PLANTED_PAIRS.map(pairQuery));
      for (const pair of report.pairs.terms) {
        expect(pair.headlineFirst, pair.term).toBe(true);
        expect(pair.wrong, pair.term).toEqual([]);
        expect(pair.ndcg, pair.term).toBeGreaterThanOrEqual(0.95);
        // The eight planted articles that print both words, and no other.
        expect(pair.top, pair.term).toHaveLength(8);
      }
      expect(report.pairs.ndcg).toBeGreaterThanOrEqual(0.95);
    },
  );
});
