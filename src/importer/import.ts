/**
 * Importing a page: from the decoded OCR text to the article entries it
 * holds, with the ledger that accounts for every printed character. Pure: the
 * command (`cli.ts`) reads and writes the files.
 */
import { createHash } from 'node:crypto';
import { bodyText } from '../text/markdown.ts';
import { checkEntry } from '../model/entry.ts';
import { formatProblem } from '../model/problem.ts';
import { makeSlug } from '../model/slugs.ts';
import type { ArticleData } from '../model/schema.ts';
import { accountFor, checkPlaced, type Accounting, type LedgerEntry } from './accounting.ts';
import { ImportError } from './errors.ts';
import { calendarDay, datelineMonthDay, firstMonthDay, joinHeadline, latestYear, locate, proposeMetrics, proposeTitle, proposeTopics } from './extract.ts';
import { inkCount, pageLines, piecesOf, textOf } from './lines.ts';
import { bylinePieces, matchFurniture } from './match.ts';
import { articleLines } from './provenance.ts';
import { reflowColumns, type Block } from './reflow.ts';
import { splitArticles, type Byline } from './segment.ts';
import { entryFile, type EntryFields } from './write.ts';

export interface ImportOptions {
  /** The page file's name, recorded as the entries' source. */
  file: string;
  /** The page file's bytes, hashed for the permanent ids when the name carries no hash. */
  bytes: Uint8Array;
  /** The page's publication date, `YYYY-MM-DD`, when known. */
  date?: string;
  /** The page number in the issue. */
  page?: number;
}

export interface ImportedEntry {
  /** The entry's file name: its slug and `.md`. */
  name: string;
  content: string;
  data: EntryFields;
  /** Non-whitespace characters of the body. */
  characters: number;
  /** The page line the body starts on. */
  line: number;
}

export interface ImportResult {
  entries: ImportedEntry[];
  accounting: Accounting;
}

/** An article must be at least this long to be recognised as one. */
const MIN_ARTICLE_CHARS = 20;
/** Written when no byline is printed: the schema needs a name, the review list says it is missing. */
export const UNSIGNED = '未署名';

/**
 * The hex digits naming a page in permanent ids: the hash part of a file name
 * such as `000_248f2a5ceed2de10.txt`, else the start of the file's sha256.
 * @example pageHash('000_248f2a5ceed2de10.txt', new Uint8Array()) // '248f2a5c'
 */
export function pageHash(file: string, bytes: Uint8Array): string {
  const named = /_([0-9a-f]{8,})\.[^.]+$/iu.exec(file.split('/').pop() ?? '');
  return (named ? named[1]! : createHash('sha256').update(bytes).digest('hex')).slice(0, 8).toLowerCase();
}

const plain = (blocks: readonly Block[]) => blocks.map((block) => block.text).join('\n');

/**
 * Imports one OCR page: its articles as entries ready to write, and the
 * accounting of its characters. Throws an ImportError for a page it cannot
 * import whole.
 */
