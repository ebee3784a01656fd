/**
 * `npm run import -- <page.txt | folder>... [--out <dir>] [--manifest pages.csv] [--report report.json] [--date YYYY-MM-DD] [--page N] [--issue-number N] [--page-name 版名] [--dry-run] [--force]`
 *
 * Imports raw OCR pages of 科学导报 into article entries: the files given and
 * the `.txt` pages of the folders given (in name order). Each page is
 * registered with its entries: the page file copied unchanged into the
 * archive's sources folder and its page entry beside it. `--out` may be any
 * folder inside the archive's articles folder (the configured archive,
 * `ARCHIVE_CONTENT_DIR`, see src/archive/layout.ts); the page still goes to
 * the archive's one sources folder. Each page is imported whole
 * or not at all; a page that fails is one line on stderr, the
 * others go on, and the exit status is 2 at the end. Slugs and uids are kept
 * unique in the whole archive. On a terminal a
 * progress line shows pages done, articles, rate and time left; otherwise
 * one line per page. The summary table and the character totals end it;
 * `--report` writes all of it as JSON.
 *
 * This file only reads and writes: planning is in batch.ts, manifest.ts,
 * placement.ts and report.ts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { archiveLayout, isInside, type ArchiveLayout } from '../archive/layout.ts';
import { parseArgs } from 'node:util';
import { isCalendarDate } from '../model/dates.ts';
import { formatProblem, LocatedError } from '../model/problem.ts';
import { readArchive, type ArchiveIndex } from './archive.ts';
import { pageLine, pagesOf, planJobs, progressLine, type Input, type PageJob } from './batch.ts';
import { decodePage, MAX_PAGE_BYTES } from '../page/decode.ts';
import { ImportError } from './errors.ts';
import { importPage } from './import.ts';
import { parseManifest } from './manifest.ts';
import { placeEntries, recordPlacements } from './placement.ts';
import { batchReport, failedPage, formatSummary, importedPage, type PageMetadata, type PageReport } from './report.ts';
import { pageFiles } from './register.ts';
import { writeFiles } from '../archive/write-files.ts';

const USAGE =
  'usage: npm run import -- <page.txt | folder>... [--out <dir>] [--manifest pages.csv] [--report report.json] [--date YYYY-MM-DD] [--page N] [--issue-number N] [--page-name 版名] [--dry-run] [--force]';

interface Arguments {
  inputs: string[];
  /** The folder the entries go to, inside the archive's articles folder. */
  out: string;
  /** The archive imported into: its sources folder takes the page files and page entries. */
  layout: ArchiveLayout;
  manifest?: string;
  report?: string;
  date?: string;
  page?: number;
  issue?: number;
  pageName?: string;
  dryRun: boolean;
  force: boolean;
}

/** A whole number from 1 given for an option; an ImportError names the option. */
function positive(value: string | undefined, option: string, field: string): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new ImportError(`${option} "${value}" is not a number from 1`, { field });
  return number;
}

/** The command line, checked; an ImportError names the bad option. */
export function parseArguments(argv: readonly string[], layout = archiveLayout()): Arguments {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        manifest: { type: 'string' },
        report: { type: 'string' },
        date: { type: 'string' },
        page: { type: 'string' },
        'issue-number': { type: 'string' },
        'page-name': { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new ImportError(`${(error as Error).message}; ${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0 && !values.manifest) throw new ImportError(`expected page files or folders; ${USAGE}`);
  if (values.date !== undefined && !isCalendarDate(values.date))
    throw new ImportError(`--date "${values.date}" is not a real date written YYYY-MM-DD`, { field: 'date' });
  const page = positive(values.page, '--page', 'source.page');
  const issue = positive(values['issue-number'], '--issue-number', 'issueNumber');
  const pageName = values['page-name']?.trim();
  if (values['page-name'] !== undefined && !pageName) throw new ImportError('--page-name is empty', { field: 'pageName' });
  if ((values.date || page || issue || pageName) && values.manifest) {
    throw new ImportError('--date, --page, --issue-number and --page-name give one page its issue; with --manifest, give them in the manifest');
  }
  const out = values.out ?? layout.articles;
  if (!isInside(out, layout.articles)) {
    throw new ImportError(
      `--out ${out} is outside the archive's articles folder ${relative(process.cwd(), layout.articles) || '.'}: entries go into it or a folder inside it (set ARCHIVE_CONTENT_DIR to import into another archive)`,
      { field: 'out' },
    );
  }
  return {
    inputs: positionals,
    out,
    layout,
    ...(values.manifest ? { manifest: values.manifest } : {}),
    ...(values.report ? { report: values.report } : {}),
    ...(values.date ? { date: values.date } : {}),
    ...(page ? { page } : {}),
    ...(issue ? { issue } : {}),
    ...(pageName ? { pageName } : {}),
    dryRun: values['dry-run'],
    force: values.force,
  };
}

