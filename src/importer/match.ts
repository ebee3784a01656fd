/**
 * Matching furniture to articles. Headline blocks (kicker over a headline of
 * one or two lines), subtitles and photo captions are printed near their
 * article but not always next to it in OCR order, and two articles' headline
 * blocks can be interleaved; each goes to the article whose body shares its
 * place names and words.
 */
import type { LeftReason } from '../model/page.ts';
import { piecesOf, textOf, type Line } from '../page/lines.ts';
import { findPlaces } from './places.ts';
import { headsBriefs } from '../text/columns.ts';
import type { ArticleDraft, Furniture } from './segment.ts';
import { bylinePieces, type Byline, type Piece } from './byline.ts';

export interface HeadlineBlock {
  kicker?: Line;
  /** One or two printed lines of the headline. */
  titleLines: Line[];
  after: number;
}

/** What the furniture of a page says about one article. */
export interface ArticleFurniture {
  headline?: HeadlineBlock;
  subtitle?: Line;
  column?: Piece;
  photos: { caption: Line[]; credit: Line[] }[];
  /** A byline printed away from the body. */
  byline?: Byline;
}

export interface Unassigned {
  piece: Piece;
  reason: LeftReason;
}

export interface MatchedPage {
  furniture: ArticleFurniture[];
  unassigned: Unassigned[];
}

const hasInnerSpace = (text: string) => /\S\s+\S/u.test(text);

/**
 * Groups kicker and headline lines into headline blocks: a kicker starts a
 * block, a headline has at most two lines, and a line made of two phrases
 * (厚植生态优势 擦亮发展底色) is a headline on its own.
 */
export function assembleHeadlines(furniture: readonly Furniture[]): HeadlineBlock[] {
  const blocks: HeadlineBlock[] = [];
  let open: HeadlineBlock | undefined;
  for (const item of furniture) {
    if (item.kind === 'kicker') {
      open = { kicker: item.line, titleLines: [], after: item.after };
      blocks.push(open);
    } else if (item.kind === 'title') {
      const last = open?.titleLines.at(-1);
      const fits =
        open !== undefined &&
        open.after === item.after &&
        open.titleLines.length < 2 &&
        !(last && hasInnerSpace(last.text)) &&
        !(last && hasInnerSpace(item.line.text));
      if (fits) open!.titleLines.push(item.line);
      else if (
        open &&
        !open.kicker &&
        open.after === item.after &&
        open.titleLines.length === 1 &&
        !hasInnerSpace(last!.text) &&
        hasInnerSpace(item.line.text)
      ) {
        // A line over a headline of two phrases (昔日排土场 今朝绿满坡) is its kicker.
        open.kicker = last!;
        open.titleLines = [item.line];
      } else {
        open = { titleLines: [item.line], after: item.after };
        blocks.push(open);
      }
      if (hasInnerSpace(item.line.text)) open = undefined;
    } else {
      open = undefined;
    }
  }
  return blocks;
}

/**
 * Distinct pairs of adjacent Chinese characters, the words a short text shares with a body.
 * @example hanBigrams('生态 环境') // ['生态', '环境']
 */
export function hanBigrams(text: string): string[] {
  const bigrams = new Set<string>();
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i++) bigrams.add(chars[i]! + chars[i + 1]!);
  }
  return [...bigrams];
}

const placeKeys = (text: string) => new Set(findPlaces(text).map((place) => `${place.city}/${place.county ?? ''}`));

/** An article body as furniture is matched against it: its text and the places it names. */
interface Body {
  text: string;
  places: Set<string>;
}

/** How strongly a piece of furniture belongs to an article body; `adjacent` when it follows that body in OCR order. */
function affinity(text: string, body: Body, adjacent: boolean): number {
  let shared = 0;
  for (const key of placeKeys(text)) if (body.places.has(key)) shared++;
  const bigrams = hanBigrams(text);
  const found = bigrams.filter((bigram) => body.text.includes(bigram)).length;
  return 3 * shared + (bigrams.length ? (2 * found) / bigrams.length : 0) + (adjacent ? 0.5 : 0);
}

/** Below this, furniture is not put on an article by word overlap alone. */
const MIN_AFFINITY = 0.8;

/**
 * Assigns items to articles one to one, best pair first.
 * @returns for each item, the index of its article, or -1.
 */
function assignOneToOne(scores: number[][]): number[] {
  const result = scores.map(() => -1);
  const taken = new Set<number>();
  const pairs = scores.flatMap((row, item) => row.map((score, article) => ({ item, article, score })));
  pairs.sort((a, b) => b.score - a.score || a.item - b.item || a.article - b.article);
  for (const { item, article, score } of pairs) {
    if (score < MIN_AFFINITY || result[item] !== -1 || taken.has(article)) continue;
    result[item] = article;
    taken.add(article);
  }
  return result;
}

/** Furniture being matched: the page's article drafts and bodies, and what has been decided so far. */
interface Matching {
  /** Whether this page prints headlines above their bodies (most pages) or, in OCR order, below them. */
  headlinesAbove: boolean;
  articles: readonly ArticleDraft[];
  bodies: Body[];
  result: ArticleFurniture[];
  unassigned: Unassigned[];
}

const unassign = (matching: Matching, lines: readonly Line[], reason: LeftReason) => {
  for (const piece of piecesOf(lines)) matching.unassigned.push({ piece, reason });
};

/**
 * Gives each article its headline, subtitle, column label, photos and
 * detached byline; what belongs to no article is listed as unassigned.
 */
