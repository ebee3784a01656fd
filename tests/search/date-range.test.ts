import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dateBound, inRange, monthSpan, overlaps, periodsBetween, readDateRange } from '../../src/search/date-range.ts';
import { trendOf, periodLabel } from '../../src/search/trend.ts';

describe('the date range', () => {
  it('reads a year, a year and month, or a date, as the whole period', () => {
    expect(dateBound('2024', 'from')).toBe('2024-01-01');
    expect(dateBound('2024', 'to')).toBe('2024-12-31');
    expect(dateBound('2024-02', 'to')).toBe('2024-02-29');
    expect(dateBound('2023-02', 'to')).toBe('2023-02-28');
    expect(dateBound('2024-3', 'from')).toBe('2024-03-01');
    expect(dateBound('2024-03-15', 'to')).toBe('2024-03-15');
  });

  it('reads the forms readers write dates in', () => {
    for (const text of ['2024/3/15', '2024.03.15', '2024年3月15日', '２０２４－０３－１５', ' 2024-03-15 '])
      expect(dateBound(text, 'from'), text).toBe('2024-03-15');
    expect(dateBound('2024年3月', 'to')).toBe('2024-03-31');
    expect(dateBound('2024年', 'from')).toBe('2024-01-01');
  });

  it('reads nothing that is not a date', () => {
    for (const text of ['2024-13', '2024-02-30', '24', '2024-03-15-01', 'abc', '0000', '2024年13月', '']) expect(dateBound(text, 'from'), text).toBeUndefined();
  });

  it('says what is wrong with a range, in a sentence', () => {
    expect(readDateRange('2024', '2024-03')).toEqual({ range: { from: '2024-01-01', to: '2024-03-31' } });
    expect(readDateRange('', '')).toEqual({ range: {} });
    expect(readDateRange('2024-03', '')).toEqual({ range: { from: '2024-03-01' } });
    expect(readDateRange('2025', '2024')).toEqual({ problem: '止（2024）早于起（2025）：请调换或改正日期。' });
    expect(readDateRange('2024-03-15', '2024-03-14')).toHaveProperty('problem');
    // A month ends after its own first day: the same month from and to is no reversal.
    expect(readDateRange('2024-03', '2024-03')).toEqual({ range: { from: '2024-03-01', to: '2024-03-31' } });
    const wrong = readDateRange('昨天', '');
    expect('problem' in wrong && wrong.problem).toContain('“起”应为年份、年月或日期');
    expect('problem' in wrong && wrong.problem).toContain('昨天');
  });

  it('includes both ends, and tells whether a part of the index meets a range', () => {
    const range = { from: '2024-01-01', to: '2024-03-31' };
    expect(['2023-12-31', '2024-01-01', '2024-03-31', '2024-04-01'].map((date) => inRange(date, range))).toEqual([false, true, true, false]);
    expect(overlaps('2023-01-01', '2023-12-31', range)).toBe(false);
    expect(overlaps('2023-06-01', '2024-01-01', range)).toBe(true);
    expect(overlaps('2024-03-31', '2025-01-01', range)).toBe(true);
    expect(overlaps('2024-04-01', '2025-01-01', range)).toBe(false);
    expect(overlaps('2020-01-01', '2020-12-31', {})).toBe(true);
  });

  it('keeps a date in a range exactly when the range holds it (property)', () => {
    const day = fc.date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, day, fc.constantFrom(4, 7, 10), (date, a, b, precision) => {
        const [from, to] = [a, b].sort() as [string, string];
        const reading = readDateRange(from.slice(0, precision), to.slice(0, precision));
        if (!('range' in reading)) throw new Error(reading.problem);
        const { range } = reading;
        expect(inRange(date, range)).toBe(date.slice(0, precision) >= from.slice(0, precision) && date.slice(0, precision) <= to.slice(0, precision));
      }),
    );
  });
});

describe('the trend', () => {
  it('counts by year when the matches span more than two years, every year shown', () => {
    const trend = trendOf(['2021-05-01', '2021-06-01', '2024-01-01']);
    expect(trend).toEqual({
      unit: 'year',
      bars: [
        { period: '2021', count: 2 },
        { period: '2022', count: 0 },
        { period: '2023', count: 0 },
        { period: '2024', count: 1 },
      ],
    });
  });

  it('counts by month when the matches span at most two years', () => {
    expect(trendOf(['2024-01-05', '2025-12-20'])!.unit).toBe('month');
    expect(trendOf(['2024-01-05', '2025-12-20'])!.bars).toHaveLength(24);
    expect(trendOf(['2024-01-05', '2026-01-20'])!.unit).toBe('year');
    expect(trendOf(['2025-04-18', '2025-04-22', '2025-04-22'])!.bars).toEqual([{ period: '2025-04', count: 3 }]);
  });

  it('shows a closed range of at most two years whole, month by month', () => {
    const trend = trendOf(['2024-03-02'], { from: '2024-01-01', to: '2024-12-31' })!;
    expect(trend.unit).toBe('month');
    expect(trend.bars.map((bar) => bar.period)).toEqual(periodsBetween('2024-01-01', '2024-12-31', 'month'));
    expect(trend.bars.reduce((sum, bar) => sum + bar.count, 0)).toBe(1);
    // A wider range follows the matches.
    expect(trendOf(['2024-03-02'], { from: '2000-01-01', to: '2024-12-31' })!.bars).toEqual([{ period: '2024-03', count: 1 }]);
  });

  it('has no bars for no matches, and its counts add up to the matches (property)', () => {
    expect(trendOf([])).toBeUndefined();
    const day = fc.date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.array(day, { minLength: 1, maxLength: 50 }), (dates) => {
        const trend = trendOf(dates)!;
        expect(trend.bars.reduce((sum, bar) => sum + bar.count, 0)).toBe(dates.length);
        const sorted = [...dates].sort();
        expect(trend.unit).toBe(monthSpan(sorted[0]!, sorted.at(-1)!) <= 24 ? 'month' : 'year');
        expect(trend.bars.map((bar) => bar.period)).toEqual([...trend.bars.map((bar) => bar.period)].sort());
      }),
    );
  });

  it('names periods in Chinese', () => {
    expect(periodLabel('2024')).toBe('2024年');
    expect(periodLabel('2024-03')).toBe('2024年3月');
  });
});
