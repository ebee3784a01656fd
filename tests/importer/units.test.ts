import { describe, expect, it } from 'vitest';
import { decodePage, firstBadLine } from '../../src/page/decode.ts';
import { LocatedError } from '../../src/model/problem.ts';
import { calendarDay, firstMonthDay, joinHeadline, latestYear, locate, proposeTitle } from '../../src/importer/extract.ts';
import { proposeFigures } from '../../src/importer/figures.ts';
import { emWidth } from '../../src/page/lines.ts';
import { findPlaces, isOfficeName } from '../../src/importer/places.ts';
import { pageHash } from '../../src/importer/import.ts';
import { parseColumnLabel } from '../../src/importer/segment.ts';
import { parseBylineLine, splitInlineByline } from '../../src/importer/byline.ts';
import { canonicalUnit } from '../../src/text/units.ts';
import { AREA_BRIEF, encodeGb18030 } from './pages.ts';

describe('decodePage', () => {
  it('reads GB18030 when the bytes are not UTF-8', () => {
    const decoded = decodePage(encodeGb18030('科学导报讯 4 月 18 日，长治市“蓝天”。\r\n'));
    expect(decoded).toEqual({ text: '科学导报讯 4 月 18 日，长治市“蓝天”。\n', encoding: 'gb18030' });
  });

  it('names the line of the first undecodable bytes', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('一\n二\n'), 0xff]);
    expect(firstBadLine(bytes)).toBe(3);
    expect(() => decodePage(bytes)).toThrow(LocatedError);
  });

  it('refuses control characters as binary', () => {
    expect(() => decodePage(new TextEncoder().encode('文字\u0001'))).toThrow(/binary/);
  });
});

describe('widths and places', () => {
  it('measures print widths in em', () => {
    expect(emWidth('“七场硬仗”推进')).toBe(7);
    expect(emWidth('PM2.5 浓度')).toBe(4.75);
  });

  it('does not read 城区 or one-character counties out of ordinary words', () => {
    expect(findPlaces('城区道路、矿区、郊区')).toEqual([]);
    expect(findPlaces('莅临县城，全县各乡镇')).toEqual([]);
    expect(findPlaces('阳泉市城区').map((place) => place.county)).toEqual(['城区']);
    expect(findPlaces('深入岚县').map((place) => place.county)).toEqual(['岚县']);
  });

  it('recognises the issuing office above a headline', () => {
    expect(isOfficeName('忻州市生态环境局')).toBe(true);
    expect(isOfficeName('生态环境局')).toBe(false);
    expect(isOfficeName('晋城市生态环境局，泽州分局')).toBe(false);
  });

  it('takes the county of a city from the kicker or from repeated mentions', () => {
    expect(locate('晋中市生态环境局榆次分局', '会议。')).toEqual({ city: 'jinzhong', county: '榆次区', unsure: [] });
    expect(locate(undefined, '高平空气质量改善。高平市河西镇，晋城第二。')).toEqual({ city: 'jincheng', county: '高平市', unsure: [] });
    expect(locate(undefined, '科学导报讯 4 月 18 日，长治市生态环境局开展培训，上党区一家企业参加。')).toEqual({ city: 'changzhi', unsure: [] });
  });
});

describe('dates', () => {
  it('dates a dateline in the issue’s year, or the year before for a later month', () => {
    expect(calendarDay({ month: 4, day: 21 }, 2025)).toBe('2025-04-21');
    expect(calendarDay({ month: 12, day: 30 }, 2026, '2026-01-05')).toBe('2025-12-30');
    expect(calendarDay({ month: 2, day: 30 }, 2025)).toBeUndefined();
  });

  it('finds the date in a dateline’s sentence and the latest year of a page', () => {
    expect(firstMonthDay('为…，4 月 21 日，忻州市生态环境局组织开展了2025 年 5 月 1 日')).toEqual({ month: 4, day: 21 });
    expect(firstMonthDay('2025 年 5 月 1 日起')).toBeUndefined();
    expect(latestYear('2024 年，……2025 年，……到 2035 年', 2026)).toBe(2025);
  });
});

