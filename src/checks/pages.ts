/**
 * The check of the printed record: every page entry in the sources folder
 * describes the file beside it and that file is unchanged since import (its
 * SHA-256); every article names a page that exists, agrees with it, and, if
 * it records `source.lines`, those lines hold its body. Problems are
 * `file:line field: message`, for the content check to report with the rest.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CheckedArticle } from '../model/entry.ts';
import { checkPageEntry, pageEntryName, pageIdOf, type PageData } from '../model/page.ts';
import type { Problem } from '../model/problem.ts';
import { bodyText } from '../text/markdown.ts';
import { decodePage } from '../page/decode.ts';
import { pageLines, type Line } from '../page/lines.ts';
import { sha256Hex } from '../archive/digest.ts';
import { bodyCoverage, fileLines, foreignLines, lineRanges, linesIn, type LineRange } from '../page/provenance.ts';

/** At least this share of a body's characters must be in its lines. */
export const MIN_COVERAGE = 0.99;

export interface CheckedPage {
  /** The page id: its file name without extension. */
  id: string;
  /** The page entry, relative to the root, as problems name it. */
  entryFile: string;
  /** The page file, relative to the root. */
  sourceFile: string;
  data: PageData;
  /** The line of the entry's page number, where a clash of pages is reported. */
  pageLine: number;
  /** The page file's printed lines; absent when the file is missing, unreadable or changed. */
  lines?: Line[];
  /** How many lines the file has. */
  lineCount?: number;
}

/**
 * Reads and checks every page of a sources folder: each entry against the
 * schema and its file's hash, each file against having an entry, and no two
 * pages in the same place of the same issue.
 */
export function checkPages(sourcesDir: string, root = process.cwd()): { problems: Problem[]; pages: CheckedPage[] } {
  const problems: Problem[] = [];
  const pages: CheckedPage[] = [];
  if (!existsSync(sourcesDir)) return { problems, pages };
  const names = readdirSync(sourcesDir)
    .filter((name) => !name.startsWith('.'))
    .sort();
  const entries = new Set(names.filter((name) => name.endsWith('.yaml')));
  for (const name of names) {
    const path = join(sourcesDir, name);
    const file = relative(root, path) || name;
    if (!name.endsWith('.yaml')) {
      if (!entries.has(pageEntryName(name)))
        problems.push({ file, message: `no page entry beside it (${pageEntryName(name)}); register the page with npm run import` });
      continue;
    }
    const checked = checkPageEntry(file, readFileSync(path, 'utf8'));
    problems.push(...checked.problems);
    if (!checked.page) continue;
    const page: CheckedPage = {
      id: pageIdOf(name),
      entryFile: file,
      sourceFile: relative(root, join(sourcesDir, checked.page.file)),
      data: checked.page,
      pageLine: checked.lineOf(['page']),
    };
    const read = readSource(join(sourcesDir, page.data.file), page.sourceFile, checked.page.sha256);
    if ('problem' in read) problems.push({ file, line: checked.lineOf([read.field]), field: read.field, message: read.problem });
    else Object.assign(page, read);
    pages.push(page);
  }
  problems.push(...samePlaceTwice(pages));
  return { problems, pages };
}

/** The page file's lines, if it is there, readable and what was imported. */
function readSource(path: string, shown: string, sha256: string): { lines: Line[]; lineCount: number } | { problem: string; field: 'file' | 'sha256' } {
  if (!existsSync(path)) return { problem: `no such file ${shown}`, field: 'file' };
  const bytes = new Uint8Array(readFileSync(path));
  const actual = sha256Hex(bytes);
  if (actual !== sha256) {
    return {
      problem: `${shown} has changed since it was imported (its SHA-256 is now ${actual}); restore the file, or import it again and review its articles`,
      field: 'sha256',
    };
  }
  try {
    const { text } = decodePage(bytes);
    return { lines: pageLines(text), lineCount: fileLines(text).length };
  } catch (error) {
    return { problem: `${shown} cannot be read: ${(error as Error).message}`, field: 'file' };
  }
}

