import { describe, expect, it } from 'vitest';
import { findNumbers, parseChineseNumeral } from '../../src/text/numbers.ts';
import { findSentence, numberSentences, splitSentences } from '../../src/text/sentences.ts';

const quantities = (text: string) =>
  findNumbers(text)
    .filter((n) => !n.notQuantity)
    .map((n) => n.text);
const reasons = (text: string) => findNumbers(text).map((n) => [n.text, n.notQuantity ?? null]);

describe('printed numbers', () => {
  it('reads Arabic figures with their decimals and what follows', () => {
    const [number] = findNumbers('投资 120.48万元建设规模为 150 吨/天的污水处理站');
    expect(number).toMatchObject({ text: '120.48', value: 120.48, after: '万元建设规模为 150 吨/天的污水处理站' });
    expect(quantities('投资 120.48万元建设规模为 150 吨/天的污水处理站')).toEqual(['120.48', '150']);
  });

  it('takes 万 after digits as the magnitude of the number, not a numeral of its own', () => {
    expect(quantities('系统设计能力可利用煤矸石 63 万吨')).toEqual(['63']);
    expect(quantities('罚款 462 万元。')).toEqual(['462']);
  });

  it('takes the 千 of 千米 and 千克 as part of the unit, not a number', () => {
    expect(findNumbers('治理 5 平方千米，每千克').map((n) => n.text)).toEqual(['5']);
    expect(findNumbers('三千米长').map((n) => [n.text, n.value])).toEqual([['三千', 3000]]);
  });

  it('recognises dates, ordinals and Latin names by their form', () => {
    expect(reasons('2024 年 9 月 25 日，PM2.5 浓度改善率第 2 名，第三批')).toEqual([
      ['2024', 'date'],
      ['9', 'date'],
      ['25', 'date'],
      ['2.5', 'name'],
      ['2', 'ordinal'],
      ['三', 'ordinal'],
    ]);
    // A ranking written in Chinese (晋城第二) has no measure word and is not read as a quantity at all.
    expect(findNumbers('改善率晋城第二；增加天数晋城第一')).toEqual([]);
    expect(reasons('完成 15 家企业2024 年度清洁生产审核')).toEqual([
      ['15', null],
      ['2024', 'date'],
    ]);
    expect(reasons('2025 年 5 月 1 日起')).toEqual([
      ['2025', 'date'],
      ['5', 'date'],
      ['1', 'date'],
    ]);
  });

  it('keeps durations, which are quantities, apart from dates', () => {
    expect(reasons('冰封了近 4个月的水面')).toEqual([['4', null]]);
    expect(reasons('持续 3 年')).toEqual([['3', 'date']]);
  });

  it('reads Chinese numerals before a measure word as quantities', () => {
    expect(findNumbers('集中精力打好“七场硬仗”，推进“三项工程”').map((n) => [n.text, n.value])).toEqual([
      ['七', 7],
      ['三', 3],
    ]);
    expect(quantities('百倍千倍的努力')).toEqual(['百', '千']);
    expect(quantities('一氧化碳治理，进一步提升，一泓清水')).toEqual([]);
  });

  it('reads a lone 一 before a measure word as the indefinite article, but not before a unit', () => {
    expect(reasons('一幅动人心魄的自然画卷')).toEqual([['一', 'indefinite article']]);
    expect(reasons('优良天数每增加一天')).toEqual([['一', null]]);
  });

  it('parses Chinese numerals', () => {
    expect(parseChineseNumeral('七')).toBe(7);
    expect(parseChineseNumeral('两')).toBe(2);
    expect(parseChineseNumeral('一百零五')).toBe(105);
    expect(parseChineseNumeral('一万零五')).toBe(10005);
    expect(parseChineseNumeral('零')).toBe(0);
    expect(parseChineseNumeral('十一')).toBe(11);
    expect(parseChineseNumeral('二十')).toBe(20);
    expect(parseChineseNumeral('一百二十')).toBe(120);
    expect(parseChineseNumeral('千')).toBe(1000);
    expect(parseChineseNumeral('三万')).toBe(30_000);
    expect(parseChineseNumeral('千万')).toBe(10_000_000);
    expect(parseChineseNumeral('四五')).toBeUndefined();
  });
});

describe('sentences', () => {
  it('end at 。！？ with the closing quotation marks printed after them', () => {
    expect(splitSentences('“需提前四五天预订，‘一帐难求’。”山耳东村党支部书记赵帅说。')).toEqual([
      '“需提前四五天预订，‘一帐难求’。”',
      '山耳东村党支部书记赵帅说。',
    ]);
    expect(splitSentences('甲；乙，丙！丁？ 戊')).toEqual(['甲；乙，丙！', '丁？', '戊']);
  });

  it('are numbered through the whole body', () => {
    expect(numberSentences(['一。二。', '“七场硬仗”推进', '三。']).map((s) => [s.n, s.block])).toEqual([
      [1, 0],
      [2, 0],
      [3, 1],
      [4, 2],
    ]);
    expect(findSentence(['一。二。', '三。'], '三。')).toBe(3);
    expect(findSentence(['一。二。'], '二')).toBeUndefined();
  });
});

describe('numbers that are no quantity', () => {
  const kinds = (text: string) => findNumbers(text).map((n) => [n.text, n.notQuantity]);
  it('leaves numerals inside place names alone', () => {
    expect(kinds('位于偏关县万家寨镇的老牛湾')).toEqual([['万', 'name']]);
    expect(kinds('五台县推动砂石企业绿色转型')).toEqual([['五', 'name']]);
    expect(kinds('新建三座污水处理厂')).toEqual([['三', undefined]]);
  });

  it('reads telephone numbers and document numbers as no figures', () => {
    expect(kinds('联系电话：0351-7654321')).toEqual([
      ['0351', 'contact'],
      ['7654321', 'contact'],
    ]);
    expect(kinds('可拨打 12369 举报')).toEqual([['12369', 'contact']]);
    expect(kinds('咨询热线 13812345678')).toEqual([['13812345678', 'contact']]);
    expect(kinds('晋环发〔2025〕12 号')).toEqual([
      ['2025', 'name'],
      ['12', 'name'],
    ]);
  });
});