describe('bylines, column labels, headlines', () => {
  it('reads bylines on their own line and after the last sentence', () => {
    expect(parseBylineLine({ no: 1, text: '姻 科学导报记者 来虹' })).toMatchObject({ credits: [{ name: '来虹', role: '科学导报记者' }], junk: { text: '姻' } });
    expect(splitInlineByline({ no: 1, text: '底色。 温荣鑫 王钢' })).toMatchObject({
      body: '底色。',
      byline: { credits: [{ name: '温荣鑫' }, { name: '王钢' }] },
    });
    expect(splitInlineByline({ no: 1, text: '2024 年，泽州县坚持生态优先' })).toBeUndefined();
  });

  it('reads a column label with its pinyin and OCR junk, and only with matching pinyin', () => {
    expect(parseColumnLabel({ no: 1, text: '一线传真K yixian chuanzhen' })).toEqual({
      label: { line: 1, text: '一线传真' },
      decoration: { line: 1, text: 'K yixian chuanzhen' },
    });
    expect(parseColumnLabel({ no: 1, text: '环保时讯 huanbao shixun' })?.label.text).toBe('环保时讯');
    expect(parseColumnLabel({ no: 1, text: '环保时讯 hello world' })).toBeUndefined();
  });

  it('joins a two-line headline with nothing when the body has the phrase whole, else with a space for review', () => {
    expect(joinHeadline(['举办危险废物规范化管理', '和尾矿库监管培训会'], '组织开展了2025 年度危险废物规范化管理和尾矿库监管培训会。')).toEqual({
      title: '举办危险废物规范化管理和尾矿库监管培训会',
      sure: true,
    });
    expect(joinHeadline(['抢时间提节奏', '确保项目早建成早达效'], '抢时间、提节奏，加快项目施工进度')).toEqual({
      title: '抢时间提节奏 确保项目早建成早达效',
      sure: false,
    });
  });

  it('proposes a title from a quoted phrase of the body', () => {
    expect(proposeTitle('空气质量直接关系广大群众的幸福感。守护“阳泉蓝”，阳泉市没有“坐等风来”。')).toBe('守护“阳泉蓝”');
  });
});

/** The metrics proposed for paragraphs, the untyped figures left aside. */
const metricsOf = (paragraphs: readonly string[]) => proposeFigures(paragraphs).metrics;

describe('metric candidates', () => {
  it('reads comparators and changes with the sentence as quote', () => {
    const metrics = metricsOf(['2024 年，高平空气质量综合指数同比下降 3.4%，改善率晋城第二；优良天数同比增加 11 天。']);
    expect(metrics.map((m) => [m.label, m.value, m.unit, m.change?.direction, m.change?.basis])).toEqual([
      ['高平空气质量综合指数', 3.4, '%', 'decrease', 'year-on-year'],
      ['优良天数', 11, '天', 'increase', 'year-on-year'],
    ]);
    expect(metricsOf(['60 余家危废产生单位环保负责人参加培训。'])[0]).toMatchObject({ value: 60, unit: '家', comparator: '>' });
    expect(metricsOf(['2025 年 5 月 1 日起施行。'])).toEqual([]);
  });

  it('proposes area figures in units the site knows', () => {
    const metrics = metricsOf(AREA_BRIEF);
    expect(metrics.map((m) => [m.label, m.value, m.unit])).toEqual([
      ['汾河湿地保护面积', 12.5, '平方公里'],
      ['新建湿地公园', 320, '公顷'],
      ['完成退耕还湿', 1.5, '万亩'],
    ]);
    for (const metric of metrics) expect(canonicalUnit(metric.unit), metric.unit).toBeDefined();
  });

  it('never proposes a unit the site does not know, and lists such figures for review', () => {
    // 平方英尺 and 斤 are no units of the archive: 5 平方英尺 must not become anything, nor 3 斤.
    const { metrics, untyped } = proposeFigures(['治理面积 5 平方英尺，收购 3 斤种子，修路 7 千米。']);
    expect(metrics.map((m) => [m.value, m.unit])).toEqual([[7, '千米']]);
    expect(untyped.map((figure) => figure.printed)).toEqual(['5 平方英尺', '3 斤种子']);
  });
});

describe('pageHash', () => {
  it('takes the hash part of the file name, else hashes the bytes', () => {
    expect(pageHash('000_248f2a5ceed2de10.txt', new Uint8Array())).toBe('248f2a5c');
    expect(pageHash('page.txt', new TextEncoder().encode('abc'))).toBe('ba7816bf');
  });
});
