import { describe, expect, it } from 'vitest';
import { articleRecord } from '../../src/open-data/datasets.ts';
import { canonicalNote, figureRows, filterChoices } from '../../src/open-data/figure-table.ts';
import { figureCountText, filterQuery, rowMatches } from '../../src/open-data/client/filter.ts';
import { AREAS } from '../../src/model/gazetteer.ts';
import { loadArticles } from '../helpers/content.ts';

const { articles } = loadArticles();
const records = articles.map((a) => articleRecord({ id: a.slug, data: a.data, body: a.body }, `https://example.org/articles/${a.slug}/`));

describe('the table of all figures', () => {
  it('has one row per figure, in article and print order, beside its article’s headline and topics', () => {
    const rows = figureRows(records);
    expect(rows.map((row) => row.figure)).toEqual(records.flatMap((r) => r.figures));
    for (const row of rows) {
      const article = records.find((r) => r.url === row.figure.articleUrl)!;
      expect([row.headline, row.topics]).toEqual([article.headline, article.topics]);
    }
  });

  it('offers only the cities, topics and years that have figures', () => {
    const rows = figureRows(records);
    const { cities, topics, years } = filterChoices(rows);
    const order = cities.map((city) => AREAS.indexOf(city));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(cities.map((c) => c.id))).toEqual(new Set(rows.map((r) => r.figure.city)));
    expect(new Set(topics)).toEqual(new Set(rows.flatMap((r) => r.topics)));
    expect(years).toEqual([...new Set(rows.map((r) => r.figure.year))].sort().reverse());
    expect(filterChoices([])).toEqual({ cities: [], topics: [], years: [] });
  });

  it('shows a canonical value only where it says more than the printed one', () => {
    expect(canonicalNote({ unit: '万元', canonicalValue: 1204800, canonicalUnit: 'yuan' })).toBe('1,204,800 yuan');
    expect(canonicalNote({ unit: '%', canonicalValue: 6.5, canonicalUnit: '%' })).toBe('');
    expect(canonicalNote({ unit: '家', canonicalValue: 121, canonicalUnit: 'count' })).toBe('');
  });
});

describe('the figure filter', () => {
  const row = { city: 'jincheng', topics: 'air rural', year: '2025' };
  const any = { city: '', topic: '', year: '' };

  it('shows a row when every chosen field matches it', () => {
    expect(rowMatches(row, any)).toBe(true);
    expect(rowMatches(row, { ...any, city: 'jincheng', topic: 'rural', year: '2025' })).toBe(true);
    expect(rowMatches(row, { ...any, city: 'yangquan' })).toBe(false);
    expect(rowMatches(row, { ...any, topic: 'ai' })).toBe(false);
    expect(rowMatches(row, { ...any, year: '2024' })).toBe(false);
    expect(rowMatches({}, { ...any, topic: 'air' })).toBe(false);
  });

  it('counts what it shows and keeps only the chosen fields in the address', () => {
    expect(figureCountText(12, 12)).toBe('共 12 条数据。');
    expect(figureCountText(3, 12)).toBe('显示 3 条数据（共 12 条）。');
    expect(filterQuery(any)).toBe('');
    expect(filterQuery({ city: 'jincheng', topic: '', year: '2025' })).toBe('city=jincheng&year=2025');
  });
});