/** Two pages numbered alike in one issue. */
function samePlaceTwice(pages: readonly CheckedPage[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, CheckedPage>();
  for (const page of pages) {
    if (page.data.date === null || page.data.page === null) continue;
    const key = `${page.data.date}/${page.data.page}`;
    const first = seen.get(key);
    if (first)
      problems.push({
        file: page.entryFile,
        line: page.pageLine,
        field: 'page',
        message: `page ${page.data.page} of the ${page.data.date} issue is also ${first.entryFile}`,
      });
    else seen.set(key, page);
  }
  return problems;
}

/**
 * Checks each article against the page it names: the page exists, its page
 * number and issue date agree, and the article's `source.lines` lie in the
 * file, hold its body, and hold no other article's body or lines.
 */
export function checkPrinted(articles: readonly CheckedArticle[], pages: readonly CheckedPage[]): Problem[] {
  const byId = new Map(pages.map((page) => [page.id, page]));
  // Grouped and read once, not once per article: a page's articles are each other's neighbours.
  const onPage = Map.groupBy(articles, (article) => pageIdOf(article.data.source.file));
  const bodies = new Map(articles.map((article) => [article, bodyText(article.body)]));
  const problems: Problem[] = [];
  for (const article of articles) {
    const at = (field: 'date' | 'source.file' | 'source.page' | 'source.lines', message: string) =>
      problems.push({ file: article.file, line: article.fieldLines?.[field], field, message });
    const { source, date, dateSource } = article.data;
    const page = byId.get(pageIdOf(source.file));
    if (!page) {
      at('source.file', `no page ${pageIdOf(source.file)}: the sources folder has no ${pageEntryName(source.file)}; import the page it was printed on`);
      continue;
    }
    if (page.data.file !== source.file) at('source.file', `the page ${page.id} is the file ${page.data.file}, not ${source.file}`);
    if (source.page !== undefined && page.data.page !== null && source.page !== page.data.page) {
      at('source.page', `page ${source.page}, but ${page.entryFile} says the page is ${page.data.page}`);
    }
    if (dateSource === 'issue' && page.data.date !== null && date !== page.data.date) {
      at('date', `dateSource is issue, but the issue of ${page.entryFile} is dated ${page.data.date}`);
    }
    if (source.lines && page.lines) {
      const neighbours = (onPage.get(page.id) ?? []).filter((other) => other !== article);
      for (const message of linesProblems(article, source.lines, page, neighbours, bodies)) at('source.lines', message);
    }
  }
  return problems;
}

/** What is wrong with an article's lines on its page, each as a message. */
function linesProblems(
  article: CheckedArticle,
  ranges: readonly LineRange[],
  page: CheckedPage,
  neighbours: readonly CheckedArticle[],
  bodies: ReadonlyMap<CheckedArticle, string>,
): string[] {
  const last = ranges.at(-1)![1];
  if (last > page.lineCount!) return [`line ${last} is outside ${page.sourceFile}, which has ${page.lineCount} lines`];
  const messages: string[] = [];
  const held = linesIn(page.lines!, ranges);
  const body = bodies.get(article)!;
  const coverage = bodyCoverage(body, held);
  if (coverage.total > 0 && coverage.held / coverage.total < MIN_COVERAGE) {
    const share = Math.floor((1000 * coverage.held) / coverage.total) / 10;
    messages.push(`the lines hold ${share}% of the body, not ${MIN_COVERAGE * 100}%; not in them: “${shorten(longest(coverage.missing))}”`);
  }
  const overlapping = new Set<CheckedArticle>();
  for (const other of neighbours) {
    const shared = overlap(ranges, other.data.source.lines ?? []);
    if (shared) messages.push(`lines ${shared[0]}–${shared[1]} are also source.lines of ${other.file}`);
    if (shared) overlapping.add(other);
  }
  const own = [
    body,
    article.data.title,
    article.data.kicker,
    article.data.subtitle,
    article.data.authorRole,
    ...(article.data.authorRoles ?? []),
    ...article.data.authors,
    ...article.data.photos.flatMap((photo) => [photo.caption, photo.credit]),
  ].join('\n');
  const foreign = foreignLines(
    held,
    own,
    neighbours.map((neighbour) => bodies.get(neighbour)!),
  );
  const printed = new Set(page.lines!.map((line) => line.no));
  neighbours.forEach((other, index) => {
    if (overlapping.has(other)) return;
    const lines = foreign.filter((found) => found.other === index).map((found) => found.line);
    for (const [first, last] of lineRanges(lines, printed))
      messages.push(`${first === last ? `line ${first}` : `lines ${first}–${last}`} print the body of ${other.file}`);
  });
  return messages;
}

/**
 * The first lines two lists of ranges share, if any.
 * @example overlap([[1, 10]], [[8, 20]]) // [8, 10]
 */
export function overlap(a: readonly LineRange[], b: readonly LineRange[]): LineRange | undefined {
  for (const [first, last] of a) {
    for (const [otherFirst, otherLast] of b) {
      if (first <= otherLast && otherFirst <= last) return [Math.max(first, otherFirst), Math.min(last, otherLast)];
    }
  }
  return undefined;
}

/** The longest of some texts, the first of equals. */
const longest = (texts: readonly string[]) => texts.reduce((best, text) => (text.length > best.length ? text : best), '');

const shorten = (text: string) => ([...text].length > 24 ? `${[...text].slice(0, 24).join('')}…` : text);
