/**
 * The evidence an editor needs to check what the importer proposed: the
 * lines of the OCR page an article came from, its dateline and its kicker.
 * The page lines are those the entry records (`source.lines`, ranges of
 * 1-based lines) when it does; otherwise they are found by looking the
 * printed text up in the page, blind to the line breaks and spaces OCR put
 * into it. Pure.
 */
import { readDateline } from '../text/dateline.ts';
import { splitSentences } from '../text/sentences.ts';

/** Lines of a source page, numbered from 1. */
export interface SourceLine {
  no: number;
  text: string;
}

/** Where the lines shown come from: the entry's own record, or a search for a text in the page. */
export type LinesFrom = 'source.lines' | 'located' | 'not found';

/** The most lines shown for one piece of evidence: enough for a headline or a sentence across a column. */
export const MAX_LINES = 8;

/**
 * The dateline a body opens with: 科学导报讯 and the date printed after it, if any.
 * @example datelineOf('科学导报讯 4 月 18 日，长治市生态环境局开展培训。') // '科学导报讯 4 月 18 日'
 * @example datelineOf('科学导报讯 为开展培训，4 月 21 日，……') // '科学导报讯'
 */
export function datelineOf(text: string): string | undefined {
  return readDateline(text)?.text;
}

/**
 * The first and last sentences of a body's printed text (blocks one a line).
 * @example edgeSentences('甲。乙。\n丙。') // { first: '甲。', last: '丙。' }
 */
export function edgeSentences(text: string): { first: string; last: string } {
  const sentences = text.split('\n').flatMap(splitSentences);
  return { first: sentences[0] ?? '', last: sentences.at(-1) ?? '' };
}

/**
 * The lines of a page that print `text`, found with white space ignored on
 * both sides (OCR breaks lines inside words and puts spaces around numbers).
 * A text not printed in one run is looked up by its first characters.
 * @example locateLines('第一行文\n字在这里。\n', '文字在') // { first: 1, last: 2 }
 */
export function locateLines(page: string, text: string): { first: number; last: number } | undefined {
  const ink: string[] = [];
  const lineOf: number[] = [];
  page.split('\n').forEach((line, index) => {
    for (const ch of line) {
      if (/\s/u.test(ch)) continue;
      ink.push(ch);
      lineOf.push(index + 1);
    }
  });
  const flat = ink.join('');
  // Lookups are by UTF-16 offsets of the joined text; map them back to characters.
  const charIndex: number[] = [];
  ink.forEach((ch, i) => {
    for (let k = 0; k < ch.length; k++) charIndex.push(i);
  });
  const wanted = text.replace(/\s+/gu, '');
  for (const probe of [wanted, wanted.slice(0, 12)]) {
    if (probe === '') continue;
    const at = flat.indexOf(probe);
    if (at >= 0) return { first: lineOf[charIndex[at]!]!, last: lineOf[charIndex[at + probe.length - 1]!]! };
  }
  return undefined;
}

/**
 * The lines of a page between two line numbers (inclusive), at most
 * MAX_LINES of them, blank lines left out.
 * @example pageLines('a\n\nb\nc\n', 1, 3) // [{ no: 1, text: 'a' }, { no: 3, text: 'b' }]
 */
export function pageLines(page: string, first: number, last: number): SourceLine[] {
  return page
    .split('\n')
    .slice(first - 1, last)
    .map((text, i) => ({ no: first + i, text: text.trimEnd() }))
    .filter((line) => line.text.trim() !== '')
    .slice(0, MAX_LINES);
}

/**
 * The page lines to show for an item: the lines printing `text` when the
 * entry records them in its ranges (or records none), else the first lines
 * of its ranges.
 */
export function evidenceLines(
  page: string | undefined,
  recorded: readonly (readonly [number, number])[] | undefined,
  text: string,
): { from: LinesFrom; lines: SourceLine[] } {
  if (page === undefined) return { from: 'not found', lines: [] };
  const found = locateLines(page, text);
  if (recorded && recorded.length > 0) {
    const inRecord = found && recorded.some(([first, last]) => first <= found.first && found.last <= last);
    const ranges = inRecord ? [[found.first, found.last] as const] : recorded;
    return { from: 'source.lines', lines: ranges.flatMap(([first, last]) => pageLines(page, first, last)).slice(0, MAX_LINES) };
  }
  return found ? { from: 'located', lines: pageLines(page, found.first, found.last) } : { from: 'not found', lines: [] };
}
