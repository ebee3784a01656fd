import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { duration, pageLine, pagesOf, planJobs, progressLine } from '../../src/importer/batch.ts';
import { columnOf, parseManifest } from '../../src/importer/manifest.ts';
import { formatProblem } from '../../src/model/problem.ts';

const HEADER = 'file,date,page,page name,issue number\n';

describe('the pages of a batch', () => {
  it('keeps the order given, reads folders in name order (numbers by value), and takes each page once', () => {
    const { pages, problems } = pagesOf([
      { path: 'b.txt', kind: 'file' },
      { path: 'year', kind: 'folder', pages: ['year/p10.txt', 'year/p2.txt', 'year/p1.txt'] },
      { path: './year/p2.txt', kind: 'file' },
      { path: 'gone.txt', kind: 'missing' },
    ]);
    expect(pages).toEqual(['b.txt', 'year/p1.txt', 'year/p2.txt', 'year/p10.txt', 'gone.txt']);
    expect(problems).toEqual([]);
  });

  it('names a folder with no page', () => {
    expect(pagesOf([{ path: 'photos', kind: 'folder', pages: [] }]).problems.map(formatProblem)).toEqual(['photos: the folder holds no .txt page']);
  });
});

describe('the manifest', () => {
  it('reads quoted cells, a byte order mark, CRLF, columns in any order and Chinese headers', () => {
    const text = '\uFEFF期号,文件,日期,版次,版名\r\n1234,p1.txt,2025-04-24,3,"生态, 环境"\r\n\r\n1235,p2.txt,,,\r\n';
    const { rows, problems } = parseManifest('m.csv', text);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { line: 2, file: 'p1.txt', date: '2025-04-24', page: 3, pageName: '生态, 环境', issue: 1234, problems: [] },
      { line: 4, file: 'p2.txt', issue: 1235, problems: [] },
    ]);
    expect(columnOf(' Issue_Number ')).toBe('issue');
  });

  it('gives each bad cell a problem on its row', () => {
    const { rows } = parseManifest('m.csv', `${HEADER}p1.txt,2025-02-30,0,,12a\n,2025-04-24,,,\n`);
    expect(rows.flatMap((row) => row.problems).map(formatProblem)).toEqual([
      'm.csv:2 date: "2025-02-30" is not a real date written YYYY-MM-DD',
      'm.csv:2 page: "0" is not a page number',
      'm.csv:2 issue number: "12a" is not an issue number',
      'm.csv:3 file: the row names no page file',
    ]);
  });

  it('refuses a manifest it cannot read as a whole, in one line', () => {
    expect(parseManifest('m.csv', 'file,colour\na.txt,red\n').problems.map(formatProblem)).toEqual([
      'm.csv:1 manifest: unknown column "colour"; the header names file, date, page, page name, issue number',
    ]);
    expect(parseManifest('m.csv', 'date,page\n').problems.map(formatProblem)).toEqual([
      'm.csv:1 manifest: no "file" column; the header names file, date, page, page name, issue number',
    ]);
    expect(parseManifest('m.csv', `${HEADER}"a.txt,2025-04-24\n`).problems.map(formatProblem)[0]).toMatch(/^m\.csv:\d+ manifest: not CSV: Quote Not Closed/);
    expect(parseManifest('m.csv', '').problems.map(formatProblem)).toEqual([
      'm.csv manifest: the manifest is empty; it needs a header row: file, date, page, page name, issue number',
    ]);
  });
});

describe('planning the jobs', () => {
  const manifest = (text: string) => ({ file: 'issues/m.csv', dir: 'issues', rows: parseManifest('issues/m.csv', HEADER + text).rows });
  const nothingExists = () => false;

  it('gives each page its row, by path from the manifest folder or by file name', () => {
    const { jobs, problems } = planJobs(
      ['issues/p1.txt', 'elsewhere/p2.txt', 'p3.txt'],
      manifest('p1.txt,2025-04-24,3,生态,1234\np2.txt,2025-05-01,,,\n'),
      nothingExists,
    );
    expect(problems).toEqual([]);
    expect(jobs).toEqual([
      { file: 'issues/p1.txt', date: '2025-04-24', page: 3, pageName: '生态', issue: 1234 },
      { file: 'elsewhere/p2.txt', date: '2025-05-01' },
      { file: 'p3.txt' },
    ]);
  });

  it('refuses a page whose row is bad or which two rows name, and lists rows naming no file', () => {
    const { jobs, problems } = planJobs(
      ['issues/p1.txt', 'issues/p2.txt', 'issues/p3.txt'],
      manifest('p1.txt,2025-02-30,,,\np2.txt,2025-04-24,,,\np2.txt,2025-04-25,,,\n,2025-04-24,,,\ngone.txt,,,,\np3.txt,2025-05-08,,,\n'),
      nothingExists,
    );
    expect(problems.map(formatProblem)).toEqual([
      'issues/m.csv:5 file: the row names no page file',
      `issues/m.csv:6 file: names no page file: ${'issues/gone.txt'} does not exist`,
    ]);
    expect(jobs.map((job) => [job.file, job.refused])).toEqual([
      ['issues/p1.txt', 'issues/m.csv:2 date: "2025-02-30" is not a real date written YYYY-MM-DD (page issues/p1.txt not imported)'],
      ['issues/p2.txt', 'issues/m.csv:4 file: names issues/p2.txt again (row of line 3 too) (page issues/p2.txt not imported)'],
      ['issues/p3.txt', undefined],
    ]);
  });

  it('ignores rows of pages not in this batch that exist (a year manifest, a month imported)', () => {
    expect(planJobs(['issues/p1.txt'], manifest('p9.txt,2025-12-01,,,\n'), (path) => resolve(path) === resolve('issues/p9.txt')).problems).toEqual([]);
  });

  it('takes the pages from the manifest when none are given', () => {
    expect(planJobs([], manifest('p1.txt,2025-04-24,,,\np2.txt,,,,\n'), nothingExists).jobs).toEqual([
      { file: 'issues/p1.txt', date: '2025-04-24' },
      { file: 'issues/p2.txt' },
    ]);
  });
});

describe('progress', () => {
  it('shows pages done of the total, articles, rate and time left', () => {
    expect(progressLine({ done: 0, total: 40, articles: 0, failed: 0, elapsedSeconds: 0 })).toBe(
      'pages 0/40 · 0 articles · 0.0 pages/s · estimating time left',
    );
    expect(progressLine({ done: 30, total: 1000, articles: 210, failed: 2, elapsedSeconds: 12 })).toBe(
      'pages 30/1000 · 210 articles · 2 failed · 2.5 pages/s · about 6 min 28 s left',
    );
    expect(duration(59.6)).toBe('1 min 0 s');
  });

  it('gives a page its line when the output is not a terminal', () => {
    expect(pageLine(3, 12, { file: 'p.txt', articles: [{ outcome: 'written' }, { outcome: 'written' }, { outcome: 'unchanged' }] })).toBe(
      '[3/12] p.txt: 3 article(s): 2 written, 1 unchanged',
    );
  });
});
