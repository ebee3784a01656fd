/**
 * `npm run import -- <page.txt> --out <dir> [--date YYYY-MM-DD] [--page N] [--dry-run] [--force]`
 *
 * Imports one raw OCR page of 科学导报 into article entries, prints what it
 * found and where every character went. Bad input is one line on stderr and
 * exit status 2, with nothing written.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { isCalendarDate } from '../model/dates.ts';
import { decodePage, MAX_PAGE_BYTES } from './decode.ts';
import { ImportError } from './errors.ts';
import { formatProblem } from '../model/problem.ts';
import { importPage } from './import.ts';
import { formatReport } from './report.ts';
import { writeEntries } from './write.ts';

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

/** Runs the command; returns the exit status. */
export function main(argv: readonly string[]): number {
  let file = 'import';
  try {
    const args = parseArguments(argv);
    file = args.file;
    const bytes = readPage(args.file);
    const { text } = decodePage(bytes);
    const result = importPage(text, {
      file: basename(args.file),
      bytes,
      ...(args.date ? { date: args.date } : {}),
      ...(args.page ? { page: args.page } : {}),
    });
    const outcomes = args.dryRun ? undefined : writeEntries(args.out, result.entries.map(({ name, content }) => ({ name, content })), args.force);
    process.stdout.write(formatReport(result, { out: args.out, outcomes }));
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
