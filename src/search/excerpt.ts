/**
 * The excerpt a result shows: the passage of the body where the query's
 * occurrences lie densest, about `EXCERPT_LENGTH` characters of printed text,
 * with every occurrence in it marked. Never the headline, kicker or subtitle,
 * which the result prints above it; an article that holds the query only
 * there shows its lead sentence instead.
 */
import { printedOffsets } from './record.ts';
import { normalizeSearchText } from './terms.ts';
import { endsSentence, splitSentences } from '../text/sentences.ts';

/** About how many characters an excerpt shows. */
export const EXCERPT_LENGTH = 100;

/** A run of excerpt text, marked when it is an occurrence of the query. */
export interface ExcerptPiece {
  text: string;
  mark: boolean;
}

/**
 * The run of occurrences (indexes into `starts`, ascending) that fits in
 * `width` characters and holds the most; the earliest such run.
 * @example densestRun([0, 50, 300, 310, 320], 2, 100) // { first: 2, last: 4 }
 */
export function densestRun(starts: readonly number[], queryLength: number, width: number): { first: number; last: number } {
  let best = { first: 0, last: 0 };
  for (let first = 0, last = 0; first < starts.length; first++) {
    last = Math.max(last, first);
    while (last + 1 < starts.length && starts[last + 1]! + queryLength <= starts[first]! + width) last++;
    if (last - first > best.last - best.first) best = { first, last };
  }
  return best;
}

/** Paragraph breaks read as spaces in an excerpt. */
const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ');

/**
 * The excerpt of a body around its densest occurrences.
 * @param body the body as printed, paragraphs separated by line breaks
 * @param starts where each occurrence starts, in index positions from the body's start (spaces not counted), ascending
 * @param queryLength the query's length in index positions
 * @example bodyExcerpt('春日的阳泉，几只黑鹳从桃河上空飞过', [3], 2, 8) // [{ text: '春日的', mark: false }, { text: '阳泉', mark: true }, { text: '，几只…', mark: false }]
 */
export function bodyExcerpt(body: string, starts: readonly number[], queryLength: number, width = EXCERPT_LENGTH): ExcerptPiece[] {
  if (starts.length === 0) return leadSentence(body, width);
  const offsets = printedOffsets(body);
  const length = offsets.length;
  // Where the printed character at an index position begins and ends.
  const from = (i: number) => offsets[i]!;
  const to = (i: number) => offsets[i]! + (body.codePointAt(offsets[i]!)! > 0xffff ? 2 : 1);
  const { first, last } = densestRun(starts, queryLength, width);
  const runStart = starts[first]!;
  const runEnd = starts[last]! + queryLength;
  // The rest of the window as context, evenly before and after the run.
  const before = Math.floor(Math.max(0, width - (runEnd - runStart)) / 2);
  const start = Math.max(0, Math.min(runStart - before, length - width));
  const end = Math.min(length, Math.max(runEnd, start + width));
  const pieces: ExcerptPiece[] = [];
  let at = from(start);
  let next = start;
  for (const occurrence of starts.slice(first, last + 1)) {
    if (occurrence < next) continue; // overlaps the previous mark (阿阿 in 阿阿阿)
    pieces.push({ text: oneLine(body.slice(at, from(occurrence))), mark: false }, { text: body.slice(from(occurrence), to(occurrence + queryLength - 1)), mark: true });
    at = to(occurrence + queryLength - 1);
    next = occurrence + queryLength;
  }
  pieces.push({ text: oneLine(body.slice(at, to(end - 1))), mark: false });
  if (start > 0) pieces[0]!.text = `…${pieces[0]!.text}`;
  if (end < length) pieces.at(-1)!.text += '…';
  return pieces.filter((piece) => piece.text);
}

/**
 * The body's first sentence, for an article that holds the query only in its
 * headline block: up to the first 。！？ (with a closing quotation mark), at
 * most `width` characters.
 * @example leadSentence('春日的阳泉，几只黑鹳飞过。“这么蓝的天空！”') // [{ text: '春日的阳泉，几只黑鹳飞过。', mark: false }]
 */
export function leadSentence(body: string, width = EXCERPT_LENGTH): ExcerptPiece[] {
  const chars = [...body.trim()];
  const first = splitSentences(body.trim().split('\n')[0] ?? '')[0];
  const sentence = first && endsSentence(first) ? first : undefined;
  const text = sentence && [...sentence].length <= width ? sentence : `${chars.slice(0, width).join('')}${chars.length > width ? '…' : ''}`;
  return text ? [{ text: oneLine(text), mark: false }] : [];
}

/**
 * A printed line with the query's occurrences marked, matched the way the
 * search matches (normalised, see terms.ts).
 * @example markedLine('PM2.5 浓度', 'pm2.5') // [{ text: 'PM2.5', mark: true }, { text: ' 浓度', mark: false }]
 */
export function markedLine(printed: string, normalized: string): ExcerptPiece[] {
  const offsets = printedOffsets(printed);
  const text = [...normalizeSearchText(printed).toLowerCase()];
  const wanted = [...normalized.toLowerCase()];
  const pieces: ExcerptPiece[] = [];
  let at = 0;
  for (let i = 0; wanted.length > 0 && i + wanted.length <= text.length; i++) {
    if (!wanted.every((ch, k) => text[i + k] === ch)) continue;
    const end = i + wanted.length < offsets.length ? offsets[i + wanted.length]! : printed.length;
    pieces.push({ text: printed.slice(at, offsets[i]), mark: false }, { text: printed.slice(offsets[i], end).trimEnd(), mark: true });
    at = offsets[i]! + pieces.at(-1)!.text.length;
    i += wanted.length - 1;
  }
  pieces.push({ text: printed.slice(at), mark: false });
  return pieces.filter((piece) => piece.text);
}

