/**
 * Photo captions as the paper prints them: 图为… and the photographer's
 * credit, `图为复垦后的排土场。 本报记者 高建伟 摄`, the credit on the
 * caption's last line or the next, in parentheses or not
 * (`（通讯员 李浩 摄）`). A caption may stand inside a body: the body goes
 * on after it.
 */
import type { Line } from '../page/lines.ts';
import { CREDITS_PATTERN, parseCredits } from '../text/credits.ts';

export interface Caption {
  /** The caption's text, line by line (the last line without its credit). */
  caption: Line[];
  /** The credit as printed, line by line. */
  credit: Line[];
  /** How many page lines it takes. */
  length: number;
}

const CREDIT = new RegExp(String.raw`[（(]?[ \t\u3000]*(${CREDITS_PATTERN})[ \t\u3000]*摄[ \t\u3000]*[）)]?$`, 'u');
/** A caption is a sentence or two: at most this many lines. */
const MAX_LINES = 4;

/**
 * The caption starting at `start` (a line that opens with 图为), up to and
 * including its credit; undefined when no credited caption starts there.
 * @example readCaption([{ no: 3, text: '图为复垦后的排土场。 本报记者 高建伟 摄' }], 0)?.credit // [{ no: 3, text: '本报记者 高建伟 摄' }]
 */
export function readCaption(lines: readonly Line[], start: number): Caption | undefined {
  if (!/^图为/u.test(lines[start]?.text ?? '')) return undefined;
  for (let k = start; k < Math.min(lines.length, start + MAX_LINES); k++) {
    const line = lines[k]!;
    const credit = CREDIT.exec(line.text);
    if (!credit || !parseCredits(credit[1]!)) continue;
    const before = line.text.slice(0, credit.index).trimEnd();
    // A credit needs its caption to end first: 摄 inside a sentence is a verb.
    if (before !== '' && !/[。！？）)”]$/u.test(before)) continue;
    const caption = [...lines.slice(start, k), ...(before ? [{ no: line.no, text: before }] : [])];
    return { caption, credit: [{ no: line.no, text: line.text.slice(credit.index).trim() }], length: k - start + 1 };
  }
  return undefined;
}

/**
 * The photographers a credit names: `本报记者 高建伟 摄` → 高建伟.
 * @example photographers('（通讯员 李浩 摄）') // ['李浩']
 * @example photographers('图片由太原市生态环境局提供') // undefined
 */
export function photographers(credit: string): string[] | undefined {
  const match = CREDIT.exec(credit);
  return match ? parseCredits(match[1]!)?.map((c) => c.name) : undefined;
}
