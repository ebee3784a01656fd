/**
 * Provenance: which lines of its page file an article was taken from, and
 * whether those lines still hold its body. An article records them as
 * `source.lines` ranges; the content check reads the ranges back, reflows
 * their lines as the importer does and finds the body in them, so an edited
 * body or a wrong range is noticed.
 */
import { type Line } from './lines.ts';
import { reflowColumns } from './reflow.ts';
import { ink } from '../text/ink.ts';

/** `[first, last]`, 1-based and inclusive. */
export type LineRange = [number, number];

/**
 * Line numbers as ranges, in order. Two lines are in one range when only
 * blank lines (lines that are not in `printed`) lie between them.
 * @example lineRanges([3, 1, 2, 7, 9], new Set([1, 2, 3, 5, 7, 9])) // [[1, 3], [7, 9]]
 */
export function lineRanges(numbers: Iterable<number>, printed: ReadonlySet<number>): LineRange[] {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const ranges: LineRange[] = [];
  for (const line of sorted) {
    const last = ranges.at(-1);
    if (last && !hasPrintedLineBetween(last[1], line, printed)) last[1] = line;
    else ranges.push([line, line]);
  }
  return ranges;
}

function hasPrintedLineBetween(after: number, before: number, printed: ReadonlySet<number>): boolean {
  for (let line = after + 1; line < before; line++) if (printed.has(line)) return true;
  return false;
}

/**
 * Every line of a page file as a reader counts them, blank ones included: a
 * final line end ends the last line, it does not start another.
 * @example fileLines('甲\n\n乙\n') // ['甲', '', '乙']
 */
export function fileLines(text: string): string[] {
  const lines = text.split('\n');
  if (text.endsWith('\n')) lines.pop();
  return lines;
}

/**
 * The page's printed lines that lie in the ranges.
 * @example linesIn([{ no: 1, text: '甲' }, { no: 5, text: '乙' }], [[2, 5]]) // [{ no: 5, text: '乙' }]
 */
export function linesIn(page: readonly Line[], ranges: readonly LineRange[]): Line[] {
  return page.filter((line) => ranges.some(([first, last]) => line.no >= first && line.no <= last));
}

/**
 * The text of lines as the importer makes a body of them (reflowed into
 * paragraphs, lines joined with nothing), without whitespace, and where in
 * it each line ends.
 * @example heldText([{ no: 1, text: '甲乙' }, { no: 2, text: '丙 丁。' }]) // { text: '甲乙丙丁。', lineEnds: [2, 5] }
 */
export function heldText(lines: readonly Line[]): { text: string; lineEnds: number[] } {
  let text = '';
  const lineEnds: number[] = [];
  for (const block of reflowColumns(lines)) {
    for (const line of block.lines) {
      text += ink(line.text);
      lineEnds.push(text.length);
    }
  }
  return { text, lineEnds };
}

export interface Coverage {
  /** Characters of the body (whitespace aside). */
  total: number;
  /** Of those, how many the lines hold, in order. */
  held: number;
  /** The runs of the body the lines do not hold, in order. */
  missing: string[];
}

/** A run this long identifies a place in a page's text. */
const PROBE = 8;

/**
 * How much of a body its lines hold, in order. The body is walked through,
 * each stretch found in the lines' text at or after the end of the last one
 * (the lines may hold more: headlines, bylines, captions between its
 * paragraphs). A stretch is found by its next eight characters, or, where
 * other lines interrupt the body sooner, by fewer that end a line. Characters
 * are UTF-16 units.
 * @example bodyCoverage('甲乙丙丁', [{ no: 1, text: '标题' }, { no: 2, text: '甲乙丙丁' }]).held // 4
 * @example bodyCoverage('甲乙丙丁', [{ no: 1, text: '甲乙' }]).missing // ['丙丁']
 */
export function bodyCoverage(body: string, lines: readonly Line[]): Coverage {
  const text = ink(body);
  const held = heldText(lines);
  const missing: string[] = [];
  let matched = 0;
  let cursor = 0;
  let i = 0;
  let run = '';
  while (i < text.length) {
    const found = findStretch(text, i, held, cursor);
    if (found < 0) {
      run += text[i];
      i++;
      continue;
    }
    if (run) missing.push(run);
    run = '';
    let length = 0;
    while (i + length < text.length && text[i + length] === held.text[found + length]) length++;
    matched += length;
    i += length;
    cursor = found + length;
  }
  if (run) missing.push(run);
  return { total: text.length, held: matched, missing };
}

/**
 * Where the body's stretch from `i` is in the held text, at or after `cursor`,
 * or -1. The earliest place wins: the body's true place is always among the
 * candidates, so taking the earliest never passes it, whereas a short probe
 * that happens to end a later line would skip the body's text before it.
 */
function findStretch(text: string, i: number, held: { text: string; lineEnds: readonly number[] }, cursor: number): number {
  let earliest = held.text.indexOf(text.slice(i, i + PROBE), cursor);
  for (let length = Math.min(PROBE, text.length - i) - 1; length >= 1; length--) {
    const probe = text.slice(i, i + length);
    const end = held.lineEnds.find((lineEnd) => lineEnd - length >= cursor && held.text.startsWith(probe, lineEnd - length));
    if (end !== undefined && (earliest < 0 || end - length < earliest)) earliest = end - length;
  }
  return earliest;
}

/** Lines shorter than this are headline phrases or stubs that may recur anywhere. */
const MIN_TELLING_LINE = 10;

/**
 * Held lines that belong to another article's body: long enough to tell,
 * printed in the other body and nowhere in this article's own text.
 * @example foreignLines([{ no: 9, text: '乙文的一行正文足够长可以辨认。' }], '甲文', ['乙文的一行正文足够长可以辨认。']) // [{ line: 9, other: 0 }]
 */
export function foreignLines(held: readonly Line[], own: string, others: readonly string[]): { line: number; other: number }[] {
  const ownInk = ink(own);
  const othersInk = others.map(ink);
  const found: { line: number; other: number }[] = [];
  for (const line of held) {
    const text = ink(line.text);
    if (text.length < MIN_TELLING_LINE || ownInk.includes(text)) continue;
    const other = othersInk.findIndex((body) => body.includes(text));
    if (other >= 0) found.push({ line: line.no, other });
  }
  return found;
}
