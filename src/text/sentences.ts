/**
 * Sentences of a body, the unit a figure is quoted and anchored by. A sentence
 * ends at 。！？ (with any closing quotation marks or brackets printed right
 * after it) or at the end of its block (paragraph or heading); `；` and `，`
 * do not end one. Sentences are numbered through the whole body from 1, so
 * `sentence-12` names the same text on the page, in the data and in a citation.
 */

/** What ends a sentence: the full stops, and the closing marks printed right after one. The one home of this rule. */
const ENDS = '。！？!?';
const CLOSERS = '”’」』）)\\]';
const SENTENCE = new RegExp(`[^${ENDS}]*(?:[${ENDS}]+[${CLOSERS}]*|$)`, 'gu');
const ENDING = new RegExp(`[${ENDS}][${CLOSERS}]*$`, 'u');

/**
 * Whether a text closes a sentence: 。！？ optionally followed by closing quotes.
 * @example endsSentence('完成。”') // true
 * @example endsSentence('完成，') // false
 */
export function endsSentence(text: string): boolean {
  return ENDING.test(text);
}

/**
 * The sentences of one block, as printed, without surrounding blanks.
 * @example splitSentences('他说：“好。”我们走吧！还有') // ['他说：“好。”', '我们走吧！', '还有']
 */
export function splitSentences(block: string): string[] {
  return sentenceRanges(block).map(({ text }) => text);
}

/**
 * The sentences of one block with where each starts and ends in it, blanks around them excluded.
 * @example sentenceRanges('甲。 乙') // [{ text: '甲。', start: 0, end: 2 }, { text: '乙', start: 3, end: 4 }]
 */
export function sentenceRanges(block: string): { text: string; start: number; end: number }[] {
  const ranges: { text: string; start: number; end: number }[] = [];
  for (const match of block.matchAll(SENTENCE)) {
    const text = match[0].trim();
    if (text === '') continue;
    const start = match.index + match[0].indexOf(text);
    ranges.push({ text, start, end: start + text.length });
  }
  return ranges;
}

/**
 * The sentences of a body's blocks (as `bodyText` gives them, one block a line), numbered from 1.
 * @example numberSentences(['甲。乙。', '丙']) // [{ n: 1, text: '甲。', block: 0 }, { n: 2, text: '乙。', block: 0 }, { n: 3, text: '丙', block: 1 }]
 */
export function numberSentences(blocks: readonly string[]): { n: number; text: string; block: number }[] {
  let n = 0;
  return blocks.flatMap((block, index) => splitSentences(block).map((text) => ({ n: ++n, text, block: index })));
}

/**
 * The anchor id of the n-th sentence.
 * @example sentenceId(12) // 'sentence-12'
 */
export function sentenceId(n: number): string {
  return `sentence-${n}`;
}

/**
 * The number of the first sentence that is exactly `quote`, if any.
 * @example findSentence(['甲。乙。'], '乙。') // 2
 */
export function findSentence(blocks: readonly string[], quote: string): number | undefined {
  return numberSentences(blocks).find((sentence) => sentence.text === quote)?.n;
}
