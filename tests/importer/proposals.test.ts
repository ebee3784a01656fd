/**
 * What the importer proposes and refuses on pages that print the cases an
 * editor met: figures after a comma, percentage points, labels, magnitudes,
 * thresholds, figures it cannot type, bylines of one-line briefs, dateline
 * months without a year, and a headline with no article under it.
 */
import { describe, expect, it } from 'vitest';
import { importPage, type ImportedEntry } from '../../src/importer/import.ts';
import { ImportError } from '../../src/importer/errors.ts';
import { batchReport, formatSummary, importedPage } from '../../src/importer/report.ts';
import { emptyIndex } from '../../src/importer/archive.ts';
import { placeEntries } from '../../src/importer/placement.ts';
import { checkEntry } from '../../src/model/entry.ts';
import { briefPage } from './pages.ts';

/** Imports a page and returns its one entry, checked as the content check reads it. */
function importOne(text: string, date: string | null = '2025-04-24'): ImportedEntry {
  const result = importPage(text, { file: 'page.txt', bytes: new TextEncoder().encode(text), ...(date ? { date } : {}) });
  expect(result.entries).toHaveLength(1);
  const entry = result.entries[0]!;
  expect(checkEntry(entry.name, entry.content).problems).toEqual([]);
  return entry;
}

const figures = (entry: ImportedEntry) =>
  entry.data.metrics!.map(({ label, value, unit, comparator, change }) => ({
    label,
    value,
    unit,
    ...(comparator ? { comparator } : {}),
    ...(change ? { change } : {}),
  }));

function failure(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return error as ImportError;
  }
  throw new Error('the import did not fail');
}

describe('figure proposals on printed pages', () => {
  it('proposes a change printed after a comma, labelled as the level before it', () => {
    const entry = importOne(
      briefPage(['科学导报讯 4 月 18 日，太原市生态环境局通报，2024 年，全市 PM2.5 平均浓度为 78 微克/立方米，同比下降 5.2%。全市将持续推进大气污染防治。']),
    );
    expect(figures(entry)).toEqual([
      { label: '全市 PM2.5 平均浓度', value: 78, unit: '微克/立方米' },
      { label: '全市 PM2.5 平均浓度', value: 5.2, unit: '%', change: { direction: 'decrease', basis: 'year-on-year' } },
    ]);
  });

  it('reads 个百分点 as the unit of a change, and keeps the first character of a label', () => {
    const entry = importOne(
      briefPage(['科学导报讯 4 月 18 日，太原市生态环境局通报，全市优良天数比例达到 72.6%，同比提高 2.1 个百分点。全县 VOCs 排放量力争下降 10%。']),
    );
    expect(figures(entry)).toEqual([
      { label: '全市优良天数比例', value: 72.6, unit: '%' },
      { label: '全市优良天数比例', value: 2.1, unit: '个百分点', change: { direction: 'increase', basis: 'year-on-year' } },
      { label: '全县 VOCs 排放量', value: 10, unit: '%', change: { direction: 'decrease' } },
    ]);
  });

  it('proposes counts, areas and masses printed with 万 or 亿', () => {
    const entry = importOne(
      briefPage(['科学导报讯 4 月 18 日，太原市生态环境局通报，全市完成清洁取暖改造 3.2 万户，新增造林 32 万亩，煤矸石综合利用 2.5 亿吨。']),
    );
    expect(figures(entry)).toEqual([
      { label: '全市完成清洁取暖改造', value: 3.2, unit: '万户' },
      { label: '新增造林', value: 32, unit: '万亩' },
      { label: '煤矸石综合利用', value: 2.5, unit: '亿吨' },
    ]);
  });

  it('takes no threshold for a figure, and counts what the threshold qualifies', () => {
    const entry = importOne(briefPage(['科学导报讯 4 月 18 日，太原市生态环境局通报，全市淘汰 2台 40 吨以下燃煤锅炉，空气质量持续改善。']));
    expect(figures(entry)).toEqual([{ label: '全市淘汰40 吨以下燃煤锅炉', value: 2, unit: '台' }]);
    expect(entry.untyped).toEqual([]);
  });

  it('keeps qualifiers printed after a figure, and the period of its sentence or of the report it quotes', () => {
    const entry = importOne(
      briefPage([
        '科学导报讯 4 月 18 日，《2024 年山西省生态环境状况公报》显示，全省地表水优良水质断面比例达 90%以上，城市环境噪声约 53.4 分贝。',
        '截至 5 月底，全市累计接待游客超 15 万人次，新增湿地 2300 万立方米左右。',
      ]),
    );
    expect(entry.data.metrics!.map(({ value, unit, comparator, period }) => ({ value, unit, comparator, period }))).toEqual([
      { value: 90, unit: '%', comparator: '>=', period: '2024 年' },
      { value: 53.4, unit: '分贝', comparator: '~', period: '2024 年' },
      { value: 15, unit: '万人次', comparator: '>', period: '截至 5 月底' },
      { value: 2300, unit: '万立方米', comparator: '~', period: '截至 5 月底' },
    ]);
  });

  it('lists every quantity it cannot type in the review list and the report, and drops none', () => {
    const text = briefPage(['科学导报讯 4 月 18 日，太原市生态环境局检查企业 36 家，治理面积 5 平方英尺，打好“七场硬仗”，PM2.5 浓度下降 3.1%。']);
    const result = importPage(text, { file: 'page.txt', bytes: new TextEncoder().encode(text), date: '2025-04-24' });
    const [entry] = result.entries;
    expect(figures(entry!)).toEqual([
      { label: '太原市生态环境局检查企业', value: 36, unit: '家' },
      { label: 'PM2.5 浓度', value: 3.1, unit: '%', change: { direction: 'decrease' } },
    ]);
    const untyped = ['5 平方英尺', '七场硬仗”'];
    expect(entry!.untyped.map((figure) => figure.printed)).toEqual(untyped);
    expect(entry!.data.review).toEqual([...['topics', 'metrics'], ...untyped.map((printed) => `metrics: ${printed}`)]);
    const placements = placeEntries(
      result.entries.map((e) => ({ name: e.name, content: e.content, uid: e.data.uid, line: e.line })),
      emptyIndex(),
      'out',
      false,
    );
    const report = formatSummary(batchReport([importedPage('page.txt', {}, result, placements)], [], { out: 'out', dryRun: true }));
    for (const printed of untyped) expect(report).toContain(`untyped figure, for review, ${entry!.name.replace(/\.md$/, '')}: ${printed}`);
  });
});

