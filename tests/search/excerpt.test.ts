import { describe, expect, it } from 'vitest';
import { bestRun, bodyExcerpt, leadSentence, markedLine, markedSpans, type ExcerptPiece, type WordOccurrence } from '../../src/search/excerpt.ts';

const shown = (pieces: ExcerptPiece[]) => pieces.map((piece) => (piece.mark ? `[${piece.text}]` : piece.text)).join('');

/** Occurrences of one word of this length at these positions. */
const of = (length: number, starts: number[], word = 0): WordOccurrence[] => starts.map((start) => ({ start, length, word }));

describe('excerpts', () => {
  it('finds the run of occurrences that fits the window and holds the most', () => {
    expect(bestRun(of(2, [0, 50, 300, 310, 320]), 100)).toEqual({ first: 2, last: 4 });
    expect(bestRun(of(2, [5]), 100)).toEqual({ first: 0, last: 0 });
    expect(bestRun(of(2, [0, 99, 150]), 100)).toEqual({ first: 1, last: 2 });
  });

  it('prefers the run with the most different words to the densest', () => {
    const occurrences = [...of(2, [0, 10, 20, 30]), ...of(2, [500], 1), ...of(2, [560]), ...of(3, [900], 2)].sort((a, b) => a.start - b.start);
    expect(bestRun(occurrences, 100)).toEqual({ first: 4, last: 5 });
    const body = `${'甲'.repeat(500)}阳泉${'乙'.repeat(58)}空气${'丙'.repeat(500)}`;
    const excerpt = bodyExcerpt(body, [...of(2, [500]), ...of(2, [560], 1)]);
    expect(excerpt.filter((piece) => piece.mark).map((piece) => piece.text)).toEqual(['阳泉', '空气']);
  });

  it('marks overlapping occurrences of different words as one run', () => {
    expect(
      markedSpans([
        { start: 0, length: 2 },
        { start: 1, length: 2 },
        { start: 5, length: 1 },
      ]),
    ).toEqual([
      [0, 3],
      [5, 6],
    ]);
    expect(shown(bodyExcerpt('守护阳泉蓝天', [...of(2, [2]), ...of(2, [3], 1)], 100))).toBe('守护[阳泉蓝]天');
  });

  it("leaves out occurrences beyond the body (in a correction's reading)", () => {
    expect(shown(bodyExcerpt('春日的阳泉。', of(2, [40])))).toBe('春日的阳泉。');
  });

  it('shows about a hundred characters around the densest occurrences, all of them marked', () => {
    const body = `${'前'.repeat(300)}湿地${'中'.repeat(20)}湿地${'中'.repeat(10)}湿地${'后'.repeat(300)}`;
    const starts = [300, 322, 334, 600];
    const excerpt = bodyExcerpt(`${body}湿地`, of(2, starts));
    expect(excerpt.filter((piece) => piece.mark)).toHaveLength(3);
    const text = shown(excerpt);
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect([...text.replace(/[[\]…]/g, '')]).toHaveLength(100);
  });

  it('shows the printed text: spaces the index skips are kept, paragraph breaks read as spaces', () => {
    const body = '空气质量\n2025 年 PM2.5 浓度同比下降';
    // Index positions skip the break and the spaces: 空气质量2025年PM2.5浓度…, PM2.5 starts at 9.
    expect(shown(bodyExcerpt(body, of(5, [9]), 100))).toBe('空气质量 2025 年 [PM2.5] 浓度同比下降');
  });

  it('shows the lead sentence when the body does not hold the query', () => {
    expect(shown(bodyExcerpt('春日的阳泉，几只黑鹳飞过。“这么蓝的天空！”', []))).toBe('春日的阳泉，几只黑鹳飞过。');
    expect(shown(leadSentence('他说：“好。”然后走了。'))).toBe('他说：“好。”');
    expect(shown(leadSentence('没有句号的一段话'))).toBe('没有句号的一段话');
    expect(leadSentence('')).toEqual([]);
  });

  it("marks the query's words in a headline line as the search matches them", () => {
    expect(shown(markedLine('守护“阳泉蓝”', ['阳泉']))).toBe('守护“[阳泉]蓝”');
    expect(shown(markedLine('PM2.5 浓度', ['pm2.5']))).toBe('[PM2.5] 浓度');
    expect(shown(markedLine('２０２５ 年', ['2025年']))).toBe('[２０２５ 年]');
    expect(shown(markedLine('阳泉', ['晋城']))).toBe('阳泉');
    expect(shown(markedLine('协同攻坚治污染 共筑蓝天保生态', ['污染', '蓝天', '生态']))).toBe('协同攻坚治[污染] 共筑[蓝天]保[生态]');
    expect(shown(markedLine('阳泉蓝天', ['阳泉', '泉蓝']))).toBe('[阳泉蓝]天');
  });
});
