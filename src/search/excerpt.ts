/**
 * The excerpt a result shows: the passage of the body that holds the most
 * of the query's different words, then where they lie densest, about
 * `EXCERPT_LENGTH` characters of printed text, with every occurrence in it
 * marked. Never the headline, kicker or subtitle,
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

/** Where a query word occurs in the body (index positions from the body's start), and which word it is. */
export interface WordOccurrence {
  start: number;
  length: number;
  /** Tells the query's words apart: occurrences of one word share it. */
  word: number;
}

/**
 * The run of occurrences (indexes into `occurrences`, sorted by start) that
 * fits in `width` characters and holds the most different words, then the
 * most occurrences; the earliest such run.
 * @example bestRun([{ start: 0, length: 2, word: 0 }, { start: 300, length: 2, word: 0 }, { start: 320, length: 2, word: 1 }], 100) // { first: 1, last: 2 }
 */
export function bestRun(occurrences: readonly WordOccurrence[], width: number): { first: number; last: number } {
  let best = { first: 0, last: 0, words: 0, count: 0 };
  const inRun = new Map<number, number>();
  for (let first = 0, last = first; first < occurrences.length; first++) {
    if (last < first) last = first;
    while (last < occurrences.length && occurrences[last]!.start + occurrences[last]!.length <= occurrences[first]!.start + width) {
      inRun.set(occurrences[last]!.word, (inRun.get(occurrences[last]!.word) ?? 0) + 1);
      last++;
    }
    const run = { first, last: Math.max(first, last - 1), words: inRun.size, count: last - first };
    if (run.words > best.words || (run.words === best.words && run.count > best.count)) best = run;
    const word = occurrences[first]!.word;
    if (last > first) {
      if (inRun.get(word) === 1) inRun.delete(word);
      else inRun.set(word, inRun.get(word)! - 1);
    }
  }
  return { first: best.first, last: best.last };
}

/** Paragraph breaks read as spaces in an excerpt. */
const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ');

/**
 * Runs of marked positions from occurrences: overlapping ones (阳泉 and 泉蓝
 * in 阳泉蓝) become one.
 * @example markedSpans([{ start: 0, length: 2 }, { start: 1, length: 2 }, { start: 5, length: 1 }]) // [[0, 3], [5, 6]]
 */
export function markedSpans(occurrences: readonly { start: number; length: number }[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const { start, length } of [...occurrences].sort((a, b) => a.start - b.start)) {
    const last = spans.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], start + length);
    else spans.push([start, start + length]);
  }
  return spans;
}

/**
 * The excerpt of a body around the passage holding the most different query
 * words, then the densest, every occurrence in it marked.
 * @param body the body as printed, paragraphs separated by line breaks
 * @param occurrences where each query word occurs, in index positions from the body's start (spaces not counted)
 * @example bodyExcerpt('春日的阳泉，几只黑鹳从桃河上空飞过', [{ start: 3, length: 2, word: 0 }], 8) // [{ text: '春日的', mark: false }, { text: '阳泉', mark: true }, { text: '，几只…', mark: false }]
 */
export function bodyExcerpt(body: string, occurrences: readonly WordOccurrence[], width = EXCERPT_LENGTH): ExcerptPiece[] {
  const offsets = printedOffsets(body);
  const length = offsets.length;
  // Occurrences past the body lie in a correction's reading, which the printed body does not show.
  const sorted = occurrences.filter((occurrence) => occurrence.start + occurrence.length <= length).sort((a, b) => a.start - b.start || b.length - a.length);
  if (sorted.length === 0) return leadSentence(body, width);
  // Where the printed character at an index position begins and ends.
  const from = (i: number) => offsets[i]!;
  const to = (i: number) => offsets[i]! + (body.codePointAt(offsets[i]!)! > 0xffff ? 2 : 1);
  const { first, last } = bestRun(sorted, width);
  const run = sorted.slice(first, last + 1);
  const runStart = run[0]!.start;
  const runEnd = Math.max(...run.map((occurrence) => occurrence.start + occurrence.length));
  // The rest of the window as context, evenly before and after the run.
  const before = Math.floor(Math.max(0, width - (runEnd - runStart)) / 2);
  const start = Math.max(0, Math.min(runStart - before, length - width));
  const end = Math.min(length, Math.max(runEnd, start + width));
  const pieces: ExcerptPiece[] = [];
  let at = from(start);
  for (const [markStart, markEnd] of markedSpans(sorted.filter((occurrence) => occurrence.start >= start && occurrence.start + occurrence.length <= end))) {
    pieces.push({ text: oneLine(body.slice(at, from(markStart))), mark: false }, { text: body.slice(from(markStart), to(markEnd - 1)), mark: true });
    at = to(markEnd - 1);
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
 * A printed line with every occurrence of the query's words marked, matched
 * the way the search matches (normalised, see terms.ts).
 * @example markedLine('PM2.5 浓度', ['pm2.5']) // [{ text: 'PM2.5', mark: true }, { text: ' 浓度', mark: false }]
 */
export function markedLine(printed: string, words: readonly string[]): ExcerptPiece[] {
  const offsets = printedOffsets(printed);
  const text = [...normalizeSearchText(printed).toLowerCase()];
  const found: { start: number; length: number }[] = [];
  for (const word of words) {
    const wanted = [...word.toLowerCase()];
    for (let i = 0; wanted.length > 0 && i + wanted.length <= text.length; i++) {
      if (wanted.every((ch, k) => text[i + k] === ch)) found.push({ start: i, length: wanted.length });
    }
  }
  const pieces: ExcerptPiece[] = [];
  let at = 0;
  for (const [start, end] of markedSpans(found)) {
    const until = end < offsets.length ? offsets[end]! : printed.length;
    pieces.push({ text: printed.slice(at, offsets[start]), mark: false }, { text: printed.slice(offsets[start], until).trimEnd(), mark: true });
    at = offsets[start]! + pieces.at(-1)!.text.length;
  }
  pieces.push({ text: printed.slice(at), mark: false });
  return pieces.filter((piece) => piece.text);
}
