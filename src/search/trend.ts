/**
 * The story over time: how many articles of a search's whole result each
 * year holds, or each month when the matches (or the range searched) span at
 * most two years. Pure: the search page draws it, the tests check it.
 */
import { monthSpan, periodOf, periodsBetween, type DateRange, type PeriodUnit } from './date-range.ts';

/** Months a trend may span and still count by month. */
export const MONTHLY_SPAN = 24;

export interface TrendBar {
  /** `2024` or `2024-03`. */
  period: string;
  count: number;
}

export interface Trend {
  unit: PeriodUnit;
  /** Every period from the first to the last, empty ones at 0. */
  bars: TrendBar[];
}

/**
 * The trend of a result from its articles' dates.
 * @param range the range searched: a closed range of at most two years is shown month by month, whole
 * @example trendOf(['2022-05-01', '2025-02-01']).bars.map((bar) => bar.period) // ['2022', '2023', '2024', '2025']
 * @example trendOf(['2024-03-02', '2024-05-01']).bars // [{ period: '2024-03', count: 1 }, { period: '2024-04', count: 0 }, { period: '2024-05', count: 1 }]
 */
export function trendOf(dates: readonly string[], range: DateRange = {}): Trend | undefined {
  if (dates.length === 0) return undefined;
  const sorted = [...dates].sort();
  const closed = range.from && range.to && monthSpan(range.from, range.to) <= MONTHLY_SPAN;
  const [first, last] = closed ? [range.from!, range.to!] : [sorted[0]!, sorted.at(-1)!];
  const unit: PeriodUnit = monthSpan(first, last) <= MONTHLY_SPAN ? 'month' : 'year';
  const counts = new Map<string, number>();
  for (const date of sorted) counts.set(periodOf(date, unit), (counts.get(periodOf(date, unit)) ?? 0) + 1);
  return { unit, bars: periodsBetween(first, last, unit).map((period) => ({ period, count: counts.get(period) ?? 0 })) };
}

/**
 * A period in Chinese.
 * @example periodLabel('2024-03') // '2024年3月'
 */
export function periodLabel(period: string): string {
  const [year, month] = period.split('-');
  return month ? `${year}年${Number(month)}月` : `${year}年`;
}
