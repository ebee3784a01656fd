/**
 * `npm run import -- <page.txt> --out <dir> [--sources <dir>] [--date YYYY-MM-DD] [--page N] [--issue-number N] [--page-name 版名] [--dry-run] [--force]`
 *
 * Imports one raw OCR page of 科学导报 into article entries, registers the
 * page (the file copied unchanged into the sources folder, its page entry
 * beside it), prints what it found and where every character went. Bad
 * input is one line on stderr and exit status 2, with nothing written.
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
import { formatRegistration, registerPage, sourcesBeside } from './register.ts';

const USAGE =
  'usage: npm run import -- <page.txt> [--out <dir>] [--sources <dir>] [--date YYYY-MM-DD] [--page N] [--issue-number N] [--page-name 版名] [--dry-run] [--force]';

interface Arguments {
  file: string;
  out: string;
  /** Where the page file and its page entry go: `sources/` beside `out` unless given. */
  sources: string;
  date?: string;
  page?: number;
  issueNumber?: number;
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
export function parseArguments(argv: readonly string[]): Arguments {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: 'string', default: 'content/articles' },
        sources: { type: 'string' },
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
  if (positionals.length !== 1) throw new ImportError(`expected one page file; ${USAGE}`);
  if (values.date !== undefined && !isCalendarDate(values.date)) throw new ImportError(`--date "${values.date}" is not a real date written YYYY-MM-DD`, { field: 'date' });
  const page = positive(values.page, '--page', 'source.page');
  const issueNumber = positive(values['issue-number'], '--issue-number', 'issueNumber');
  const pageName = values['page-name']?.trim();
  if (values['page-name'] !== undefined && !pageName) throw new ImportError('--page-name is empty', { field: 'pageName' });
  return {
    file: positionals[0]!,
    out: values.out,
    sources: values.sources ?? sourcesBeside(values.out),
    ...(values.date ? { date: values.date } : {}),
    ...(page ? { page } : {}),
    ...(issueNumber ? { issueNumber } : {}),
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
    const name = basename(args.file);
    const result = importPage(text, {
      file: name,
      bytes,
      ...(args.date ? { date: args.date } : {}),
      ...(args.page ? { page: args.page } : {}),
    });
    const facts = { date: args.date, page: args.page, issueNumber: args.issueNumber, pageName: args.pageName };
    const registration = registerPage(
      { file: name, bytes, text, result, facts },
      { articles: args.out, sources: args.sources },
      { force: args.force, dryRun: args.dryRun },
    );
    const outcomes = registration.outcomes?.slice(0, result.entries.length);
    process.stdout.write(formatReport(result, { out: args.out, outcomes }) + formatRegistration(registration));
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
