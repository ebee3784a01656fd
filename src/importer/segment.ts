/**
 * Segmenting a page: which OCR lines are an article's body and which are the
 * furniture around it (kickers, headlines, subtitles, column labels, bylines,
 * photo captions and credits). In OCR order a headline block usually comes
 * after the body it belongs to, and blocks of neighbouring articles can be
 * interleaved, so furniture is only collected here; `match.ts` decides whose
 * it is.
 */
import type { LeftReason } from '../model/page.ts';
import { CLAUSE_PUNCTUATION, emWidth, endsSentence, textOf, type Line } from '../page/lines.ts';
import { isOfficeName } from './places.ts';
import { asciiPinyin } from '../text/pinyin.ts';
import { COLUMN_LABELS } from '../text/columns.ts';
import { opensWithDateline } from '../text/dateline.ts';
import { readCaption } from './caption.ts';
import { bylinePieces, parseBylineLine, parseNameLine, splitInlineByline, type Byline, type Piece } from './byline.ts';

export interface ArticleDraft {
  /** 0-based position of the article in OCR order. */
  index: number;
  /** Body lines; a byline printed at the end of the last line is cut off. */
  lines: Line[];
  byline?: Byline;
  /** Whether the body opens with a dateline (科学导报讯, 本报讯, a wire service's 电头). */
  datelined: boolean;
}

interface Placed {
  /** Index of the last article begun before this item in OCR order, -1 before the first. */
  after: number;
}

export type Furniture = Placed &
  (
    | { kind: 'kicker' | 'title' | 'subtitle'; line: Line }
    | { kind: 'column'; label: Piece; decoration?: Piece }
    | { kind: 'byline'; byline: Byline }
    | { kind: 'photo'; caption: Line[]; credit: Line[] }
    | { kind: 'other'; line: Line; reason: LeftReason }
  );

export interface SegmentedPage {
  articles: ArticleDraft[];
  furniture: Furniture[];
}

const CREDIT = /^(?:图片由|图片来源|图片提供)/u;
/** A report that cites another paper opens with it: 据山西日报报道，… */
const LEAD_IN = /^据\p{Script=Han}{2,12}(?:报道|消息)/u;
const SUBTITLE = /^[—–－-]{1,3}\s*[\p{Script=Han}《“]/u;
/** A subtitle set with a dash proper (———《…》发布), not a hyphen that may open any line. */
const DASHED_SUBTITLE = /^[—–]{1,3}\s*[\p{Script=Han}《“]/u;
/** A headline may name its place before a colon: 繁峙县：废弃矿山变身“生态公园”. */
const PLACE_COLON = /^(\p{Script=Han}{2,6})：/u;
const PLACE_HEADLINE = /^\p{Script=Han}{2,6}：\p{Script=Han}{4}/u;

/** Column labels this paper prints without their pinyin. */
const KNOWN_COLUMNS: readonly string[] = COLUMN_LABELS;
/** Captions are a sentence or two under a picture. */
const MAX_CAPTION_CHARS = 40;

/**
 * A column label, with the decoration printed beside it (its pinyin, and OCR
 * junk): `一线传真K yixian chuanzhen`.
 * @example parseColumnLabel({ no: 1, text: '一线传真K yixian chuanzhen' })?.label.text // '一线传真'
 */
export function parseColumnLabel(line: Line): { label: Piece; decoration?: Piece } | undefined {
  const match = /^(\p{Script=Han}{2,8})([\sA-Za-z]*)$/u.exec(line.text);
  if (!match) return undefined;
  const [, label, rest] = match as unknown as [string, string, string];
  const letters = rest.replace(/\s/g, '').toLowerCase();
  const spelled = asciiPinyin(label);
  const known = KNOWN_COLUMNS.includes(label);
  if (!(known && (letters === '' || letters.endsWith(spelled))) && !(letters.length > 0 && letters.endsWith(spelled) && /\s/.test(rest.trim()))) {
    return undefined;
  }
  const decoration = rest.trim();
  return { label: { line: line.no, text: label }, ...(decoration ? { decoration: { line: line.no, text: decoration } } : {}) };
}

/** Whether a line reads as running text rather than a headline. */
function isTextLike(line: Line): boolean {
  const text = line.text.replace(PLACE_COLON, '$1');
  return CLAUSE_PUNCTUATION.test(text) || emWidth(line.text) > HEADLINE_WIDTH;
}

/**
 * The lines of a photo credit starting at `start` (图片由…提供, possibly broken
 * over lines), or 0 when no credit starts there.
 */
function creditLength(lines: readonly Line[], start: number): number {
  if (!CREDIT.test(lines[start]?.text ?? '')) return 0;
  let text = '';
  for (let k = 0; k < 3 && start + k < lines.length; k++) {
    text += lines[start + k]!.text;
    if (/提供[。.]?$/u.test(text)) return k + 1;
  }
  return 1;
}