export function matchFurniture(articles: readonly ArticleDraft[], furniture: readonly Furniture[]): MatchedPage {
  const bodies = articles.map((article): Body => {
    const text = textOf(article.lines);
    return { text, places: placeKeys(text) };
  });
  // A page whose first article has a headline before it prints headlines above bodies.
  const headlinesAbove = furniture.some((item) => item.after === -1 && (item.kind === 'title' || item.kind === 'kicker'));
  const matching: Matching = { headlinesAbove, articles, bodies, result: articles.map(() => ({ photos: [] })), unassigned: [] };
  matchSubtitles(matching, furniture);
  matchHeadlines(matching, furniture);
  for (const item of furniture) {
    if (item.kind === 'photo') matchPhoto(matching, item);
    else if (item.kind === 'byline') matchByline(matching, item);
    else if (item.kind === 'column') matchColumn(matching, item, furniture.find((other) => other.kind === 'column' && other.after > item.after)?.after);
    else if (item.kind === 'other') matching.unassigned.push({ piece: { line: item.line.no, text: item.line.text }, reason: item.reason });
  }
  return { furniture: matching.result, unassigned: matching.unassigned };
}

/** Each subtitle to the one article whose body it fits best. */
function matchSubtitles({ bodies, result, unassigned }: Matching, furniture: readonly Furniture[]): void {
  const subtitles = furniture.filter((item): item is Furniture & { kind: 'subtitle'; line: Line } => item.kind === 'subtitle');
  const owners = assignOneToOne(subtitles.map((item) => bodies.map((body, a) => affinity(item.line.text, body, item.after === a))));
  subtitles.forEach((item, i) => {
    const owner = owners[i]!;
    if (owner >= 0) result[owner]!.subtitle = item.line;
    else unassigned.push({ piece: { line: item.line.no, text: item.line.text }, reason: 'orphan-subtitle' });
  });
}

/**
 * Each headline block to the one article whose body it fits best. A printed
 * subtitle stands under a printed headline: an article with a subtitle is
 * the likeliest owner of a headline that names no place.
 */
function matchHeadlines(matching: Matching, furniture: readonly Furniture[]): void {
  const { bodies, result } = matching;
  const blocks = assembleHeadlines(furniture);
  const printed = (block: HeadlineBlock) => [...(block.kicker ? [block.kicker] : []), ...block.titleLines];
  const next = (block: HeadlineBlock, a: number) => (matching.headlinesAbove ? block.after === a - 1 : block.after === a);
  const owners = assignOneToOne(
    blocks.map((block) => bodies.map((body, a) => affinity(textOf(printed(block)), body, next(block, a)) + (result[a]!.subtitle ? 2 : 0))),
  );
  blocks.forEach((block, i) => {
    const owner = owners[i]!;
    if (owner >= 0) result[owner]!.headline = block;
    else unassign(matching, printed(block), 'orphan-headline');
  });
}

/** A photo to the article its caption and credit fit best, if they fit well enough. */
function matchPhoto(matching: Matching, item: Furniture & { kind: 'photo' }): void {
  const text = textOf([...item.caption, ...item.credit]);
  const scores = matching.bodies.map((body, a) => affinity(text, body, item.after === a));
  const best = scores.indexOf(Math.max(...scores));
  if (item.caption.length > 0 && best >= 0 && scores[best]! >= MIN_AFFINITY) {
    matching.result[best]!.photos.push({ caption: item.caption, credit: item.credit });
  } else {
    unassign(matching, [...item.caption, ...item.credit], 'orphan-caption');
  }
}

/**
 * A detached byline belongs to the nearest article before it that has none
 * (the layout put it under another article's headline), else the nearest one
 * after it.
 */
function matchByline({ articles, result, unassigned }: Matching, item: Furniture & { kind: 'byline' }): void {
  const lacking = (a: number) => !articles[a]!.byline && !result[a]!.byline;
  const before = [...articles.keys()].filter((a) => a <= item.after && lacking(a)).at(-1);
  const later = [...articles.keys()].find((a) => a > item.after && lacking(a));
  // Printed right above a body (under its headline), it is that body's.
  const line = bylinePieces(item.byline)[0]?.line ?? 0;
  const above = later !== undefined && articles[later]!.index === item.after + 1 && articles[later]!.lines[0]!.no - line <= 3;
  const owner = above ? later : (before ?? later);
  if (owner !== undefined) result[owner]!.byline = item.byline;
  else unassigned.push(...bylinePieces(item.byline).map((piece) => ({ piece, reason: 'orphan-byline' as const })));
}

/**
 * The articles a column label heads. Where headlines stand above bodies, it
 * heads what follows it: a column of briefs (简讯) every article up to the
 * next label, any other column the one article under it. Where OCR reads
 * headlines below their bodies, a label's column is the page's datelined
 * briefs. A label printed again heads no further article.
 */
function matchColumn({ headlinesAbove, articles, result, unassigned }: Matching, item: Furniture & { kind: 'column' }, nextLabel = Infinity): void {
  const free = (a: number) => result[a]!.column === undefined;
  let owners: number[];
  if (headlinesAbove) {
    const following = articles
      .filter((article) => article.index > item.after && article.index <= nextLabel && free(article.index))
      .map((article) => article.index);
    owners = headsBriefs(item.label.text) ? following : following.slice(0, 1);
  } else {
    const datelined = articles.filter((article) => article.datelined && free(article.index)).map((article) => article.index);
    owners = datelined.length > 0 ? datelined : item.after >= 0 && free(item.after) ? [item.after] : [];
  }
  for (const owner of owners) result[owner]!.column = item.label;
  if (owners.length === 0) unassigned.push({ piece: item.label, reason: 'orphan-column' });
  if (item.decoration) unassigned.push({ piece: item.decoration, reason: 'column-decoration' });
}
