/**
 * Importing a page: from the decoded OCR text to the article entries it
 * holds, with the ledger that accounts for every printed character. Pure: the
 * command (`cli.ts`) reads and writes the files.
 */
import { sha256Hex } from '../archive/digest.ts';
import { bodyText } from '../text/markdown.ts';
import { checkEntry, type CheckedArticle } from '../model/entry.ts';
import { formatProblem } from '../model/problem.ts';
import { makeSlug } from '../model/slugs.ts';
import { PUBLICATION, type ArticleData } from '../model/schema.ts';
import { accountFor, checkPlaced, Ledger, type Accounting, type LedgerEntry } from './accounting.ts';
import { ImportError } from './errors.ts';
import { calendarDay, datelineMonthDay, firstMonthDay, joinHeadline, latestYear, locate, proposeTitle, proposeTopics, slugPlace } from './extract.ts';
import { proposeFigures, type UntypedFigure } from './figures.ts';
import { pageLines, piecesOf, textOf, type Line } from '../page/lines.ts';
import { inkCount } from '../text/ink.ts';
import { matchFurniture, type ArticleFurniture, type HeadlineBlock } from './match.ts';
import { bylinePieces, datelineByline, namesOf, type Byline, type Piece } from './byline.ts';
import { readDateline } from '../text/dateline.ts';
import { articleLines } from './accounting.ts';
import { reflowColumns, type Block } from '../page/reflow.ts';
import { hanCount, splitArticles, tooShortForArticle, type ArticleDraft, type SegmentedPage } from './segment.ts';
import { entryFile, type EntryFields } from './write.ts';
import { readPageFurniture, type PageHeader } from './page-furniture.ts';
import { closeOcrGaps } from '../text/ocr-gaps.ts';
import { photographers } from './caption.ts';
import { UNSIGNED } from '../model/authors.ts';
import { UNTYPED_FIGURE } from '../model/figures.ts';

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
  /** Quantities the body prints that no proposed metric types; each is also a review item. */
  untyped: UntypedFigure[];
}

/** An article the importer read but could not write as an entry that passes the content check. */
export interface SetAside {
  index: number;
  /** The page line its body starts on. */
  line: number;
  problem: string;
}

export interface ImportResult {
  entries: ImportedEntry[];
  /** Articles left unassigned for an editor, each with why. */
  setAside: SetAside[];
  accounting: Accounting;
  /** The issue and page as the page's 版头 prints them, where it does. */
  header: Omit<PageHeader, 'lines'>;
  /** The page furniture of no article, for the page entry. */
  furniture: { kind: 'header' | 'advertisement'; text: string; line: number }[];
}

/**
 * The hex digits naming a page in permanent ids: the hash part of a file name
 * such as `000_248f2a5ceed2de10.txt`, else the start of the file's sha256.
 * @example pageHash('000_248f2a5ceed2de10.txt', new Uint8Array()) // '248f2a5c'
 */
export function pageHash(file: string, bytes: Uint8Array): string {
  const named = /_([0-9a-f]{8,})\.[^.]+$/iu.exec(file.split('/').pop() ?? '');
  return (named ? named[1]! : sha256Hex(bytes)).slice(0, 8).toLowerCase();
}

/**
 * Imports one OCR page: its articles as entries ready to write, and the
 * accounting of its characters. Throws an ImportError for a page it cannot
 * import whole. The page is decoded already (`decode.ts`); the steps are
 * segment and match, then for each article reflow, extract and write, then
 * account for every character.
 */
export function importPage(text: string, given: ImportOptions): ImportResult {
  const lines = pageLines(text);
  const ledger = new Ledger();
  const printed = readPageFurniture(lines);
  const options = issueOptions(given, printed.header);
  ledger.unassign(piecesOf(printed.header.lines), 'page-header');
  for (const advert of printed.adverts) ledger.unassign(piecesOf(advert), 'advertisement');
  const articles = segmentPage(printed.rest, ledger);
  const page = pageFacts(text, lines, articles, options);
  const drafted = articles.map((article) => importArticle(article, page, ledger));
  placeColumns(articles, ledger);
  dedupeNames(drafted);
  const checked = drafted.map((entry) => checkEntry(entry.name, entry.content));
  const setAside = setAsideFailing(drafted, checked, ledger);
  const accounting = accountFor(lines, ledger.entries);
  const entries = drafted.filter((_, index) => {
    const article = checked[index]!.article;
    if (setAside.some((aside) => aside.index === index) || !article) return false;
    verifyEntry(article, index, ledger.entries);
    return true;
  });
  const { lines: headerLines, ...header } = printed.header;
  const furniture = [
    ...headerLines.map((line) => ({ kind: 'header' as const, text: line.text, line: line.no })),
    ...printed.adverts.map((advert) => ({ kind: 'advertisement' as const, text: advert[0]!.text, line: advert[0]!.no })),
  ].sort((a, b) => a.line - b.line);
  return { entries, accounting, header, furniture, setAside };
}

