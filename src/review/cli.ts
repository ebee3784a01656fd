/**
 * `npm run review [-- --json]`: the review queue of the configured archive
 * (src/archive/layout.ts), every open item grouped
 * by field with the evidence the importer read.
 * `npm run review -- --accept <slug> <field>...`: marks items as checked,
 * rewriting only the entry's review list.
 * `npm run review -- --correct <slug> <printed> <reading> [--note text]`:
 * records the archive's correction of a misprint beside the print, adding
 * only the correction's lines.
 *
 * Each action is one entry of ACTIONS, chosen by its flag; an action that
 * changes entries refuses bad input with one line on stderr and exit status
 * 2, having written nothing. This file only reads and writes: the queue, the
 * evidence and the edit are pure modules beside it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { archiveLayout, layoutOf } from '../archive/layout.ts';
import { checkArchive } from '../checks/content-check.ts';
import { checkEntryCoverage, parseWaivers, type Waiver } from '../checks/figure-coverage.ts';
import { checkEntry } from '../model/entry.ts';
import { flaggedFigure, printedFigure, untypedField, withWaivers } from './waive.ts';
import { parseArgs } from 'node:util';
import { formatProblem, type Problem } from '../model/problem.ts';
import { slugOfFile } from '../model/slugs.ts';
import { writeFiles } from '../archive/write-files.ts';
import { decodePage } from '../page/decode.ts';
import { acceptFields } from './accept.ts';
import { addCorrection, CorrectionError } from './corrections.ts';
import { formatQueue, groupItems, REVIEW_FIELDS, reviewedField, reviewItems, type ReviewItem } from './queue.ts';

const USAGE =
  'usage: npm run review [-- --json] | npm run review -- --accept <slug> <field>... | npm run review -- --correct <slug> <printed> <reading> [--note text]';

/** A one-line refusal: printed on stderr, exit status 2, nothing written. */
class Refusal extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.message);
    this.problem = problem;
  }
}

/** The entry files of the archive, by slug. */
function entryFiles(dir: string): Map<string, string> {
  if (!existsSync(dir)) throw new Refusal({ file: dir, message: 'no such folder (set ARCHIVE_CONTENT_DIR to the articles folder)' });
  const names = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .sort();
  return new Map(names.map((name) => [slugOfFile(name), join(dir, name)]));
}

/**
 * Every open item of the archive. The archive is read by the content check
 * the build runs (checkArchive: each entry, duplicate slugs and uids, each
 * article against its page); an entry it refuses is named on stderr, one
 * line with its first problem, and left out of the queue.
 */
function readQueue(dir: string): ReviewItem[] {
  const files = new Map([...entryFiles(dir).values()].map((path) => [relative(process.cwd(), path) || path, path]));
  const { problems, articles } = checkArchive(dir);
  const refused = Map.groupBy(
    problems.filter((problem) => files.has(problem.file)),
    (problem) => problem.file,
  );
  for (const [, [first, ...more]] of [...refused].sort(([a], [b]) => a.localeCompare(b))) {
    const others = more.length > 0 ? ` (and ${more.length} more problem(s))` : '';
    process.stderr.write(`${formatProblem({ ...first!, message: `left out of the queue: ${first!.message}${others}; npm run check lists all` })}\n`);
  }
  const { sources } = layoutOf(dir);
  const pages = new Map<string, string | undefined>();
  // Decoded as the importer decodes it: a page may be GB18030 or UTF-16, and its line ends any.
  const pageText = (file: string) => {
    if (!pages.has(file)) pages.set(file, existsSync(join(sources, file)) ? decodePage(readFileSync(join(sources, file))).text : undefined);
    return pages.get(file);
  };
  const { waivers } = readWaivers(dir);
  return articles
    .filter((article) => !refused.has(article.file))
    .flatMap((article) => {
      const source = readFileSync(files.get(article.file) ?? article.file, 'utf8');
      // Every number the figure check flags is an item, listed at import or not: one notion of what is still to check.
      const flagged = checkEntryCoverage(article.file, source, waivers)
        .map((problem) => flaggedFigure(problem.message))
        .filter((printed) => printed !== undefined)
        .map(untypedField)
        .filter((field) => !article.data.review.includes(field));
      const data = { ...article.data, review: [...article.data.review, ...new Set(flagged)] };
      return reviewItems({ article: { ...article, data }, source }, pageText(article.data.source.file));
    });
}

/** The archive's figure waivers, and its file's path. */
function readWaivers(dir: string): { waivers: Waiver[]; file: string; source: string } {
  const file = layoutOf(dir).waivers;
  const source = existsSync(file) ? readFileSync(file, 'utf8') : '';
  return { waivers: parseWaivers(file, source).waivers, file, source };
}

/** Prints the queue, as text or as JSON for tools. */
function list(args: { json: boolean }): number {
  const groups = groupItems(readQueue(archiveLayout().articles));
  process.stdout.write(args.json ? `${JSON.stringify({ groups }, null, 2)}\n` : formatQueue(groups));
  return 0;
}