export function importPage(text: string, options: ImportOptions): ImportResult {
  const lines = pageLines(text);
  const page = splitArticles(lines);
  const articles = page.articles.filter((article) => [...textOf(article.lines).matchAll(/\p{Script=Han}/gu)].length >= MIN_ARTICLE_CHARS);
  if (articles.length === 0) throw new ImportError('no recognisable article: no run of printed text with a dateline, byline or headline');
  // Furniture is placed after an article by index; count only the articles kept.
  const lastKept = (after: number) => articles.filter((article) => article.index <= after).length - 1;
  const furnitureItems = page.furniture.map((item) => ({ ...item, after: lastKept(item.after) }));
  const kept = articles.map((article, index) => ({ ...article, index }));
  const matched = matchFurniture(kept, furnitureItems);
  const ledger: LedgerEntry[] = matched.unassigned.map(({ piece, reason }) => ({ ...piece, place: { unassigned: reason } }));
  // Too short to be an article: stray text that belongs nowhere, reported.
  for (const fragment of page.articles.filter((article) => !articles.includes(article))) {
    const pieces = [...piecesOf(fragment.lines), ...(fragment.byline ? bylinePieces(fragment.byline) : [])];
    ledger.push(...pieces.map((piece) => ({ ...piece, place: { unassigned: 'text too short to be an article' } })));
  }
  const place = (article: number, field: string, pieces: { line: number; text: string }[]) =>
    ledger.push(...pieces.map((piece) => ({ ...piece, place: { articles: [article], field } })));

  const issueYear = options.date ? Number(options.date.slice(0, 4)) : latestYear(text);
  const datelineDates = articles
    .map((article) => datelineMonthDay(textOf(article.lines)))
    .map((monthDay) => (monthDay && issueYear ? calendarDay(monthDay, issueYear, options.date) : undefined))
    .filter((date): date is string => date !== undefined)
    .sort();
  const hash = pageHash(options.file, options.bytes);
  const pageCity = locate(undefined, text).city;
  const columnOwners = new Map<string, number[]>();

  const entries = kept.map((article, index): ImportedEntry => {
    const furniture = matched.furniture[index]!;
    const blocks = reflowColumns(article.lines);
    const body = plain(blocks);
    const firstLine = article.lines[0]!.no;
    const review: string[] = [];
    place(index, 'body', piecesOf(article.lines));

    const headline = furniture.headline;
    let title: string;
    let titleSource: ArticleData['titleSource'] = 'printed';
    if (headline && headline.titleLines.length > 0) {
      const joined = joinHeadline(headline.titleLines.map((line) => line.text), body);
      title = joined.title;
      if (!joined.sure) review.push('title');
      place(index, 'title', piecesOf(headline.titleLines));
    } else {
      title = proposeTitle(body);
      titleSource = 'editor';
      review.push('title');
    }
    if (headline?.kicker) place(index, 'kicker', [{ line: headline.kicker.no, text: headline.kicker.text }]);
    if (furniture.subtitle) place(index, 'subtitle', [{ line: furniture.subtitle.no, text: furniture.subtitle.text }]);
    if (furniture.column) {
      const key = `${furniture.column.line}:${furniture.column.text}`;
      columnOwners.set(key, [...(columnOwners.get(key) ?? []), index]);
    }
    furniture.photos.forEach((photo, p) => {
      place(index, `photos[${p}].caption`, piecesOf(photo.caption));
      place(index, `photos[${p}].credit`, piecesOf(photo.credit));
    });

    const byline: Byline | undefined = article.byline ?? furniture.byline;
    if (byline) {
      if (byline.junk) ledger.push({ ...byline.junk, place: { unassigned: 'OCR junk before a byline (a misread bullet)' } });
      if (byline.rolePiece) place(index, 'authorRole', [byline.rolePiece]);
      place(index, 'authors', [byline.namesPiece]);
    } else review.push('authors');

    const located = locate(headline?.kicker?.text, body);
    // An article that names no place is taken to be about the place the page names most.
    const city = located.city ?? pageCity;
    if (!city) throw new ImportError(`article ${index + 1} names no place in Shanxi, nor does the page; cannot tell its city`, { line: firstLine, field: 'city' });
    const location = { ...located, city, unsure: located.city ? located.unsure : (['city'] as const) };
    review.push(...location.unsure);

    const printed = datelineMonthDay(body);
    let date: string | undefined;
    let dateSource: ArticleData['dateSource'];
    if (article.datelined && printed) {
      date = issueYear ? calendarDay(printed, issueYear, options.date) : undefined;
      dateSource = 'dateline';
    } else if (article.datelined && firstMonthDay(blocks[0]!.text)) {
      date = issueYear ? calendarDay(firstMonthDay(blocks[0]!.text)!, issueYear, options.date) : undefined;
      dateSource = 'inferred';
    } else if (options.date) {
      date = options.date;
      dateSource = 'issue';
    } else {
      date = datelineDates.at(-1);
      dateSource = 'inferred';
    }
    if (!date) throw new ImportError(`cannot date article ${index + 1}: the page prints no usable date; pass --date YYYY-MM-DD`, { line: firstLine, field: 'date' });
    if (dateSource === 'inferred') review.push('date');

    let topics = proposeTopics(body);
    if (topics.length === 0) topics = ['ecology'];
    const metrics = proposeMetrics(blocks.filter((block) => block.kind === 'paragraph').map((block) => block.text));
    review.push('topics', 'metrics');

    const data: EntryFields = {
      uid: `kxdb-${hash}-${index + 1}`,
      ...(headline?.kicker ? { kicker: headline.kicker.text } : {}),
      title,
      titleSource,
      ...(furniture.subtitle ? { subtitle: furniture.subtitle.text } : {}),
      ...(furniture.column ? { column: furniture.column.text } : {}),
      city: location.city,
      ...(location.county ? { county: location.county } : {}),
      date,
      dateSource,
      authors: byline ? byline.names : [UNSIGNED],
      ...(byline?.role ? { authorRole: byline.role } : {}),
      topics,
      photos: furniture.photos.map((photo) => ({
        caption: textOf(photo.caption),
        ...(photo.credit.length ? { credit: textOf(photo.credit) } : {}),
      })),
      metrics,
      source: {
        publication: '科学导报',
        file: options.file.split('/').pop()!,
        ...(options.page ? { page: options.page } : {}),
        // Every piece of this article is in the ledger by now; the column label is shared page furniture.
        lines: articleLines(ledger, index, lines),
      },
      review: [...new Set(review)],
    };
    const name = `${makeSlug(location.city, date, title)}.md`;
    return { name, content: entryFile(data, blocks), data, characters: inkCount(body), line: firstLine };
  });

  for (const [key, owners] of columnOwners) {
    const [line, ...rest] = key.split(':');
    ledger.push({ line: Number(line), text: rest.join(':'), place: { articles: owners, field: 'column' } });
  }
  dedupeNames(entries);
  const accounting = accountFor(lines, ledger);
  entries.forEach((entry, index) => verifyEntry(entry, index, ledger));
  return { entries, accounting };
}

