/**
 * The manifest of a batch import: a CSV file with a header row naming the
 * columns `file, date, page, page name, issue number` (in any order; only
 * `file` is required; 文件, 日期, 版次, 版名, 期号 are understood too), one row
 * per page, giving each page its issue's metadata. Parsed with csv-parse
 * (quoted fields, a byte order mark and any line ends, as spreadsheets write
 * them). Pure: the command reads the file.
 */
import { isAbsolute, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { isCalendarDate } from '../model/dates.ts';
import type { Problem } from '../model/problem.ts';
import type { PageMetadata } from './report.ts';

/** One row: the page file it names (as written, relative to the manifest's folder) and its metadata. */
export interface ManifestRow extends PageMetadata {
  /** 1-based line of the row in the manifest. */
  line: number;
  file: string;
  /** The row's problems: a page it names is not imported with wrong metadata. */
  problems: Problem[];
}

type Column = 'file' | 'date' | 'page' | 'pageName' | 'issue';

/** Header names, lower-cased with runs of spaces, `_` and `-` as one space. */
const COLUMNS: Record<string, Column> = {
  file: 'file',
  文件: 'file',
  date: 'date',
  日期: 'date',
  page: 'page',
  'page number': 'page',
  版次: 'page',
  'page name': 'pageName',
  版名: 'pageName',
  'issue number': 'issue',
  issue: 'issue',
  期号: 'issue',
};

/**
 * The column a header cell names.
 * @example columnOf(' Page_Name ') // 'pageName'
 */
export function columnOf(header: string): Column | undefined {
  return COLUMNS[
    header
      .trim()
      .toLowerCase()
      .replace(/[\s_-]+/gu, ' ')
  ];
}

/** A positive whole number written in a cell, else undefined. */
const positive = (cell: string) => (/^[1-9]\d*$/u.test(cell) ? Number(cell) : undefined);

/** The metadata of one row, each bad cell a problem. */
function readRow(file: string, line: number, cells: Partial<Record<Column, string>>): ManifestRow {
  const problems: Problem[] = [];
  const bad = (field: string, message: string) => problems.push({ file, line, field, message });
  const row: ManifestRow = { line, file: cells.file ?? '', problems };
  if (!row.file) bad('file', 'the row names no page file');
  if (cells.date) {
    if (isCalendarDate(cells.date)) row.date = cells.date;
    else bad('date', `"${cells.date}" is not a real date written YYYY-MM-DD`);
  }
  if (cells.page) {
    const page = positive(cells.page);
    if (page) row.page = page;
    else bad('page', `"${cells.page}" is not a page number`);
  }
  if (cells.pageName) row.pageName = cells.pageName;
  if (cells.issue) {
    const issue = positive(cells.issue);
    if (issue) row.issue = issue;
    else bad('issue number', `"${cells.issue}" is not an issue number`);
  }
  return row;
}

/**
 * The rows of a manifest. A manifest that cannot be read as a whole (not
 * CSV, no `file` column, an unknown column) is one problem and no rows; a bad
 * row carries its own problems.
 */
export function parseManifest(file: string, text: string): { rows: ManifestRow[]; problems: Problem[] } {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // With `info`, each record comes with its line; csv-parse's types do not say so.
    records = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      record_delimiter: ['\r\n', '\n', '\r'],
    }) as unknown as typeof records;
  } catch (error) {
    return { rows: [], problems: [{ file, line: (error as { lines?: number }).lines, field: 'manifest', message: `not CSV: ${(error as Error).message}` }] };
  }
  const [header, ...body] = records;
  if (!header)
    return {
      rows: [],
      problems: [{ file, field: 'manifest', message: 'the manifest is empty; it needs a header row: file, date, page, page name, issue number' }],
    };
  const columns = header.record.map(columnOf);
  const unknown = header.record.filter((_, i) => !columns[i]);
  if (unknown.length > 0 || !columns.includes('file')) {
    const what = unknown.length > 0 ? `unknown column ${unknown.map((name) => `"${name}"`).join(', ')}` : 'no "file" column';
    return {
      rows: [],
      problems: [{ file, line: header.info.lines, field: 'manifest', message: `${what}; the header names file, date, page, page name, issue number` }],
    };
  }
  const rows = body.map(({ record, info }) => {
    const cells: Partial<Record<Column, string>> = {};
    columns.forEach((column, i) => {
      if (column && record[i]) cells[column] = record[i];
    });
    return readRow(file, info.lines, cells);
  });
  return { rows, problems: [] };
}

/**
 * The path a row's file cell names: as written if absolute, else in the
 * manifest's folder.
 * @example rowPath('/issues/2025', 'p3.txt') // '/issues/2025/p3.txt'
 */
export function rowPath(manifestDir: string, cell: string): string {
  return isAbsolute(cell) ? cell : join(manifestDir, cell);
}