function readPage(file: string): Uint8Array {
  let size: number;
  try {
    const stats = statSync(file);
    if (!stats.isFile()) throw new ImportError('not a file');
    size = stats.size;
  } catch (error) {
    throw error instanceof LocatedError ? error : new ImportError('no such file');
  }
  // Refuse before reading a huge file into memory.
  if (size > MAX_PAGE_BYTES) throw new ImportError(`the file is ${(size / 1024 / 1024).toFixed(1)} MB, more than the 20 MB a page can be`);
  return readFileSync(file);
}

/** A path of the command line as the file system has it; a folder with its `.txt` pages, sub-folders included. */
function listInput(path: string): Input {
  if (!existsSync(path)) return { path, kind: 'missing' };
  if (!statSync(path).isDirectory()) return { path, kind: 'file' };
  const pages = readdirSync(path, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.txt$/iu.test(name) && statSync(join(path, name)).isFile())
    .map((name) => join(path, name));
  return { path, kind: 'folder', pages };
}

/** Where and how a batch writes, and the archive it must keep unique (grown by every page placed). */
export interface ImportTarget {
  out: string;
  /** The archive's sources folder. */
  sources: string;
  force: boolean;
  dryRun: boolean;
  archive: ArchiveIndex;
}

/**
 * Imports and registers one page, all or nothing: decode, import, place
 * each entry against the archive (distinct slugs, re-imports recognised),
 * then write the entries with the page file and its page entry. A page that
 * cannot be imported whole throws, and leaves nothing behind.
 */
export function importOnePage(job: PageJob, target: ImportTarget): PageReport {
  const bytes = readPage(job.file);
  const { text } = decodePage(bytes);
  const { file: _, refused: __, ...metadata } = job;
  const file = basename(job.file);
  const result = importPage(text, { file, bytes, ...(job.date ? { date: job.date } : {}), ...(job.page ? { page: job.page } : {}) });
  const entries = result.entries.map((entry) => ({ name: entry.name, content: entry.content, uid: entry.data.uid, line: entry.line }));
  const placements = placeEntries(entries, target.archive, target.out, target.force);
  const changed = placements.filter((placement) => placement.outcome === 'written' || placement.outcome === 'replaced');
  const facts = { date: job.date, page: job.page, issueNumber: job.issue, pageName: job.pageName };
  const page = pageFiles({ file, bytes, text, result, facts }, target.sources);
  const files = [...changed.map((placement) => ({ path: placement.file, content: placement.content })), ...page];
  const outcomes = target.dryRun ? undefined : writeFiles(files, target.force);
  recordPlacements(target.archive, placements);
  const report = importedPage(job.file, metadata, result, placements);
  for (const aside of result.setAside) report.notes.push(formatProblem({ file: job.file, line: aside.line, message: aside.problem }));
  report.notes.push(registrationNote(page, outcomes?.slice(-page.length)));
  return report;
}

/**
 * The report's note on the page file and its page entry.
 * @example registrationNote([{ path: 's/p.txt', content: '' }, { path: 's/p.yaml', content: '' }], ['written', 'unchanged']) // 'page file s/p.txt (written), page entry s/p.yaml (unchanged)'
 */
export function registrationNote(page: readonly { path: string }[], outcomes: readonly string[] | undefined): string {
  const outcome = (i: number) => (outcomes ? ` (${outcomes[i]})` : ' (dry run)');
  return `page file ${page[0]!.path}${outcome(0)}, page entry ${page[1]!.path}${outcome(1)}`;
}

/** A page's failure as its one line: the importer's own problem, or any other error met on that page. */
function failureLine(file: string, error: unknown): string {
  if (error instanceof LocatedError) return formatProblem(error.at(file));
  return formatProblem({ file, message: `the import failed: ${String((error as Error)?.message ?? error).split('\n')[0]}` });
}

