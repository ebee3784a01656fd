/**
 * The date range of a search (起 and 止, `from` and `to` in the URL), and the
 * periods the trend counts by. Pure. Dates are `YYYY-MM-DD` strings, as
 * everywhere in the archive (src/model/dates.ts); a bound may be a year, a
 * year and month, or a date, and the range includes both ends whole:
 * `from=2024&to=2024-03` is 2024-01-01 to 2024-03-31.
 */
import { isCalendarDate } from '../model/dates.ts';
import { normalizeSearchText } from './terms.ts';

/** Inclusive; either end may be open. */
export interface DateRange {
  from?: string;
  to?: string;
}

export type RangeReading = { range: DateRange } | { problem: string };

/** Year, month and day in the forms readers write them: 2024-03-15, 2024/3/15, 2024.03, 2024年3月15日. */
const BOUND = /^(\d{4})(?:[-/.年](\d{1,2})(?:[-/.月](\d{1,2})日?|月)?)?年?$/u;

const pad = (n: number) => String(n).padStart(2, '0');

/** Days in a month of a year. */
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * One end of a range as a date: a year or a month stands for its first day
 * as a start, its last as an end. Undefined when it is not a date at all.
 * @example dateBound('2024', 'to') // '2024-12-31'
 * @example dateBound('2024年3月', 'from') // '2024-03-01'
 * @example dateBound('２０２４-2', 'to') // '2024-02-29'
 */
export function dateBound(text: string, end: 'from' | 'to'): string | undefined {
  // Full-width digits and punctuation read as their ASCII forms, as a query's do.
  const folded = normalizeSearchText(text);
  const match = BOUND.exec(folded);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  const m = month ?? (end === 'from' ? 1 : 12);
  const date = `${match[1]}-${pad(m)}-${pad(day ?? (end === 'from' ? 1 : daysIn(year, m)))}`;
  return isCalendarDate(date) ? date : undefined;
}

/**
 * The range of a search from what the reader wrote as 起 and 止, or the
 * sentence that says what is wrong with it.
 * @example readDateRange('2024', '2024-03') // { range: { from: '2024-01-01', to: '2024-03-31' } }
 * @example readDateRange('2025', '2024') // { problem: '止（2024）早于起（2025）：请调换或改正日期。' }
 */
export function readDateRange(from: string, to: string): RangeReading {
  const range: DateRange = {};
  for (const [end, label, text] of [
    ['from', '起', from],
    ['to', '止', to],
  ] as const) {
    if (!text.trim()) continue;
    const date = dateBound(text, end);
    if (!date) return { problem: `“${label}”应为年份、年月或日期，如 2024、2024-03 或 2024-03-15；“${text.trim()}”不是。` };
    range[end] = date;
  }
  if (range.from && range.to && range.to < range.from) return { problem: `止（${to.trim()}）早于起（${from.trim()}）：请调换或改正日期。` };
  return { range };
}

/**
 * Whether a date lies in a range.
 * @example inRange('2024-03-15', { from: '2024-01-01' }) // true
 */
export function inRange(date: string, range: DateRange): boolean {
  return (!range.from || date >= range.from) && (!range.to || date <= range.to);
}

/**
 * Whether two spans of dates share a day: a part of the index holding
 * articles from `first` to `last` and a range.
 * @example overlaps('2023-01-05', '2023-12-30', { from: '2024-01-01' }) // false
 */
export function overlaps(first: string, last: string, range: DateRange): boolean {
  return (!range.from || last >= range.from) && (!range.to || first <= range.to);
}

/** How a trend counts: by year or by month. */
export type PeriodUnit = 'year' | 'month';

/**
 * The period a date falls in: `2024` or `2024-03`.
 * @example periodOf('2024-03-15', 'month') // '2024-03'
 */
export function periodOf(date: string, unit: PeriodUnit): string {
  return date.slice(0, unit === 'year' ? 4 : 7);
}

/**
 * Months from the first period to the last, both counted.
 * @example monthSpan('2024-01-15', '2025-12-01') // 24
 */
export function monthSpan(first: string, last: string): number {
  return (Number(last.slice(0, 4)) - Number(first.slice(0, 4))) * 12 + Number(last.slice(5, 7)) - Number(first.slice(5, 7)) + 1;
}

/**
 * Every period from the one `first` is in to the one `last` is in.
 * @example periodsBetween('2024-11-02', '2025-02-10', 'month') // ['2024-11', '2024-12', '2025-01', '2025-02']
 */
export function periodsBetween(first: string, last: string, unit: PeriodUnit): string[] {
  const periods: string[] = [];
  let year = Number(first.slice(0, 4));
  let month = unit === 'year' ? 1 : Number(first.slice(5, 7));
  const end = periodOf(last, unit);
  for (;;) {
    const period = unit === 'year' ? String(year) : `${year}-${pad(month)}`;
    periods.push(period);
    if (period >= end) return periods;
    if (unit === 'year' || month === 12) {
      year++;
      month = 1;
    } else month++;
  }
}