/** The entry file of a slug, and its name as messages give it; an unknown slug is refused. */
function entryOf(slug: string): { path: string; file: string } {
  const path = entryFiles(archiveLayout().articles).get(slugOfFile(slug));
  if (!path) throw new Refusal({ file: 'review', field: 'slug', message: `no entry "${slug}" in ${archiveLayout().articles}` });
  return { path, file: relative(process.cwd(), path) || path };
}

/** Takes the fields out of one entry's review list. */
function accept(positionals: readonly string[]): number {
  const [slug, ...fields] = positionals;
  if (!slug || fields.length === 0) throw new Refusal({ file: 'review', message: `--accept needs a slug and at least one field; ${USAGE}` });
  const { path, file } = entryOf(slug);
  const unknown = fields.find((field) => !(reviewedField(field) in REVIEW_FIELDS));
  if (unknown) throw new Refusal({ file, field: 'review', message: `unknown field "${unknown}"; review fields are ${Object.keys(REVIEW_FIELDS).join(', ')}` });
  // An untyped figure may be flagged by the figure check without being in the entry's review list.
  const source = readFileSync(path, 'utf8');
  const listed = new Set(checkEntry(file, source).article?.data.review ?? []);
  const figures = fields.map(printedFigure).filter((printed) => printed !== undefined);
  const inList = fields.filter((field) => listed.has(field) || printedFigure(field) === undefined);
  const result = inList.length > 0 ? acceptFields(source, inList) : { source };
  if ('problem' in result) throw new Refusal({ file, ...result.problem });
  const waivers = readWaivers(archiveLayout().articles);
  // The entry and its waivers are written together or not at all.
  writeFiles(
    [
      ...(result.source !== source ? [{ path, content: result.source }] : []),
      ...(figures.length > 0 ? [{ path: waivers.file, content: withWaivers(waivers.source, slugOfFile(path), figures) }] : []),
    ],
    true,
  );
  const waived = figures.length > 0 ? ` (${figures.length} figure(s) waived in ${relative(process.cwd(), waivers.file)})` : '';
  process.stdout.write(`${file}: ${fields.join(', ')} checked${waived}.\n`);
  return 0;
}

/** Adds a correction to one entry: the printed text must be printed there, and stays. */
function correct(positionals: readonly string[], note: string | undefined): number {
  const [slug, printed, reading, ...rest] = positionals;
  if (!slug || printed === undefined || reading === undefined || rest.length > 0) {
    throw new Refusal({ file: 'review', message: `--correct needs a slug, the printed text and its reading; ${USAGE}` });
  }
  const { path, file } = entryOf(slug);
  let corrected: string;
  try {
    corrected = addCorrection(file, readFileSync(path, 'utf8'), { printed, reading, ...(note ? { note } : {}) });
  } catch (error) {
    if (error instanceof CorrectionError) throw new Refusal(error.problem);
    throw error;
  }
  writeFiles([{ path, content: corrected }], true);
  process.stdout.write(`${file}: ${printed}〔${reading}〕 added to corrections\n`);
  return 0;
}

/** The actions, each chosen by its flag; a new one is a new entry here (and its option below). */
const ACTIONS = {
  accept: (parsed: Parsed) => accept(parsed.positionals),
  correct: (parsed: Parsed) => correct(parsed.positionals, parsed.values.note),
} satisfies Record<string, (parsed: Parsed) => number>;

interface Parsed {
  values: { json: boolean; accept: boolean; correct: boolean; note?: string | undefined };
  positionals: string[];
}

/** Runs the command; returns the exit status. */
export function main(argv: readonly string[]): number {
  try {
    let parsed: Parsed;
    try {
      parsed = parseArgs({
        args: [...argv],
        allowPositionals: true,
        options: {
          json: { type: 'boolean', default: false },
          accept: { type: 'boolean', default: false },
          correct: { type: 'boolean', default: false },
          note: { type: 'string' },
        },
      });
    } catch (error) {
      throw new Refusal({ file: 'review', message: `${(error as Error).message}; ${USAGE}` });
    }
    const chosen = (Object.keys(ACTIONS) as (keyof typeof ACTIONS)[]).filter((action) => parsed.values[action]);
    if (chosen.length > 1) throw new Refusal({ file: 'review', message: `choose one of ${chosen.map((a) => `--${a}`).join(', ')}; ${USAGE}` });
    if (chosen.length === 1) return ACTIONS[chosen[0]!](parsed);
    if (parsed.positionals.length > 0) throw new Refusal({ file: 'review', message: `unexpected "${parsed.positionals[0]}"; ${USAGE}` });
    return list({ json: parsed.values.json });
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    process.stderr.write(`${formatProblem(error.problem)}\n`);
    return 2;
  }
}

if (import.meta.main) process.exitCode = main(process.argv.slice(2));