/** What the command prints while pages are imported: a progress line on a terminal, else one line per page; errors on stderr. */
function progressWriter(total: number) {
  const tty = Boolean(process.stdout.isTTY);
  const started = performance.now();
  let done = 0;
  let articles = 0;
  let failed = 0;
  const clear = () => tty && process.stdout.write('\r\x1b[2K');
  const draw = () => tty && process.stdout.write(progressLine({ done, total, articles, failed, elapsedSeconds: (performance.now() - started) / 1000 }));
  draw();
  return {
    error(line: string) {
      clear();
      process.stderr.write(`${line}\n`);
      draw();
    },
    page(report: PageReport) {
      done++;
      articles += report.articles.length;
      if (report.status === 'failed') {
        failed++;
        this.error(report.error!);
        return;
      }
      if (tty) {
        clear();
        draw();
      } else process.stdout.write(`${pageLine(done, total, report)}\n`);
    },
    finish: clear,
  };
}

/** The issue metadata the command line gives its one page. */
function issueOptions({ date, page, issue, pageName }: Arguments): PageMetadata {
  return { ...(date ? { date } : {}), ...(page ? { page } : {}), ...(issue ? { issue } : {}), ...(pageName ? { pageName } : {}) };
}

/**
 * The pages to import, with their metadata, and the problems of the inputs
 * that are no page; or, when the command cannot start (a manifest it cannot
 * read, --date for many pages), the one line that says why.
 */
function planBatch(args: Arguments): { jobs: PageJob[]; problems: string[] } | { refused: string } {
  let manifest;
  if (args.manifest) {
    if (!existsSync(args.manifest) || !statSync(args.manifest).isFile())
      return { refused: formatProblem({ file: args.manifest, field: 'manifest', message: 'no such file' }) };
    const parsed = parseManifest(args.manifest, readFileSync(args.manifest, 'utf8'));
    if (parsed.problems.length > 0) return { refused: formatProblem(parsed.problems[0]!) };
    manifest = { file: args.manifest, dir: dirname(args.manifest), rows: parsed.rows };
  }
  const { pages, problems } = pagesOf(args.inputs.map(listInput));
  const planned = planJobs(pages, manifest, existsSync);
  // --date and --issue-number name one issue, which may have many pages;
  // --page and --page-name belong to one page.
  if ((args.page || args.pageName) && planned.jobs.length > 1) {
    return { refused: 'import: --page and --page-name give one page its number and name; give many pages theirs in a manifest (--manifest)' };
  }
  const jobs = planned.jobs.map((job) => ({ ...job, ...issueOptions(args) }));
  return { jobs, problems: [...problems, ...planned.problems].map(formatProblem) };
}

/** Imports the pages one after the other, each whole or not at all, reporting progress. */
function importPages(jobs: readonly PageJob[], target: ImportTarget): PageReport[] {
  const progress = progressWriter(jobs.length);
  const pages = jobs.map((job) => {
    const { file: _, refused, ...metadata } = job;
    let report: PageReport;
    try {
      report = refused ? failedPage(job.file, metadata, refused) : importOnePage(job, target);
    } catch (error) {
      report = failedPage(job.file, metadata, failureLine(job.file, error));
    }
    progress.page(report);
    return report;
  });
  progress.finish();
  return pages;
}

/** Runs the command; returns the exit status. */
export function main(argv: readonly string[]): number {
  const started = performance.now();
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  let args: Arguments;
  try {
    args = parseArguments(argv);
  } catch (error) {
    if (!(error instanceof LocatedError)) throw error;
    process.stderr.write(`${formatProblem(error.at('import'))}\n`);
    return 2;
  }
  const plan = planBatch(args);
  if ('refused' in plan) {
    process.stderr.write(`${plan.refused}\n`);
    return 2;
  }
  for (const line of plan.problems) process.stderr.write(`${line}\n`);
  const target: ImportTarget = {
    out: args.out,
    sources: args.layout.sources,
    force: args.force,
    dryRun: args.dryRun,
    archive: readArchive([args.layout.articles]),
  };
  const report = batchReport(importPages(plan.jobs, target), plan.problems, { out: args.out, dryRun: args.dryRun });
  if (report.pages.length > 1 || report.totals.imported > 0) process.stdout.write(formatSummary(report));
  if (args.report) {
    const cpu = process.cpuUsage();
    report.run = {
      wallSeconds: (performance.now() - started) / 1000,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      peakRssBytes: process.resourceUsage().maxRSS * 1024,
    };
    try {
      writeFiles([{ path: args.report, content: `${JSON.stringify(report, null, 2)}\n` }], true);
    } catch (error) {
      process.stderr.write(`${formatProblem({ file: args.report, field: 'report', message: `cannot write the report: ${(error as Error).message}` })}\n`);
      return 2;
    }
  }
  return report.totals.failed > 0 || plan.problems.length > 0 ? 2 : 0;
}

if (import.meta.main) process.exitCode = main(process.argv.slice(2));
