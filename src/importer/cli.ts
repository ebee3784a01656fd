/**
 * `npm run import -- <page.txt> --out <dir> [--date YYYY-MM-DD] [--page N] [--dry-run] [--force]`
 *
 * Imports one raw OCR page of 科学导报 into article entries, prints what it
 * found and where every character went. Slugs and uids are kept unique in
 * the whole archive: the folder imported into and the configured archive
 * (`ARCHIVE_CONTENT_DIR`, else `content/articles`). Bad input is one line on
 * stderr and exit status 2, with nothing written.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { isCalendarDate } from '../model/dates.ts';
import { formatProblem } from '../model/problem.ts';
import { readArchive, type ArchiveIndex } from './archive.ts';
import { decodePage, MAX_PAGE_BYTES } from './decode.ts';
import { ImportError } from './errors.ts';
import { importPage } from './import.ts';
import { placeEntries } from './placement.ts';
import { formatSummary, importedPage, type PageMetadata, type PageReport } from './report.ts';
import { commitFiles } from './write.ts';

const USAGE = 'usage: npm run import -- <page.txt> [--out <dir>] [--date YYYY-MM-DD] [--page N] [--dry-run] [--force]';

interface Arguments {
  file: string;
  out: string;
  date?: string;
  page?: number;
  dryRun: boolean;
  force: boolean;
}

/** The command line, checked; an ImportError names the bad option. */
export function parseArguments(argv: readonly string[]): Arguments {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: 'string', default: 'content/articles' },
        date: { type: 'string' },
        page: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new ImportError(`${(error as Error).message}; ${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new ImportError(`expected one page file; ${USAGE}`);
  if (values.date !== undefined && !isCalendarDate(values.date)) throw new ImportError(`--date "${values.date}" is not a real date written YYYY-MM-DD`, { field: 'date' });
  let page: number | undefined;
  if (values.page !== undefined) {
    page = Number(values.page);
    if (!Number.isInteger(page) || page < 1) throw new ImportError(`--page "${values.page}" is not a page number`, { field: 'source.page' });
  }
  return {
    file: positionals[0]!,
    out: values.out,
    ...(values.date ? { date: values.date } : {}),
    ...(page ? { page } : {}),
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
    throw error instanceof ImportError ? error : new ImportError('no such file');
  }
  // Refuse before reading a huge file into memory.
  if (size > MAX_PAGE_BYTES) throw new ImportError(`the file is ${(size / 1024 / 1024).toFixed(1)} MB, more than the 20 MB a page can be`);
  return readFileSync(file);
}

/** One page to import: its file and the issue metadata it comes with. */
export interface PageJob extends PageMetadata {
  file: string;
}

/** Where and how a batch writes, and the archive it must keep unique (grown by every page written). */
export interface ImportTarget {
  out: string;
  force: boolean;
  dryRun: boolean;
  archive: ArchiveIndex;
}

/**
 * Imports and writes one page, all or nothing: decode, import, place each
 * entry against the archive (distinct slugs, re-imports recognised), write.
 * A page that cannot be imported whole throws an ImportError and leaves
 * nothing behind.
 */
export function importOnePage(job: PageJob, target: ImportTarget): PageReport {
  const bytes = readPage(job.file);
  const { text } = decodePage(bytes);
  const { file: _, ...metadata } = job;
  const result = importPage(text, { file: basename(job.file), bytes, ...(job.date ? { date: job.date } : {}), ...(job.page ? { page: job.page } : {}) });
  const entries = result.entries.map((entry) => ({ name: entry.name, content: entry.content, uid: entry.data.uid, line: entry.line }));
  const placements = placeEntries(entries, target.archive, target.out, target.force);
  const changed = placements.filter((placement) => placement.outcome === 'written' || placement.outcome === 'replaced');
  if (!target.dryRun) commitFiles(changed.map((placement) => ({ path: placement.file, content: placement.content })));
  return importedPage(job.file, metadata, result, placements);
}

/** The configured archive whose slugs and uids an import keeps unique. */
export const archiveDir = () => process.env.ARCHIVE_CONTENT_DIR ?? 'content/articles';

/** Runs the command; returns the exit status. */
export function main(argv: readonly string[]): number {
  let file = 'import';
  try {
    const args = parseArguments(argv);
    file = args.file;
    const archive = readArchive([args.out, archiveDir()]);
    const job: PageJob = { file: args.file, ...(args.date ? { date: args.date } : {}), ...(args.page ? { page: args.page } : {}) };
    const report = importOnePage(job, { out: args.out, force: args.force, dryRun: args.dryRun, archive });
    process.stdout.write(formatSummary([report], { out: args.out, dryRun: args.dryRun }));
    return 0;
  } catch (error) {
    if (error instanceof ImportError) {
      process.stderr.write(`${formatProblem(error.at(file))}\n`);
      return 2;
    }
    throw error;
  }
}

if (import.meta.main) process.exitCode = main(process.argv.slice(2));
