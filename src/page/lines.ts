/**
 * The page as OCR lines, and how wide each line was in print. Widths are in
 * em, the width of one Chinese character: the printed column is a whole
 * number of em wide, so a line's width shows whether it was indented or ended
 * early.
 */
import { endsSentence } from '../text/sentences.ts';

export { endsSentence };

export interface Line {
  /** 1-based line number in the page file. */
  no: number;
  /** The line without its leading and trailing whitespace. */
  text: string;
}

/**
 * The non-blank lines of a page, trimmed; blank OCR lines carry no meaning.
 * @example pageLines(' 甲\n\n乙 ') // [{ no: 1, text: '甲' }, { no: 3, text: '乙' }]
 */
export function pageLines(text: string): Line[] {
  const lines: Line[] = [];
  text.split('\n').forEach((raw, index) => {
    const trimmed = raw.trim();
    if (trimmed !== '') lines.push({ no: index + 1, text: trimmed });
  });
  return lines;
}

// Quotes and the middle dot are set half-width in the paper's Chinese fonts.
const HALF_WIDTH = new Set(['“', '”', '‘', '’', '·']);

/**
 * Printed width of a text in em: Chinese characters and full-width
 * punctuation 1, quotes, middle dot and ASCII ½, a space ¼.
 * @example emWidth('2024 年') // 3.25
 */
export function emWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    if (ch === ' ') width += 0.25;
    else if (HALF_WIDTH.has(ch) || ch.codePointAt(0)! < 0x80) width += 0.5;
    else width += 1;
  }
  return width;
}

/** Punctuation inside or at the end of a clause: a line holding any is running text, not a headline or subheading. */
export const CLAUSE_PUNCTUATION = /[，。；：、！？,;:!?]/u;

/** The text of consecutive lines as printed: the OCR broke it at the column's width, nothing between. */
export function textOf(lines: readonly Line[]): string {
  return lines.map((line) => line.text).join('');
}

/** Lines as pieces of the page, each with its line number. */
export function piecesOf(lines: readonly Line[]): { line: number; text: string }[] {
  return lines.map((line) => ({ line: line.no, text: line.text }));
}
