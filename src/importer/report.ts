/**
 * What an import reports, per page and per article: the data of `--report`
 * (JSON) and the summary the command prints from the same data, one row per
 * article (headline, city, county, date, authors, characters, fields to
 * review, file), the character totals, every piece of text that went into no
 * entry, and the notes and errors an editor must read.
 */
import type { LeftReason } from '../model/page.ts';
import { formatProblem } from '../model/problem.ts';
import type { ImportResult } from './import.ts';
import { inkCount } from '../text/ink.ts';
import type { Outcome, Placement } from './placement.ts';

/** The issue metadata a page was imported with (from the command line or the manifest). */
export interface PageMetadata {
  date?: string;
  page?: number;
  pageName?: string;
  issue?: number;
}

export interface ArticleReport {
  title: string;
  city: string;
  county?: string;
  date: string;
  dateSource: string;
  authors: string[];
  /** Non-whitespace characters of the body. */
  characters: number;
  review: string[];
  uid: string;
  slug: string;
  /** The entry file written, or the archived entry it is. */
  file: string;
  outcome: Outcome;
  /** The page line the article starts on. */
  line: number;
  /** Quantities the importer could not type as figures, as printed: each is in `review` too. */
  untyped: string[];
}

export interface Characters {
  total: number;
  inBodies: number;
  inFields: number;
  unassigned: number;
}

export interface PageReport extends PageMetadata {
  /** The page file as given. */
  file: string;
  status: 'imported' | 'failed';
  /** The one-line error of a failed page. */
  error?: string;
  characters: Characters;
  articles: ArticleReport[];
  unassigned: { line: number; text: string; reason: LeftReason }[];
  /** One line each: slugs that were taken, reprints, edited entries kept. */
  notes: string[];
}

const NO_CHARACTERS: Characters = { total: 0, inBodies: 0, inFields: 0, unassigned: 0 };

/** The report of a page imported whole. */
export function importedPage(file: string, metadata: PageMetadata, result: ImportResult, placements: readonly Placement[]): PageReport {
  const { total, inBodies, inFields, unassigned } = result.accounting;
  const articles = result.entries.map((entry, i): ArticleReport => {
    const { data } = entry;
    const placed = placements[i]!;
    return {
      title: data.title,
      city: data.city,
      ...(data.county ? { county: data.county } : {}),
      date: data.date,
      dateSource: data.dateSource,
      authors: data.authors,
      characters: entry.characters,
      review: data.review ?? [],
      uid: data.uid,
      slug: placed.slug,
      file: placed.file,
      outcome: placed.outcome,
      line: entry.line,
      untyped: entry.untyped.map((figure) => figure.printed),
    };
  });
  // A copy, so that a batch's reports do not hold on to every page's text (V8 keeps substrings as slices of it).
  return structuredClone({
    file,
    ...metadata,
    status: 'imported',
    characters: { total, inBodies, inFields, unassigned: unassigned.reduce((sum, piece) => sum + inkCount(piece.text), 0) },
    articles,
    unassigned,
    notes: placements.flatMap((placement) => placement.notes.map((note) => formatProblem({ file, ...note }))),
  } satisfies PageReport);
}

/** The report of a page that was not imported, with its one-line error. */
export function failedPage(file: string, metadata: PageMetadata, error: string): PageReport {
  return { file, ...metadata, status: 'failed', error, characters: NO_CHARACTERS, articles: [], unassigned: [], notes: [] };
}

/** Display width of a text in a terminal: CJK characters take two columns. */
function columns(text: string): number {
  let width = 0;
  for (const ch of text)
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u.test(ch) ? 2 : 1;
  return width;
}

/**
 * Rows laid out as a table with aligned columns.
 * @example table([['a', 'bb'], ['ccc', 'd']]) // 'a    bb\nccc  d\n'
 */
export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => columns(row[c] ?? ''))));
  return rows
    .map(
      (row) =>
        row
          .map((cell, c) => (c === row.length - 1 ? cell : cell + ' '.repeat(widths[c]! - columns(cell) + 2)))
          .join('')
          .trimEnd() + '\n',
    )
    .join('');
}

/**
 * The character totals of pages added up.
 * @example sumCharacters([{ total: 3, inBodies: 2, inFields: 1, unassigned: 0 }, { total: 1, inBodies: 1, inFields: 0, unassigned: 0 }]).total // 4
 */