/**
 * Articles whose entry would fail the content check (OCR debris the importer
 * could not repair): set aside, their text left unassigned for an editor,
 * so that the rest of the page is imported. The importer's own mistake never
 * costs a page.
 */
function setAsideFailing(entries: readonly ImportedEntry[], checked: readonly ReturnType<typeof checkEntry>[], ledger: Ledger): SetAside[] {
  const setAside: SetAside[] = [];
  entries.forEach((entry, index) => {
    const problem = checked[index]!.problems[0];
    if (!problem) return;
    setAside.push({ index, line: entry.line, problem: `article ${index + 1} (${entry.name}) is left for an editor: ${formatProblem(problem)}` });
    ledger.setAside(index);
  });
  if (setAside.length === entries.length && entries.length > 0) {
    // Nothing left to import: the page is refused, naming the first problem.
    throw new ImportError(setAside[0]!.problem, { line: setAside[0]!.line });
  }
  return setAside;
}

/**
 * The issue date and page number an import goes by: those given (the
 * command line, the manifest), else those the page's 版头 prints. Given
 * ones that contradict the 版头 are refused: one of the two is wrong, and
 * only an editor can say which.
 */
function issueOptions(given: ImportOptions, header: PageHeader): ImportOptions {
  const line = header.lines[0]?.no;
  if (given.date && header.date && given.date !== header.date) {
    throw new ImportError(`the page's 版头 prints the issue date ${header.date}, but the import was given ${given.date}; correct the manifest or --date`, {
      line,
      field: 'date',
    });
  }
  if (given.page && header.page && given.page !== header.page) {
    throw new ImportError(`the page's 版头 prints page ${header.page}, but the import was given page ${given.page}; correct the manifest or --page`, {
      line,
      field: 'source.page',
    });
  }
  return { ...given, ...(header.date && !given.date ? { date: header.date } : {}), ...(header.page && !given.page ? { page: header.page } : {}) };
}

/** An article of the page with the furniture printed for it. */
interface PageArticle {
  /** Its body lines and byline; `index` is its position among the page's articles. */
  draft: ArticleDraft;
  furniture: ArticleFurniture;
}

/**
 * Segment and match: the page's articles, each with its furniture. Text too
 * short to be an article, and furniture of no article, go to the ledger as
 * unassigned.
 */
function segmentPage(lines: readonly Line[], ledger: Ledger): PageArticle[] {
  const page = splitArticles(lines);
  const articles = page.articles.filter((article) => !tooShortForArticle(article.lines));
  if (articles.length === 0) throw noArticle(page);
  // Furniture is placed after an article by index; count only the articles kept.
  const lastKept = (after: number) => articles.filter((article) => article.index <= after).length - 1;
  const furniture = page.furniture.map((item) => ({ ...item, after: lastKept(item.after) }));
  const kept = articles.map((article, index) => ({ ...article, index }));
  const matched = matchFurniture(kept, furniture);
  for (const { piece, reason } of matched.unassigned) ledger.unassign([piece], reason);
  for (const fragment of page.articles.filter((article) => !articles.includes(article))) {
    ledger.unassign([...piecesOf(fragment.lines), ...(fragment.byline ? bylinePieces(fragment.byline) : [])], 'too-short');
  }
  return kept.map((draft, index) => ({ draft, furniture: matched.furniture[index]! }));
}

/** The error for a page with no article: what it does print, and what it lacks. */
function noArticle(page: SegmentedPage): ImportError {
  // A headline is a phrase of Chinese: stray Latin text or a few characters are no headline.
  const printed = (kind: 'title' | 'kicker') => page.furniture.find((item) => item.kind === kind && hanCount([item.line]) >= 4) as { line: Line } | undefined;
  const headline = printed('title') ?? printed('kicker');
  if (headline) {
    const what = headline === printed('title') ? 'a headline' : 'a kicker';
    return new ImportError(`the page prints ${what} ("${headline.line.text}") but no article body: no run of running text long enough to be one`, {
      line: headline.line.no,
    });
  }
  return new ImportError('no recognisable article: no run of printed text with a dateline, byline or headline');
}

