/**
 * Reflow: an article's OCR lines back into its printed paragraphs and
 * subheadings. Lines of a paragraph are joined with nothing in between (a
 * Chinese line break is not a space); where a paragraph ends is read from the
 * line widths, as a reader of the printed column would see it.
 */
import { CLAUSE_PUNCTUATION, emWidth, endsSentence, type Line } from './lines.ts';

export interface Block {
  kind: 'paragraph' | 'subheading';
  /** The printed text, lines joined. */
  text: string;
  /** The OCR lines it was made from. */
  lines: Line[];
}

/** How many lines either side make the "nearby" column: text wraps around pictures, so the column is local. */
const NEIGHBOURHOOD = 3;
/** An indent is two em; OCR widths wobble by half an em. */
const INDENT = 1.5;

/**
 * The local column width at each line: the widest line nearby.
 * @example localColumns([10, 12, 3]) // [12, 12, 12]
 */
export function localColumns(widths: readonly number[], reach = NEIGHBOURHOOD): number[] {
  return widths.map((_, i) => Math.max(...widths.slice(Math.max(0, i - reach), i + reach + 1)));
}

/**
 * Splits an article's lines into paragraphs and subheadings. A line after a
 * sentence end starts a paragraph when it is indented or the line before it
 * ended short; a short line without punctuation between paragraphs, followed
 * by a paragraph start, is a subheading.
 * @example reflowColumns([{ no: 1, text: '甲乙丙丁戊己庚辛壬癸' }, { no: 2, text: '子丑寅卯。' }, { no: 3, text: '丙丁戊己庚辛壬癸' }]).map((b) => b.text) // ['甲乙丙丁戊己庚辛壬癸子丑寅卯。', '丙丁戊己庚辛壬癸']
 */
export function reflowColumns(lines: readonly Line[]): Block[] {
  const widths = lines.map((line) => emWidth(line.text));
  const columns = localColumns(widths);
  const isShort = (i: number) => widths[i]! <= columns[i]! - INDENT;
  // A paragraph's first line is short by its indent; only if it is shorter
  // still did the paragraph end on it.
  const endedShort = (i: number) => widths[i]! <= columns[i]! - (starts[i] ? INDENT + 2 : INDENT);
  const starts: boolean[] = [];
  const startsParagraph = (i: number): boolean => {
    if (starts[i] === undefined) starts[i] = i === 0 || (endsSentence(lines[i - 1]!.text) && (isShort(i) || endedShort(i - 1)));
    return starts[i]!;
  };
  lines.forEach((_, i) => startsParagraph(i));
  const isSubheading = (i: number) =>
    i > 0 &&
    i < lines.length - 1 &&
    startsParagraph(i) &&
    isShort(i) &&
    !CLAUSE_PUNCTUATION.test(lines[i]!.text) &&
    /\p{Script=Han}.*\p{Script=Han}/u.test(lines[i]!.text) &&
    isShort(i + 1);

  const blocks: Block[] = [];
  let current: Block | undefined;
  lines.forEach((line, i) => {
    if (isSubheading(i)) {
      blocks.push({ kind: 'subheading', text: line.text, lines: [line] });
      // What follows a subheading starts a paragraph.
      current = undefined;
    } else if (current === undefined || startsParagraph(i)) {
      current = { kind: 'paragraph', text: line.text, lines: [line] };
      blocks.push(current);
    } else {
      current.text += line.text;
      current.lines.push(line);
    }
  });
  return blocks;
}