/** Two articles with the same place, date and headline start get numbered file names. */
function dedupeNames(entries: ImportedEntry[]): void {
  const seen = new Map<string, number>();
  for (const entry of entries) {
    const count = (seen.get(entry.name) ?? 0) + 1;
    seen.set(entry.name, count);
    if (count > 1) entry.name = entry.name.replace(/\.md$/, `-${count}.md`);
  }
}

/** The written entry passes the content check and holds exactly the printed text placed in it. */
function verifyEntry(entry: ImportedEntry, index: number, ledger: readonly LedgerEntry[]): void {
  const checked = checkEntry(entry.name, entry.content);
  if (checked.problems.length > 0 || !checked.article) {
    const problem = checked.problems[0]!;
    throw new ImportError(`article ${index + 1} (${entry.name}) fails the content check: ${formatProblem(problem)}`, { line: entry.line, field: problem.field });
  }
  const { data, body } = checked.article;
  checkPlaced(ledger, index, 'body', bodyText(body));
  if (data.titleSource === 'printed') checkPlaced(ledger, index, 'title', data.title);
  checkPlaced(ledger, index, 'kicker', data.kicker);
  checkPlaced(ledger, index, 'subtitle', data.subtitle);
  checkPlaced(ledger, index, 'column', data.column);
  checkPlaced(ledger, index, 'authorRole', data.authorRole);
  if (data.authors[0] !== UNSIGNED) checkPlaced(ledger, index, 'authors', data.authors.join(''));
  data.photos.forEach((photo, p) => {
    checkPlaced(ledger, index, `photos[${p}].caption`, photo.caption);
    checkPlaced(ledger, index, `photos[${p}].credit`, photo.credit);
  });
}