/** What the page says that every article of it shares. */
interface PageFacts {
  options: ImportOptions;
  /** The issue's year: from `--date`, else the latest year the page prints. */
  issueYear: number | undefined;
  /** The months and days the page's datelines print, in page order. */
  datelineMonthDays: { month: number; day: number }[];
  /** Those of them that are dates in the issue's year, earliest first. */
  datelineDates: string[];
  /** The hex digits naming the page in permanent ids. */
  hash: string;
  /** The page's lines, which an article's `source.lines` point into. */
  lines: readonly Line[];
}

/** The year, dateline dates and id hash of a page. */
function pageFacts(text: string, lines: readonly Line[], articles: readonly PageArticle[], options: ImportOptions): PageFacts {
  const issueYear = options.date ? Number(options.date.slice(0, 4)) : latestYear(text);
  const datelineMonthDays = articles.map(({ draft }) => datelineMonthDay(textOf(draft.lines))).filter((monthDay) => monthDay !== undefined);
  const datelineDates = datelineMonthDays
    .map((monthDay) => (issueYear ? calendarDay(monthDay, issueYear, options.date) : undefined))
    .filter((date): date is string => date !== undefined)
    .sort();
  return { options, issueYear, datelineMonthDays, datelineDates, hash: pageHash(options.file, options.bytes), lines };
}

/** One article's text after reflow: its blocks, as plain text, and where it starts. */
interface ArticleText {
  index: number;
  blocks: Block[];
  body: string;
  /** The page line the body starts on, named in errors. */
  firstLine: number;
}

/** Reflow, extract and write one article: its entry, with its printed pieces placed in the ledger. */
function importArticle({ draft, furniture }: PageArticle, page: PageFacts, ledger: Ledger): ImportedEntry {
  const blocks = reflowColumns(draft.lines).map((block) => ({ ...block, text: closeOcrGaps(block.text) }));
  const article: ArticleText = { index: draft.index, blocks, body: blocks.map((block) => block.text).join('\n'), firstLine: draft.lines[0]!.no };
  ledger.place(article.index, 'body', piecesOf(draft.lines));
  const title = decideTitle(furniture.headline, article.body);
  placeFurniture(article.index, furniture, ledger);
  // A dateline may break its parentheses over two lines: 科学导报讯（通讯员 贾晓华 畅 / 文斌）.
  const byline =
    draft.byline ?? furniture.byline ?? (draft.datelined ? datelineByline({ no: article.firstLine, text: textOf(draft.lines.slice(0, 3)) }) : undefined);
  if (byline) placeByline(article.index, byline, ledger);
  const agency = readDateline(article.body)?.agency;
  // An article that names no place is filed as `unknown`, never under the place its neighbours name.
  const location = locate(furniture.headline?.kicker?.text, article.body);
  const dated = decideDate(draft.datelined, article, page);
  const figures = proposeFigures(blocks.filter((block) => block.kind === 'paragraph').map((block) => block.text));
  const data: EntryFields = {
    uid: `kxdb-${page.hash}-${article.index + 1}`,
    ...(furniture.headline?.kicker ? { kicker: furniture.headline.kicker.text } : {}),
    title: title.title,
    titleSource: title.titleSource,
    ...(furniture.subtitle ? { subtitle: furniture.subtitle.text } : {}),
    ...(furniture.column ? { column: furniture.column.text } : {}),
    city: location.city,
    ...(location.county ? { county: location.county } : {}),
    date: dated.date,
    dateSource: dated.dateSource,
    ...(agency ? { agency } : {}),
    authors: byline ? namesOf(byline) : [UNSIGNED],
    ...(byline ? authorRoles(byline) : {}),
    topics: decideTopics(article.body),
    photos: furniture.photos.map((photo) => ({ caption: textOf(photo.caption), ...(photo.credit.length ? { credit: creditOf(photo.credit) } : {}) })),
    metrics: figures.metrics,
    source: {
      publication: PUBLICATION,
      file: page.options.file.split('/').pop()!,
      ...(page.options.page ? { page: page.options.page } : {}),
      // Every piece of this article is in the ledger by now; the column label is shared page furniture.
      lines: articleLines(ledger.entries, article.index, page.lines),
    },
    review: reviewList({
      titleSure: title.sure,
      signed: byline !== undefined,
      unsure: location.unsure,
      dateSource: dated.dateSource,
      untyped: figures.untyped,
    }),
  };
  const name = `${makeSlug(slugPlace(location), dated.date, title.title)}.md`;
  return { name, content: entryFile(data, blocks), data, characters: inkCount(article.body), line: article.firstLine, untyped: figures.untyped };
}

/** The title an entry gets, where it comes from, and whether it needs no review. */
interface TitleDecision {
  title: string;
  titleSource: ArticleData['titleSource'];
  sure: boolean;
}

