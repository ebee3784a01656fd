/**
 * Calendar dates of the archive are plain `YYYY-MM-DD` strings: a printed date
 * has no time of day and no time zone, and a `Date` object would invent both.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether `value` is a real calendar date written `YYYY-MM-DD`.
 * @example isCalendarDate('2024-02-29') // true
 * @example isCalendarDate('2025-02-29') // false
 */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * `YYYY-MM-DD` of a `Date` read as UTC midnight, as YAML parsers produce for an
 * unquoted date.
 * @example toIsoDate(new Date('2025-04-22')) // '2025-04-22'
 */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The date as printed in Chinese.
 * @example formatChineseDate('2025-04-22') // '2025年4月22日'
 */
export function formatChineseDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}
