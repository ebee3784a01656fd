import { describe, expect, it } from 'vitest';
import { bodyExcerpt, densestRun, leadSentence, markedLine, type ExcerptPiece } from '../../src/search/excerpt.ts';

const shown = (pieces: ExcerptPiece[]) => pieces.map((piece) => (piece.mark ? `[${piece.text}]` : piece.text)).join('');

describe('excerpts', () => {
  it('finds the run of occurrences that fits the window and holds the most', () => {
    expect(densestRun([0, 50, 300, 310, 320], 2, 100)).toEqual({ first: 2, last: 4 });
    expect(densestRun([5], 2, 100)).toEqual({ first: 0, last: 0 });
    expect(densestRun([0, 99, 150], 2, 100)).toEqual({ first: 1, last: 2 });
  });

  it('shows about a hundred characters around the densest occurrences, all of them marked', () => {
    const body = `${'前'.repeat(300)}湿地${'中'.repeat(20)}湿地${'中'.repeat(10)}湿地${'后'.repeat(300)}`;
    const starts = [300, 322, 334, 600];
    const excerpt = bodyExcerpt(`${body}湿地`, starts, 2);
    expect(excerpt.filter((piece) => piece.mark)).toHaveLength(3);
    const text = shown(excerpt);
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect([...text.replace(/[[\]…]/g, '')]).toHaveLength(100);
  });

  it('shows the printed text: spaces the index skips are kept, paragraph breaks read as spaces', () => {
    const body = '空气质量\n2025 年 PM2.5 浓度同比下降';
    // Index positions skip the break and the spaces: 空气质量2025年PM2.5浓度…, PM2.5 starts at 9.
    expect(shown(bodyExcerpt(body, [9], 5, 100))).toBe('空气质量 2025 年 [PM2.5] 浓度同比下降');
  });

  it('shows the lead sentence when the body does not hold the query', () => {
    expect(shown(bodyExcerpt('春日的阳泉，几只黑鹳飞过。“这么蓝的天空！”', [], 2))).toBe('春日的阳泉，几只黑鹳飞过。');
    expect(shown(leadSentence('他说：“好。”然后走了。'))).toBe('他说：“好。”');
    expect(shown(leadSentence('没有句号的一段话'))).toBe('没有句号的一段话');
    expect(leadSentence('')).toEqual([]);
  });

  it('marks the query in a headline line as the search matches it', () => {
    expect(shown(markedLine('守护“阳泉蓝”', '阳泉'))).toBe('守护“[阳泉]蓝”');
    expect(shown(markedLine('PM2.5 浓度', 'pm2.5'))).toBe('[PM2.5] 浓度');
    expect(shown(markedLine('２０２５ 年', '2025年'))).toBe('[２０２５ 年]');
    expect(shown(markedLine('阳泉', '晋城'))).toBe('阳泉');
  });
});
