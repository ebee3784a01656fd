/**
 * The newspaper as printed, for the page views: how a page and an issue are
 * named, pages grouped into issues and issues into a calendar, the articles
 * of a page in print order, the OCR text cut into the stretches each article
 * was taken from, and the article's place in print for JSON-LD. Pure.
 */
import type { NewsArticle, PublicationIssue } from 'schema-dts';
import { formatChineseDate } from '../model/dates.ts';
import { LEFT_REASONS, type LeftReason, type PageData } from '../model/page.ts';
import { PUBLICATION } from '../model/schema.ts';
import type { Line } from '../page/lines.ts';
import { linesIn, type LineRange } from '../page/provenance.ts';

type PagePlace = Pick<PageData, 'date' | 'page' | 'pageName'>;

/**
 * An issue's date in Chinese, or that it is unknown.
 * @example issueLabel('2025-04-24') // '2025年4月24日'
 * @example issueLabel(null) // '日期未知'
 */
export function issueLabel(date: string | null): string {
  return date ? formatChineseDate(date) : '日期未知';
}

/**
 * A page's number and name as a reader cites them.
 * @example pageNumberLabel({ page: 3, pageName: '生态环境' }) // '第3版 · 生态环境'
 * @example pageNumberLabel({ page: null, pageName: null }) // '版次未知'
 */
export function pageNumberLabel(page: Pick<PageData, 'page' | 'pageName'>): string {
  return [page.page === null ? '版次未知' : `第${page.page}版`, page.pageName].filter(Boolean).join(' · ');
}

/**
 * A page in full: issue and page.
 * @example pageLabel({ date: '2025-04-24', page: 3, pageName: null }) // '2025年4月24日 第3版'
 */
export function pageLabel(page: PagePlace): string {
  return `${issueLabel(page.date)} ${pageNumberLabel(page)}`;
}

/**
 * The anchor of a range of lines on the page view: `L40-L72`. A single line
 * is `L40-L40`, since `L40` is the line itself.
 * @example rangeId([40, 72]) // 'L40-L72'
 */
export function rangeId([first, last]: LineRange): string {
  return `L${first}-L${last}`;
}

/**
 * A range of lines in Chinese.
 * @example rangeLabel([40, 72]) // '第 40–72 行'
 * @example rangeLabel([9, 9]) // '第 9 行'
 */
export function rangeLabel([first, last]: LineRange): string {
  return first === last ? `第 ${first} 行` : `第 ${first}–${last} 行`;
}

/**
 * The range holding most lines, which holds the article's body: where a
 * link to the article's lines opens the page.
 * @example mainRange([[361, 361], [416, 633], [682, 682]]) // [416, 633]
 */
export function mainRange(ranges: readonly LineRange[]): LineRange {
  return ranges.reduce((best, range) => (range[1] - range[0] > best[1] - best[0] ? range : best));
}

/**
 * The line an article's text begins on: the first of its lines that its
 * body prints (its headline may be set elsewhere on the page), else its
 * first line.
 * @example bodyStart([{ no: 3, text: '标题' }, { no: 5, text: '正文第一行' }], [[3, 5]], '正文第一行。') // 5
 */
export function bodyStart(page: readonly Line[], ranges: readonly LineRange[], body: string): number {
  const text = body.replace(/\s+/gu, '');
  const held = linesIn(page, ranges);
  return held.find((line) => text.includes(line.text.replace(/\s+/gu, '')))?.no ?? ranges[0]![0];
}

/**
 * Articles in print order: those whose lines are known by where their text
 * begins, then the rest by their permanent id (`kxdb-…-2` before `kxdb-…-10`).
 */
export function printOrder<T extends { uid: string; start?: number | undefined }>(articles: readonly T[]): T[] {
  return [...articles].sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity) || a.uid.localeCompare(b.uid, 'en', { numeric: true }));
}

export interface Issue<P> {
  /** `YYYY-MM-DD`. */
  date: string;
  /** In page order. */
  pages: P[];
}

interface Placed {
  id: string;
  data: Pick<PageData, 'date' | 'page'>;
}

/** Pages of one issue by page number, unnumbered ones last, then by id. */
const byPageNumber = (a: Placed, b: Placed) => (a.data.page ?? Infinity) - (b.data.page ?? Infinity) || a.id.localeCompare(b.id);

/**
 * Pages grouped into issues by date, oldest issue first, and the pages whose
 * date is unknown apart: they belong to no issue the archive can name.
 */
export function groupIssues<P extends Placed>(pages: readonly P[]): { issues: Issue<P>[]; undated: P[] } {
  const undated = pages.filter((page) => page.data.date === null);
  const byDate = Map.groupBy(
    pages.filter((page) => page.data.date !== null),
    (page) => page.data.date!,
  );
  const issues = [...byDate].sort(([a], [b]) => a.localeCompare(b)).map(([date, list]) => ({ date, pages: list.sort(byPageNumber) }));
  return { issues, undated: undated.sort(byPageNumber) };
}