/**
 * The printed headline, its two lines joined as the body suggests; else a
 * title proposed from the body, the editor's to confirm.
 */
function decideTitle(headline: HeadlineBlock | undefined, body: string): TitleDecision {
  if (headline && headline.titleLines.length > 0) {
    const joined = joinHeadline(
      headline.titleLines.map((line) => line.text),
      body,
    );
    return { title: joined.title, titleSource: 'printed', sure: joined.sure };
  }
  return { title: proposeTitle(body), titleSource: 'editor', sure: false };
}

/** A photo's credit: the photographers it names, else the credit as printed (图片由…提供). */
function creditOf(credit: readonly Line[]): string {
  return photographers(textOf(credit))?.join(' ') ?? textOf(credit);
}

/** Headline lines, kicker, subtitle and photos go into their fields. */
function placeFurniture(index: number, furniture: ArticleFurniture, ledger: Ledger): void {
  const { headline, subtitle } = furniture;
  if (headline && headline.titleLines.length > 0) ledger.place(index, 'title', piecesOf(headline.titleLines));
  if (headline?.kicker) ledger.place(index, 'kicker', piecesOf([headline.kicker]));
  if (subtitle) ledger.place(index, 'subtitle', piecesOf([subtitle]));
  furniture.photos.forEach((photo, p) => {
    ledger.place(index, `photos[${p}].caption`, piecesOf(photo.caption));
    const printed = textOf(photo.credit);
    const names = photographers(printed);
    if (!names) ledger.place(index, `photos[${p}].credit`, piecesOf(photo.credit));
    else {
      // The photographers' names are the credit; their role, 摄 and the parentheses are printed around it.
      const line = photo.credit[0]!.no;
      ledger.place(
        index,
        `photos[${p}].credit`,
        names.map((name) => ({ line, text: name })),
      );
      let rest = printed;
      for (const name of names) rest = rest.replace(name, '');
      ledger.place(index, `photos[${p}].creditNote`, [{ line, text: rest }]);
    }
  });
}

/**
 * The roles of a byline's authors: one `authorRole` when one role covers
 * them all, else one role each, `authorRoles`; none when none is printed.
 * @example authorRoles({ credits: [{ name: '高建伟', role: '本报记者' }, { name: '李浩', role: '通讯员' }], rolePieces: [], namePieces: [], markPieces: [] }) // { authorRoles: ['本报记者', '通讯员'] }
 */
export function authorRoles(byline: Byline): Pick<EntryFields, 'authorRole' | 'authorRoles'> {
  const roles = byline.credits.map((credit) => credit.role);
  if (roles.every((role) => role === undefined)) return {};
  if (roles.every((role) => role === roles[0])) return { authorRole: roles[0]! };
  // A name printed before any role has none: the archive says so, it does not guess.
  return { authorRoles: roles.map((role) => role ?? '未注明') };
}

/**
 * The roles and names of a byline go into their fields, its parentheses
 * with it; OCR junk before it into none. A byline read from a dateline
 * places nothing: its text is the body's.
 */
function placeByline(index: number, byline: Byline, ledger: Ledger): void {
  if (byline.junk) ledger.unassign([byline.junk], 'bullet-junk');
  ledger.place(index, 'authorRoles', byline.rolePieces);
  ledger.place(index, 'authors', byline.namePieces);
  ledger.place(index, 'byline', byline.markPieces);
}

/** A column label heads every article it was matched to; placed once, for all of them. */
function placeColumns(articles: readonly PageArticle[], ledger: Ledger): void {
  const owners = new Map<string, { piece: Piece; articles: number[] }>();
  for (const { draft, furniture } of articles) {
    if (!furniture.column) continue;
    const key = `${furniture.column.line}:${furniture.column.text}`;
    const shared = owners.get(key) ?? { piece: furniture.column, articles: [] };
    shared.articles.push(draft.index);
    owners.set(key, shared);
  }
  for (const { piece, articles: heads } of owners.values()) ledger.place(heads, 'column', [{ line: piece.line, text: piece.text }]);
}

/** An article's date and how it is known. */
interface DateDecision {
  date: string;
  dateSource: ArticleData['dateSource'];
}

