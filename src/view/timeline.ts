/**
 * The archive by time: years and months that have articles, for `/archive/`.
 * Dates are `YYYY-MM-DD` text, so a month is just the first seven characters.
 */

export interface MonthCount {
  /** `YYYY`. */
  year: string;
  /** `MM`, two digits. */
  month: string;
  count: number;
}

export interface YearCount {
  year: string;
  count: number;
  /** Months with articles, January first. */
  months: MonthCount[];
}

/**
 * Years with their months and article counts, newest year first.
 * @example timeline(['2025-04-22', '2025-04-18', '2024-12-01'])[0] // { year: '2025', count: 2, months: [{ year: '2025', month: '04', count: 2 }] }
 */
export function timeline(dates: readonly string[]): YearCount[] {
  const months = new Map<string, number>();
  for (const date of dates) months.set(date.slice(0, 7), (months.get(date.slice(0, 7)) ?? 0) + 1);
  const years = new Map<string, MonthCount[]>();
  for (const key of [...months.keys()].sort()) {
    const [year, month] = key.split('-') as [string, string];
    years.set(year, [...(years.get(year) ?? []), { year, month, count: months.get(key)! }]);
  }
  return [...years].sort(([a], [b]) => b.localeCompare(a)).map(([year, list]) => ({ year, months: list, count: list.reduce((sum, m) => sum + m.count, 0) }));
}

/**
 * A month in Chinese.
 * @example monthLabel('2025', '04') // '2025年4月'
 */
export function monthLabel(year: string, month: string): string {
  return `${year}年${Number(month)}月`;
}
