/**
 * Planning a batch import: which pages the files and folders of the command
 * line name, in what order, with which issue metadata (from the manifest or
 * the command line), and the progress lines while they are imported. Pure:
 * the command lists the folders and reads the files.
 */
import { basename, resolve } from 'node:path';
import { formatProblem, type Problem } from '../model/problem.ts';
import { rowPath, type ManifestRow } from './manifest.ts';
import type { PageMetadata, PageReport } from './report.ts';

/** A path of the command line as the file system has it: a file, a folder with the `.txt` pages under it, or nothing. */
export type Input = { path: string; kind: 'file' } | { path: string; kind: 'folder'; pages: string[] } | { path: string; kind: 'missing' };

/** One page to import, with the issue metadata it comes with. */
export interface PageJob extends PageMetadata {
  file: string;
  /** Why the page is not imported at all (its manifest row is bad), as one line. */
  refused?: string;
}

/**
 * The pages the inputs name, in the order given, each folder's pages in
 * name order, and each page once. A missing path stays a page, to fail as
 * one; a folder with no page is a problem.
 * @example pagesOf([{ path: 'a.txt', kind: 'file' }, { path: 'p', kind: 'folder', pages: ['p/2.txt', 'p/1.txt'] }]).pages // ['a.txt', 'p/1.txt', 'p/2.txt']
 */
export function pagesOf(inputs: readonly Input[]): { pages: string[]; problems: Problem[] } {
  const pages: string[] = [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const add = (page: string) => {
    if (seen.has(resolve(page))) return;
    seen.add(resolve(page));
    pages.push(page);
  };
  for (const input of inputs) {
    if (input.kind !== 'folder') add(input.path);
    else if (input.pages.length === 0) problems.push({ file: input.path, message: 'the folder holds no .txt page' });
    else [...input.pages].sort(byName).forEach(add);
  }
  return { pages, problems };
}

/** Name order, numbers by value (page 2 before page 10). */
const byName = new Intl.Collator('en', { numeric: true }).compare;

/**
 * Matches manifest rows to the pages: by path (a row's file relative to the
 * manifest's folder), else by file name when one page has it. A row that
 * matches no page and names no existing file is a problem (`exists` asks the
 * file system); a page named by two rows, or by a bad row, is refused.
 * With no pages given, the pages are the files the rows name.
 */
export function planJobs(
  pages: readonly string[],
  manifest: { file: string; dir: string; rows: readonly ManifestRow[] } | undefined,
  exists: (path: string) => boolean,
): { jobs: PageJob[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const rows = manifest?.rows ?? [];
  const batch = pages.length > 0 || !manifest ? [...pages] : rows.filter((row) => row.file).map((row) => rowPath(manifest.dir, row.file));
  const byPath = new Map(batch.map((page) => [resolve(page), page]));
  const byName = Map.groupBy(batch, (page) => basename(page));
  const rowsOf = new Map<string, ManifestRow[]>();
  for (const row of rows) {
    if (!row.file) {
      problems.push(...row.problems);
      continue;
    }
    const path = rowPath(manifest!.dir, row.file);
    const named = byName.get(basename(row.file));
    const page = byPath.get(resolve(path)) ?? (named?.length === 1 ? named[0] : undefined);
    if (page) rowsOf.set(page, [...(rowsOf.get(page) ?? []), row]);
    else if (!exists(path)) problems.push({ file: manifest!.file, line: row.line, field: 'file', message: `names no page file: ${path} does not exist` });
  }
  const jobs = [...new Set(batch)].map((file): PageJob => {
    const [row, ...more] = rowsOf.get(file) ?? [];
    if (!row) return { file };
    const { line: _line, file: _file, problems: rowProblems, ...metadata } = row;
    const refused =
      more.length > 0
        ? { file: manifest!.file, line: more[0]!.line, field: 'file', message: `names ${file} again (row of line ${row.line} too)` }
        : rowProblems[0];
    return refused ? { file, ...metadata, refused: `${formatProblem(refused)} (page ${file} not imported)` } : { file, ...metadata };
  });
  return { jobs, problems };
}

/**
 * A duration as an editor reads it.
 * @example duration(75) // '1 min 15 s'
 */
export function duration(seconds: number): string {
  const whole = Math.round(seconds);
  return whole < 60 ? `${whole} s` : `${Math.floor(whole / 60)} min ${whole % 60} s`;
}

export interface Progress {
  done: number;
  total: number;
  articles: number;
  failed: number;
  elapsedSeconds: number;
}

/**
 * The progress line a terminal shows: pages done of the total, articles,
 * rate and time left.
 * @example progressLine({ done: 10, total: 40, articles: 70, failed: 1, elapsedSeconds: 5 }) // 'pages 10/40 · 70 articles · 1 failed · 2.0 pages/s · about 15 s left'
 */
export function progressLine(progress: Progress): string {
  const rate = progress.elapsedSeconds > 0 ? progress.done / progress.elapsedSeconds : 0;
  const left = rate > 0 ? `about ${duration((progress.total - progress.done) / rate)} left` : 'estimating time left';
  const failed = progress.failed > 0 ? ` · ${progress.failed} failed` : '';
  return `pages ${progress.done}/${progress.total} · ${progress.articles} articles${failed} · ${rate.toFixed(1)} pages/s · ${left}`;
}

/**
 * The line an imported page gets when the output is not a terminal (a failed
 * page's line is its error, on stderr).
 * @example pageLine(2, 40, { file: 'p.txt', articles: [{ outcome: 'written' }, { outcome: 'kept' }] }) // '[2/40] p.txt: 2 article(s): 1 written, 1 kept'
 */
export function pageLine(index: number, total: number, report: Pick<PageReport, 'file'> & { articles: readonly { outcome: string }[] }): string {
  const outcomes = Map.groupBy(report.articles, (article) => article.outcome);
  const counts = [...outcomes].map(([outcome, articles]) => `${articles.length} ${outcome}`).join(', ');
  return `[${index}/${total}] ${report.file}: ${report.articles.length} article(s)${counts ? `: ${counts}` : ''}`;
}