/** How many lines from `start` are a caption ending right before a credit (0 if none). */
function captionBeforeCredit(lines: readonly Line[], start: number): number {
  let chars = 0;
  for (let k = 0; k < 3 && start + k < lines.length; k++) {
    const line = lines[start + k]!;
    if (creditLength(lines, start + k) > 0) return k;
    if (opensWithDateline(line.text) || parseBylineLine(line) || isOfficeName(line.text)) return 0;
    chars += line.text.length;
    if (chars > MAX_CAPTION_CHARS) return 0;
  }
  return 0;
}

/**
 * Caption lines at the end of a body that a photo credit follows: a short
 * narrow sentence after a sentence end.
 */
function captionTail(body: readonly Line[]): number {
  const widths = body.map((line) => emWidth(line.text)).sort((a, b) => a - b);
  const typical = widths[Math.floor(widths.length / 2)] ?? 0;
  let best = 0;
  let chars = 0;
  for (let k = 1; k <= 3 && k < body.length; k++) {
    const line = body[body.length - k]!;
    chars += line.text.length;
    if (chars > MAX_CAPTION_CHARS || emWidth(line.text) > typical * 0.7) break;
    if (endsSentence(body[body.length - k - 1]!.text)) best = k;
  }
  return best;
}

/** A headline line is at most this wide (em): a wider line is running text. */
const HEADLINE_WIDTH = 22;
/** Fewer Chinese characters than this are no article: a stray line, a headline with a comma. */
const MIN_ARTICLE_HAN = 20;

/** The Chinese characters of lines. */
export const hanCount = (lines: readonly Line[]) => [...textOf(lines).matchAll(/\p{Script=Han}/gu)].length;

/**
 * Whether lines are too short to be an article: the one rule the segmenter
 * and the import share.
 * @example tooShortForArticle([{ no: 1, text: '湿地保护成效明显，' }]) // true
 */
export function tooShortForArticle(lines: readonly Line[]): boolean {
  return hanCount(lines) < MIN_ARTICLE_HAN;
}

/** A page being segmented: what has been read, and the article whose body is being read. */
interface Segmenting {
  articles: ArticleDraft[];
  furniture: Furniture[];
  current: ArticleDraft | undefined;
}

/**
 * Splits a page's lines into article bodies and furniture. A body begins at a
 * dateline (科学导报讯) or at running text after furniture; it ends at a byline,
 * at the next dateline, or where furniture begins.
 */
export function splitArticles(lines: readonly Line[]): SegmentedPage {
  const page: Segmenting = { articles: [], furniture: [], current: undefined };
  for (let i = 0; i < lines.length;) i += readLine(page, lines, i);
  return demoteFragments({ articles: page.articles, furniture: page.furniture });
}

/** Reads the line at `start` and the lines that go with it; returns how many it took. */
function readLine(page: Segmenting, lines: readonly Line[], start: number): number {
  const line = lines[start]!;
  const captioned = readCaption(lines, start);
  if (captioned) {
    // A caption set inside a body does not end it.
    page.furniture.push({ kind: 'photo', caption: captioned.caption, credit: captioned.credit, after: page.articles.length - 1 });
    return captioned.length;
  }
  const credit = creditLength(lines, start);
  if (credit > 0) {
    // The caption is the end of the body read so far.
    const caption = page.current ? page.current.lines.splice(page.current.lines.length - captionTail(page.current.lines)) : [];
    addFurniture(page, { kind: 'photo', caption, credit: lines.slice(start, start + credit) });
    return credit;
  }
  if (opensWithDateline(line.text)) {
    // A brief can be one line long, its byline after its last sentence.
    const article = openArticle(page, line);
    continueArticle(article, line);
    if (article.byline) page.current = undefined;
    return 1;
  }
  if (readFurnitureLine(page, line)) return 1;
  if (page.current && headsNextArticle(lines, start, page.current)) {
    addFurniture(page, { kind: SUBTITLE.test(line.text) ? 'subtitle' : 'title', line });
    return 1;
  }
  if (page.current) {
    const signed = endsSentence(page.current.lines.at(-1)?.text ?? '') ? parseNameLine(line) : undefined;
    if (signed) page.current.byline = signed;
    else continueArticle(page.current, line);
    if (page.current.byline) page.current = undefined;
    return 1;
  }
  return readAfterFurniture(page, lines, start);
}

/**
 * Whether the line at `start`, read while a body is open, is instead the
 * headline of the article that follows: a line that reads as no running
 * text, after a sentence end, with a dateline, byline or subtitle within
 * the next two lines.
 */