export function sumCharacters(all: readonly Characters[]): Characters {
  return all.reduce(
    (sum, c) => ({
      total: sum.total + c.total,
      inBodies: sum.inBodies + c.inBodies,
      inFields: sum.inFields + c.inFields,
      unassigned: sum.unassigned + c.unassigned,
    }),
    NO_CHARACTERS,
  );
}

const fileName = (path: string) => path.split(/[\\/]/).pop()!;

/** Everything an import reports (`--report` writes it as JSON; the summary prints it). */
export interface BatchReport {
  out: string;
  dryRun: boolean;
  pages: PageReport[];
  /** Problems of the inputs that are no page: a folder without pages, a manifest row naming none. */
  problems: string[];
  /** What the command cost, measured by the process itself (filled in by the command). */
  run?: { wallSeconds: number; cpuSeconds: number; peakRssBytes: number };
  totals: {
    pages: number;
    imported: number;
    failed: number;
    articles: number;
    characters: Characters;
    outcomes: Record<Outcome, number>;
  };
}

const OUTCOMES: Outcome[] = ['written', 'unchanged', 'kept', 'replaced'];

/** The pages' reports with their totals. */
export function batchReport(pages: PageReport[], problems: string[], target: { out: string; dryRun: boolean }): BatchReport {
  const imported = pages.filter((page) => page.status === 'imported');
  const articles = imported.flatMap((page) => page.articles);
  return {
    ...target,
    pages,
    problems,
    totals: {
      pages: pages.length,
      imported: imported.length,
      failed: pages.length - imported.length,
      articles: articles.length,
      characters: sumCharacters(imported.map((page) => page.characters)),
      outcomes: Object.fromEntries(OUTCOMES.map((outcome) => [outcome, articles.filter((article) => article.outcome === outcome).length])) as Record<
        Outcome,
        number
      >,
    },
  };
}

/**
 * The summary the command ends with: the table of every article imported,
 * the character totals, the unassigned text and the notes, page by page, and
 * what became of the entries. With more than one page the table names each
 * article's page and the totals count pages.
 */
export function formatSummary(report: BatchReport): string {
  const { pages, totals } = report;
  const several = pages.length > 1;
  const header = [...(several ? ['page'] : []), 'headline', 'city', 'county', 'date', 'authors', 'characters', 'review', 'file'];
  const rows = pages.flatMap((page) =>
    page.articles.map((article) => [
      ...(several ? [fileName(page.file)] : []),
      article.title,
      article.city,
      article.county ?? '—',
      `${article.date} (${article.dateSource})`,
      article.authors.join(' '),
      String(article.characters),
      article.review.join(' '),
      report.dryRun ? `${article.slug}.md` : `${fileName(article.file)} (${article.outcome})`,
    ]),
  );
  const imported = pages.filter((page) => page.status === 'imported');
  const { total, inBodies, inFields, unassigned } = totals.characters;
  const failures = totals.failed + report.problems.length;
  const lines = [
    ...(rows.length > 0 ? [table([header, ...rows]).trimEnd()] : []),
    `${several ? `${totals.imported} of ${totals.pages} page(s) imported, ` : ''}${totals.articles} article(s). Characters: ${total} on the page${several ? 's' : ''} = ${inBodies} in bodies + ${inFields} in fields + ${unassigned} unassigned.`,
    ...imported.flatMap((page) =>
      page.unassigned.map((piece) => `  unassigned, ${several ? `${fileName(page.file)} ` : ''}line ${piece.line}: ${piece.text} (${piece.reason})`),
    ),
    ...imported.flatMap((page) =>
      page.articles.flatMap((article) => article.untyped.map((printed) => `  untyped figure, for review, ${article.slug}: ${printed}`)),
    ),
    ...imported.flatMap((page) => page.notes.map((note) => `  note: ${note}`)),
    ...(failures > 0 ? [`${failures} problem(s), each on its line of stderr (${totals.failed} page(s) failed, nothing written for them).`] : []),
    report.dryRun
      ? 'Dry run: nothing written.'
      : `Entries in ${report.out}: ${OUTCOMES.map((outcome) => `${totals.outcomes[outcome]} ${outcome}`).join(', ')}.`,
  ];
  return lines.join('\n') + '\n';
}
