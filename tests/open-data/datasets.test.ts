import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BOM, csvField, toCsv } from '../../src/open-data/csv.ts';
import { readCsv } from '../helpers/csv.ts';
import { formatFigure, quotedSentence, referenceYear, signedValue } from '../../src/model/figures.ts';
import { articleRecord, metricsCsv, openDataJsonSchema, CSV_COLUMNS, type FigureRecord } from '../../src/open-data/datasets.ts';
import { barLayout, cityHeadlineCharts, sharedLabelCharts, yearOnYearCharts } from '../../src/open-data/charts.ts';
import { loadArticles } from '../helpers/content.ts';
import { validatorFor } from '../helpers/json-schema.ts';

const { articles } = loadArticles();
const records = articles.map((a) => articleRecord({ id: a.slug, data: a.data, body: a.body }, `https://example.org/articles/${a.slug}/`));
const figures: FigureRecord[] = records.flatMap((r) => r.figures);

describe('CSV', () => {
  it('quotes only what RFC 4180 requires', () => {
    expect(csvField('不高于 35，达标')).toBe('不高于 35，达标');
    expect(csvField('a,"b"')).toBe('"a,""b"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(undefined)).toBe('');
    expect(toCsv(['a', 'b'], [[1, 'x,y']])).toBe(`${BOM}a,b\r\n1,"x,y"\r\n`);
  });

  it('reads back exactly what it writes', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 2, maxLength: 2 }), { maxLength: 6 }), (rows) => {
        expect(readCsv(toCsv(['h1', 'h2'], rows))).toEqual([['h1', 'h2'], ...rows]);
      }),
    );
  });

  it('writes one row per figure under the documented header', () => {
    const rows = readCsv(metricsCsv(figures));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(figures.length + 1);
    const fine = rows.find((row) => row[CSV_COLUMNS.indexOf('label')] === '罚款')!;
    expect([
      fine[CSV_COLUMNS.indexOf('value')],
      fine[CSV_COLUMNS.indexOf('unit')],
      fine[CSV_COLUMNS.indexOf('canonical_value')],
      fine[CSV_COLUMNS.indexOf('canonical_unit')],
    ]).toEqual(['462', '万元', '4620000', 'yuan']);
  });
});

describe('figures for readers', () => {
  it('anchor a figure to the number of its sentence in the body', () => {
    expect(quotedSentence('甲。\n\n## 乙\n\n丙 3 件。丁。', '丙 3 件。')).toBe(3);
    expect(quotedSentence('甲。乙。', '甲')).toBeUndefined();
  });

  it('place a figure in the year it is about', () => {
    expect(referenceYear('2024 年', '2025-04-22')).toBe(2024);
    expect(referenceYear('2024年', '2025-04-22')).toBe(2024);
    expect(referenceYear('去年“五一”假期', '2025-04-22')).toBe(2024);
    expect(referenceYear('今年底', '2025-04-22')).toBe(2025);
    expect(referenceYear(undefined, '2025-04-18')).toBe(2025);
  });

  it('write figures out in Chinese and sign decreases', () => {
    expect(formatFigure({ value: 60, unit: '家', comparator: '>' })).toBe('超过 60 家');
    expect(formatFigure({ value: 11, unit: '天', change: { direction: 'increase', basis: 'year-on-year' } })).toBe('同比增加 11 天');
    expect(signedValue({ value: 3.4, change: { direction: 'decrease', basis: 'year-on-year' } })).toBe(-3.4);
  });
});

describe('open-data records and their schema', () => {
  const schema = openDataJsonSchema('https://example.org/data/schema.json');

  it('validate against the JSON Schema generated from the zod schemas', () => {
    const articlesFile = validatorFor(schema, 'articlesFile');
    const metricsFile = validatorFor(schema, 'metricsFile');
    expect(articlesFile({ articles: records }), JSON.stringify(articlesFile.errors)).toBe(true);
    expect(metricsFile({ figures }), JSON.stringify(metricsFile.errors)).toBe(true);
  });

  it('and the schema rejects what the data must never hold', () => {
    const metricsFile = validatorFor(schema, 'metricsFile');
    const [first] = figures;
    expect(metricsFile({ figures: [{ ...first, value: '35' }] })).toBe(false);
    expect(metricsFile({ figures: [{ ...first, comparator: '≤' }] })).toBe(false);
    expect(metricsFile({ figures: [{ ...first, articleUrl: 'not a url' }] })).toBe(false);
    expect(metricsFile({ figures: [{ ...first, extra: 1 }] })).toBe(false);
    const { quote: _quote, ...withoutQuote } = first!;
    expect(metricsFile({ figures: [withoutQuote] })).toBe(false);
  });

  it('carry every metric of the collection, in order, with its canonical value', () => {
    for (const [i, article] of articles.entries()) {
      const record = records[i]!;
      expect(record.figures.map((f) => [f.label, f.value, f.unit, f.quote])).toEqual(article.data.metrics.map((m) => [m.label, m.value, m.unit, m.quote]));
      expect(record.figures.map((f) => f.id)).toEqual(article.data.metrics.map((_, n) => `${article.data.uid}-${n + 1}`));
    }
    expect(figures.find((f) => f.label === '污水处理站投资')).toMatchObject({ canonicalValue: 1_204_800, canonicalUnit: 'yuan', quantity: 'money' });
  });
});

describe('charts', () => {
  it('lay bars out on a scale that includes zero', () => {
    expect(barLayout([10, 5], 100).bars).toEqual([
      { x: 0, width: 100 },
      { x: 0, width: 50 },
    ]);
    const signed = barLayout([-6.5, 3.25], 90);
    expect(signed.zero).toBeCloseTo(60);
    expect(signed.bars[0]).toEqual({ x: 0, width: 60 });
    expect(signed.bars[1]!.x).toBeCloseTo(60);
    expect(signed.bars[1]!.width).toBeCloseTo(30);
  });

  it('set the year-on-year changes of different places side by side', () => {
    const [percent] = yearOnYearCharts(figures);
    expect(percent!.bars.map((b) => [b.label, b.value])).toEqual([
      ['泽州县 · PM2.5 浓度', -6.5],
      ['高平市 · 空气质量综合指数', -3.4],
    ]);
  });

  it('compare a measure only across places that both report it', () => {
    for (const chart of sharedLabelCharts(figures)) expect(new Set(chart.bars.map((b) => b.label)).size).toBeGreaterThan(1);
    expect(sharedLabelCharts(figures).map((c) => c.title)).toContain('查处环境违法案件');
  });

  it('chart the headline figures of every city that has some', () => {
    const cities = cityHeadlineCharts(figures)
      .map((c) => c.city)
      .sort();
    expect(cities).toEqual([...new Set(figures.filter((f) => f.headline).map((f) => f.city))].sort());
    const bars = cityHeadlineCharts(figures).flatMap((c) => c.charts.flatMap((chart) => chart.bars));
    expect(bars).toHaveLength(figures.filter((f) => f.headline).length);
  });
});