describe('bylines of briefs', () => {
  it('takes the name after the last sentence of a one-line brief as its author', () => {
    const text = ['科学导报讯 4 月 18 日，太原市生态环境局开展危险废物规范化管理培训，六十余家单位参加。 张晓东', '太原市生态环境局', '危废培训'].join('\n');
    const entry = importOne(text);
    expect(entry.data.authors).toEqual(['张晓东']);
    expect(entry.content).not.toMatch(/参加。\s*张晓东/u);
    expect(entry.data.review).not.toContain('authors');
  });

  it('takes a name printed alone on the line after the last sentence as its author', () => {
    const text = briefPage(['科学导报讯 4 月 18 日，太原市生态环境局开展危险废物规范化管理培训，六十余家单位参加，效果良好。'], '危废培训').replace(
      '姻 科学导报记者 张晓东',
      '张晓东',
    );
    const entry = importOne(text);
    expect(entry.data.authors).toEqual(['张晓东']);
    expect(entry.data.authorRole).toBeUndefined();
    expect(entry.content).not.toContain('张晓东\n');
  });

  it('does not take a short line of words for a name', () => {
    const text = briefPage([
      '科学导报讯 4 月 18 日，太原市生态环境局开展危险废物规范化管理培训，六十余家单位参加，效果良好。',
      '强化监管',
      '下一步，太原市将持续开展危险废物规范化管理，守护蓝天碧水净土。',
    ]);
    const entry = importOne(text);
    expect(entry.data.authors).toEqual(['张晓东']);
    expect(entry.content).toContain('强化监管');
  });
});

describe('pages the importer refuses', () => {
  it('says that --date supplies the year when the datelines print months but the page no year', () => {
    const text = briefPage(['科学导报讯 4 月 18 日，太原市生态环境局开展危险废物规范化管理培训，六十余家单位参加，效果良好。']);
    const error = failure(() => importOne(text, null));
    expect(error.message).toBe(
      'cannot date article 1: the page prints 4 月 18 日 but no year; pass --date YYYY-MM-DD (the issue date), which supplies the year',
    );
    expect(error.field).toBe('date');
    expect(importOne(text).data.date).toBe('2025-04-18');
  });

  it('says a page with only a headline has a headline but no article body', () => {
    const error = failure(() => importOne('太原市生态环境局\n湿地保护成效明显\n'));
    expect(error.message).toBe('the page prints a headline ("湿地保护成效明显") but no article body: no run of running text long enough to be one');
    expect(error.line).toBe(2);
  });
});
