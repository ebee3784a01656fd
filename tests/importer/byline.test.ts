import { describe, expect, it } from 'vitest';
import { bylinePieces, datelineByline, namesOf, parseBylineLine, parseNameLine, splitInlineByline } from '../../src/importer/byline.ts';
import { inkCount } from '../../src/text/ink.ts';

const line = (text: string) => ({ no: 5, text });

describe('bylines', () => {
  it('reads several roles in one byline, each name with its role, in order', () => {
    const byline = parseBylineLine(line('□ 本报记者 高建伟 通讯员 李浩'))!;
    expect(byline.credits).toEqual([
      { name: '高建伟', role: '本报记者' },
      { name: '李浩', role: '通讯员' },
    ]);
    expect(byline.junk).toEqual({ line: 5, text: '□' });
    expect(byline.rolePieces.map((piece) => piece.text)).toEqual(['本报记者', '通讯员']);
  });

  it('accounts for every printed character of the line exactly once', () => {
    for (const text of ['□ 本报记者 高建伟 通讯员 李浩', '（王钢 温荣鑫）', '姻 科学导报记者 来虹', '（记者 程芳 通讯员 冀彦）']) {
      expect(
        bylinePieces(parseBylineLine(line(text))!).reduce((sum, piece) => sum + inkCount(piece.text), 0),
        text,
      ).toBe(inkCount(text));
    }
  });

  it('takes names in parentheses on a line of their own, but bare names only after a sentence end (parseNameLine)', () => {
    expect(namesOf(parseBylineLine(line('（王钢 温荣鑫）'))!)).toEqual(['王钢', '温荣鑫']);
    expect(parseBylineLine(line('温荣鑫 王钢'))).toBeUndefined();
    expect(namesOf(parseNameLine(line('温荣鑫 王钢'))!)).toEqual(['温荣鑫', '王钢']);
  });

  it('never reads a column label or a phrase as a name', () => {
    for (const text of ['简讯', '一线传真', '强化监管 守护蓝天', '生态环境']) {
      expect(parseBylineLine(line(text)), text).toBeUndefined();
      expect(parseNameLine(line(text)), text).toBeUndefined();
    }
  });

  it('splits a byline printed after the last sentence, with or without parentheses', () => {
    expect(splitInlineByline(line('工作。（记者 程芳 通讯员 冀彦）'))).toMatchObject({
      body: '工作。',
      byline: {
        credits: [
          { name: '程芳', role: '记者' },
          { name: '冀彦', role: '通讯员' },
        ],
      },
    });
    expect(splitInlineByline(line('天数。（王钢 温荣鑫）'))?.body).toBe('天数。');
    expect(splitInlineByline(line('完成。 邵康'))?.byline.credits).toEqual([{ name: '邵康' }]);
    expect(splitInlineByline(line('2024 年，泽州县坚持生态优先'))).toBeUndefined();
  });

  it('reads the reporters of a dateline, leaving their text in the body', () => {
    const byline = datelineByline(line('科学导报讯（通讯员 贾晓华 畅文斌）6 月 7 日，阳泉'))!;
    expect(byline).toMatchObject({ inDateline: true, namePieces: [] });
    expect(namesOf(byline)).toEqual(['贾晓华', '畅文斌']);
    expect(datelineByline(line('科学导报讯 6 月 7 日，阳泉'))).toBeUndefined();
  });
});