/** An article's date, checked to be a real date; the error says what the page lacks. */
function decideDate(datelined: boolean, article: ArticleText, page: PageFacts): DateDecision {
  const { date, dateSource } = dateEvidence(datelined, article, page);
  if (date) return { date, dateSource };
  const at = { line: article.firstLine, field: 'date' };
  const printed = datelineMonthDay(article.body) ?? (datelined ? firstMonthDay(article.blocks[0]!.text) : undefined) ?? page.datelineMonthDays[0];
  if (printed && page.issueYear === undefined) {
    throw new ImportError(
      `cannot date article ${article.index + 1}: the page prints ${printed.month} 月 ${printed.day} 日 but no year; pass --date YYYY-MM-DD (the issue date), which supplies the year`,
      at,
    );
  }
  if (printed)
    throw new ImportError(
      `cannot date article ${article.index + 1}: ${printed.month} 月 ${printed.day} 日 is no date in ${page.issueYear}; pass --date YYYY-MM-DD`,
      at,
    );
  throw new ImportError(`cannot date article ${article.index + 1}: the page prints no usable date; pass --date YYYY-MM-DD`, at);
}

/**
 * Where an article's date comes from: the dateline's date; else, for a
 * datelined article, the first date of its first paragraph (inferred); else
 * the issue date (`--date`); else the page's latest dateline (inferred). A
 * month and day take the issue's year.
 */
function dateEvidence(datelined: boolean, article: ArticleText, page: PageFacts): { date: string | undefined; dateSource: ArticleData['dateSource'] } {
  const { issueYear, options } = page;
  const inYear = (monthDay: { month: number; day: number }) => (issueYear ? calendarDay(monthDay, issueYear, options.date) : undefined);
  const printed = datelineMonthDay(article.body);
  if (datelined && printed) return { date: inYear(printed), dateSource: 'dateline' };
  const mentioned = datelined ? firstMonthDay(article.blocks[0]!.text) : undefined;
  if (mentioned) return { date: inYear(mentioned), dateSource: 'inferred' };
  if (options.date) return { date: options.date, dateSource: 'issue' };
  return { date: page.datelineDates.at(-1), dateSource: 'inferred' };
}

/** Topics by keyword; an article with none is filed under ecology, for review like every topic list. */
function decideTopics(body: string): ArticleData['topics'] {
  const topics = proposeTopics(body);
  return topics.length > 0 ? topics : ['ecology'];
}

/** What an editor must confirm of an entry. */
interface ReviewEvidence {
  titleSure: boolean;
  signed: boolean;
  unsure: readonly string[];
  dateSource: ArticleData['dateSource'];
  untyped: readonly UntypedFigure[];
}

/**
 * The fields an editor must confirm: a proposed or guessed title, missing
 * authors, a thinly evidenced city or county, an inferred date, and always
 * the proposed topics and metrics; then each quantity the importer could not
 * type, as `metrics: <number as printed>`, so none is dropped silently.
 */
function reviewList(evidence: ReviewEvidence): string[] {
  const review = [
    ...(evidence.titleSure ? [] : ['title']),
    ...(evidence.signed ? [] : ['authors']),
    ...evidence.unsure,
    ...(evidence.dateSource === 'inferred' ? ['date'] : []),
    'topics',
    'metrics',
    ...evidence.untyped.map((figure) => `${UNTYPED_FIGURE}${figure.printed}`),
  ];
  return [...new Set(review)];
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

/** An entry that passed the content check holds exactly the printed text the ledger placed in it. */
function verifyEntry(article: CheckedArticle, index: number, ledger: readonly LedgerEntry[]): void {
  const { data, body } = article;
  checkPlaced(ledger, index, 'body', bodyText(body));
  if (data.titleSource === 'printed') checkPlaced(ledger, index, 'title', data.title);
  checkPlaced(ledger, index, 'kicker', data.kicker);
  checkPlaced(ledger, index, 'subtitle', data.subtitle);
  checkPlaced(ledger, index, 'column', data.column);
  const printedRoles = data.authorRoles ?? (data.authorRole ? [data.authorRole] : []);
  const bylinePrinted = ledger.some((entry) => 'articles' in entry.place && entry.place.articles.includes(index) && entry.place.field === 'authors');
  if (bylinePrinted) {
    // Each role is printed once before the names it covers.
    checkPlaced(ledger, index, 'authorRoles', printedRoles.filter((role, i) => role !== '未注明' && role !== printedRoles[i - 1]).join(''));
    checkPlaced(ledger, index, 'authors', data.authors.join(''));
  } else if (data.authors[0] !== UNSIGNED && !data.authors.every((name) => bodyText(body).includes(name))) {
    throw new ImportError(`accounting: article ${index + 1} names authors its text does not print`, { field: 'authors' });
  }
  data.photos.forEach((photo, p) => {
    checkPlaced(ledger, index, `photos[${p}].caption`, photo.caption);
    checkPlaced(ledger, index, `photos[${p}].credit`, photo.credit);
  });
}