export interface Neighbours<P> {
  previousPage?: P;
  nextPage?: P;
  /** Dates of the issues before and after. */
  previousIssue?: string;
  nextIssue?: string;
}

/** The pages before and after a page in its issue, and the issues before and after its own. */
export function neighbours<P extends Placed>(page: P, issues: readonly Issue<P>[]): Neighbours<P> {
  const at = issues.findIndex((issue) => issue.date === page.data.date);
  if (at < 0) return {};
  const { pages } = issues[at]!;
  const index = pages.findIndex((other) => other.id === page.id);
  const found: Neighbours<P> = {};
  if (index > 0) found.previousPage = pages[index - 1]!;
  if (index < pages.length - 1) found.nextPage = pages[index + 1]!;
  if (at > 0) found.previousIssue = issues[at - 1]!.date;
  if (at < issues.length - 1) found.nextIssue = issues[at + 1]!.date;
  return found;
}

export interface CalendarMonth {
  year: number;
  month: number;
  /** Weeks from Monday; a day is its date when an issue came out that day, else its number; null outside the month. */
  weeks: ({ day: number; date?: string } | null)[][];
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The months that have issues, as calendars, grouped by year, newest year
 * first, January first within a year.
 */
export function calendar(dates: readonly string[]): { year: number; months: CalendarMonth[] }[] {
  const issued = new Set(dates);
  const months = [...new Set(dates.map((date) => date.slice(0, 7)))].sort();
  const years = Map.groupBy(months, (key) => Number(key.slice(0, 4)));
  return [...years].sort(([a], [b]) => b - a).map(([year, keys]) => ({ year, months: keys.map((key) => monthGrid(year, Number(key.slice(5, 7)), issued)) }));
}

/**
 * One month as weeks from Monday.
 * @example monthGrid(2025, 4, new Set(['2025-04-24'])).weeks[0] // [null, { day: 1 }, { day: 2 }, …]
 */
export function monthGrid(year: number, month: number, issued: ReadonlySet<string>): CalendarMonth {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const lead = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7;
  const cells: ({ day: number; date?: string } | null)[] = Array.from({ length: lead }, () => null);
  for (let day = 1; day <= days; day++) {
    const date = `${year}-${pad(month)}-${pad(day)}`;
    cells.push(issued.has(date) ? { day, date } : { day });
  }
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
  return { year, month, weeks };
}

export interface TextSegment<A> {
  lines: { no: number; text: string }[];
  /** The article these lines were taken from, the range, and whether it continues an earlier range. */
  held?: { article: A; range: LineRange; continued: boolean };
}

/**
 * The page's text line by line, cut into the stretches each article was
 * taken from and the lines between. A range that overlaps one already placed
 * is left unmarked (the content check refuses such ranges).
 */
export function textSegments<A>(lines: readonly string[], articles: readonly { article: A; ranges: readonly LineRange[] }[]): TextSegment<A>[] {
  const marks = articles
    .flatMap(({ article, ranges }) => ranges.map((range, index) => ({ article, range, continued: index > 0 })))
    .filter(({ range }) => range[1] <= lines.length)
    .sort((a, b) => a.range[0] - b.range[0]);
  const segments: TextSegment<A>[] = [];
  const slice = (from: number, to: number) => lines.slice(from - 1, to).map((text, i) => ({ no: from + i, text }));
  let next = 1;
  for (const mark of marks) {
    if (mark.range[0] < next) continue;
    if (mark.range[0] > next) segments.push({ lines: slice(next, mark.range[0] - 1) });
    segments.push({ lines: slice(mark.range[0], mark.range[1]), held: mark });
    next = mark.range[1] + 1;
  }
  if (next <= lines.length) segments.push({ lines: slice(next, lines.length) });
  return segments;
}

/**
 * Why text was left unassigned, as the page view says it.
 * @example reasonLabel('bullet-junk') // '署名前的识别杂字（误识的圆点）'
 */
export function reasonLabel(reason: LeftReason): string {
  return LEFT_REASONS[reason];
}

/**
 * Where an article was printed, for its JSON-LD: the issue within the
 * periodical, and the page number where known.
 * @example printedInJsonLd({ date: '2025-04-24', issueNumber: null, page: 3 }).pageStart // 3
 */
export function printedInJsonLd(page: Pick<PageData, 'date' | 'issueNumber' | 'page'>): Pick<NewsArticle, 'isPartOf' | 'pageStart'> {
  const issue: PublicationIssue = {
    '@type': 'PublicationIssue',
    ...(page.date ? { datePublished: page.date } : {}),
    ...(page.issueNumber !== null ? { issueNumber: String(page.issueNumber) } : {}),
    isPartOf: { '@type': 'Periodical', name: PUBLICATION },
  };
  return { isPartOf: issue, ...(page.page !== null ? { pageStart: page.page } : {}) };
}