function headsNextArticle(lines: readonly Line[], start: number, current: ArticleDraft): boolean {
  const line = lines[start]!;
  if (isTextLike(line) || !/\p{Script=Han}{4}/u.test(line.text) || !endsSentence(current.lines.at(-1)?.text ?? '')) return false;
  // A place before a colon (老牛湾：黄河岸边生态美) makes a headline, never a subheading.
  if (PLACE_HEADLINE.test(line.text)) return true;
  return lines
    .slice(start + 1, start + 3)
    .some((next) => opensWithDateline(next.text) || parseBylineLine(next) !== undefined || DASHED_SUBTITLE.test(next.text) || LEAD_IN.test(next.text));
}

/** An item of furniture before its place among the articles is known. */
type WithoutPlace<F> = F extends Furniture ? Omit<F, 'after'> : never;
type FurnitureItem = WithoutPlace<Furniture>;

/** Furniture ends the body being read, and follows the last article begun. */
function addFurniture(page: Segmenting, item: FurnitureItem): void {
  page.furniture.push({ ...item, after: page.articles.length - 1 });
  page.current = undefined;
}

/** A new article, its body begun at `first`. */
function openArticle(page: Segmenting, first: Line): ArticleDraft {
  page.current = { index: page.articles.length, lines: [], datelined: opensWithDateline(first.text) };
  page.articles.push(page.current);
  return page.current;
}

/** A byline, column label or kicker on a line of its own; whether the line was one. */
function readFurnitureLine(page: Segmenting, line: Line): boolean {
  const byline = parseBylineLine(line);
  if (byline && page.current && !page.current.byline) {
    page.current.byline = byline;
    page.current = undefined;
    return true;
  }
  if (byline) {
    addFurniture(page, { kind: 'byline', byline });
    return true;
  }
  const column = parseColumnLabel(line);
  if (column) addFurniture(page, { kind: 'column', ...column });
  else if (isOfficeName(line.text)) addFurniture(page, { kind: 'kicker', line });
  else return false;
  return true;
}

/** A line of a body; a byline printed after its last sentence ends it. */
function continueArticle(article: ArticleDraft, line: Line): void {
  const inline = splitInlineByline(line);
  if (!inline) {
    article.lines.push(line);
    return;
  }
  article.lines.push({ no: line.no, text: inline.body });
  article.byline = inline.byline;
}

/**
 * A line after furniture: a photo caption (when a credit follows), the start
 * of a body (running text), else a headline or subtitle line.
 */
function readAfterFurniture(page: Segmenting, lines: readonly Line[], start: number): number {
  const line = lines[start]!;
  if (!isTextLike(line)) {
    addFurniture(page, { kind: SUBTITLE.test(line.text) ? 'subtitle' : 'title', line });
    return 1;
  }
  const caption = captionBeforeCredit(lines, start);
  if (caption > 0) {
    const credit = creditLength(lines, start + caption);
    addFurniture(page, { kind: 'photo', caption: lines.slice(start, start + caption), credit: lines.slice(start + caption, start + caption + credit) });
    return caption + credit;
  }
  const article = openArticle(page, line);
  continueArticle(article, line);
  if (article.byline) page.current = undefined;
  return 1;
}

/** Running text too short to be an article (a headline with a comma, a stray line) is furniture. */
function demoteFragments(page: SegmentedPage): SegmentedPage {
  const isFragment = (article: ArticleDraft) => !article.byline && !article.datelined && tooShortForArticle(article.lines);
  const fragments = page.articles.filter(isFragment);
  if (fragments.length === 0) return page;
  const kept = page.articles.filter((article) => !isFragment(article));
  const renumber = new Map<number, number>();
  let last = -1;
  page.articles.forEach((article) => {
    if (!isFragment(article)) last = kept.indexOf(article);
    renumber.set(article.index, last);
  });
  const furniture: Furniture[] = page.furniture.map((item) => ({ ...item, after: item.after < 0 ? -1 : renumber.get(item.after)! }));
  for (const fragment of fragments) {
    for (const line of fragment.lines) {
      const short = !CLAUSE_PUNCTUATION.test(line.text.replace(/[，、]/gu, '')) && emWidth(line.text) <= HEADLINE_WIDTH;
      furniture.push(
        short
          ? { kind: SUBTITLE.test(line.text) ? 'subtitle' : 'title', line, after: renumber.get(fragment.index)! }
          : { kind: 'other', line, reason: 'too-short', after: renumber.get(fragment.index)! },
      );
    }
  }
  furniture.sort((a, b) => firstLine(a) - firstLine(b));
  return { articles: kept.map((article, index) => ({ ...article, index })), furniture };
}

/** The page line an item of furniture starts on. */
export function firstLine(item: Furniture): number {
  switch (item.kind) {
    case 'column':
      return item.label.line;
    case 'byline':
      return bylinePieces(item.byline)[0]!.line;
    case 'photo':
      return (item.caption[0] ?? item.credit[0])!.no;
    default:
      return item.line.no;
  }
}
