/**
 * Numbers as they are printed in a body: Arabic digits (`121`, `120.48`,
 * `99.96`) and Chinese numerals used as quantities (`七场`, `三大`, `千人`).
 * The figure-coverage check reads every body with these, so what counts as a
 * number is decided here, once.
 *
 * Some numbers are recognised by their form as not being quantities, and are
 * returned with the reason (`notQuantity`) instead of being dropped, so a
 * reader of the check can see why:
 * - dates: `2024 年`, `2025 年度`, `4 月 18 日`, `5 月`;
 * - ordinals: `第二`, `第 3`;
 * - digits that are part of a name written in Latin letters: `PM2.5`;
 * - a lone 一 before a measure word (一幅画卷, 一批, 一辆辆, 一个传统古村落):
 *   Chinese uses it as the indefinite article; a printed count of one is
 *   written `1 个` in this newspaper.
 */
import { canonicalUnit, knownUnits } from './units.ts';

export interface PrintedNumber {
  /** The number as printed, e.g. `120.48`, `七`. */
  text: string;
  /** Its value; undefined for juxtaposed numerals that give a range (四五天). */
  value: number | undefined;
  /** Offset in the text. */
  index: number;
  /** What follows the number, up to the next punctuation (its unit and what it counts). */
  after: string;
  /** Why this is not a quantity, if it is recognisably not one. */
  notQuantity?: 'date' | 'ordinal' | 'name' | 'indefinite article' | 'contact';
}

const CHINESE_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CHINESE_POWERS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const CHINESE_GROUPS: Record<string, number> = { 万: 10_000, 亿: 100_000_000 };

/**
 * Words after which a Chinese numeral is a number but that are no unit of a
 * figure: 三大工程 names a programme by its parts, and 倍 is a multiple, not a
 * quantity with a unit.
 */
const NUMERAL_WORDS = ['大', '倍'];
/** Units and measure words after which a Chinese numeral counts or measures something (units.ts lists them). */
const MEASURE_WORDS = [...knownUnits(), ...NUMERAL_WORDS].join('|');
/** Units of measurement, unlike mere measure words, make even 一 a quantity: `一微克`, `一天`. */
const MEASURES = knownUnits().filter((unit) => canonicalUnit(unit)?.quantity !== 'count');
const UNIT_OF_MEASUREMENT = new RegExp(`^(?:${[...MEASURES, '倍'].join('|')})`, 'u');

const CHINESE_NUMERAL = `[〇零一二两三四五六七八九十百千万亿]+`;
/** Units whose name opens with a numeral (千米, 千克): that numeral is no number of its own. */
const NUMERAL_UNIT = new RegExp(
  `^(?:${knownUnits()
    .filter((unit) => new RegExp(`^${CHINESE_NUMERAL}`, 'u').test(unit))
    .join('|')})`,
  'u',
);
const ARABIC_NUMBER = String.raw`\d+(?:\.\d+)?`;
// A 万/亿 right after Arabic digits is the magnitude of that number (63 万吨), part of its unit.
const NUMBER = new RegExp(`(${ARABIC_NUMBER})|(?<!\\d\\s*)(${CHINESE_NUMERAL})(?=${MEASURE_WORDS})`, 'gu');

/**
 * The value of a Chinese numeral; undefined when the numerals are juxtaposed
 * to give a range (`四五` = four or five).
 * @example parseChineseNumeral('一百二十') // 120
 * @example parseChineseNumeral('千') // 1000
 * @example parseChineseNumeral('一百零五') // 105
 * @example parseChineseNumeral('四五') // undefined
 */
export function parseChineseNumeral(numeral: string): number | undefined {
  let total = 0;
  let group = 0;
  let digit: number | undefined;
  for (const ch of numeral) {
    // 零 after a power holds an empty place (一百零五), it is no digit.
    if ((ch === '零' || ch === '〇') && digit === undefined && group + total > 0) continue;
    if (ch in CHINESE_DIGITS) {
      if (digit !== undefined) return undefined;
      digit = CHINESE_DIGITS[ch];
    } else if (ch in CHINESE_POWERS) {
      group += (digit ?? 1) * CHINESE_POWERS[ch]!;
      digit = undefined;
    } else {
      total = (total + group + (digit ?? 0) || 1) * CHINESE_GROUPS[ch]!;
      group = 0;
      digit = undefined;
    }
  }
  return total + group + (digit ?? 0);
}

const DATE_AFTER = /^\s*(?:年|月\s*\d{1,2}\s*日|月(?!\s*\d))/u;
/** A telephone number (0351-7654321, 13812345678, the hotline 12369) or a postcode: digits to dial, no quantity. */
const CONTACT = /(?:电话|热线|手机|传真|邮编|拨打)[：:]?\s*(?:[\d-]+\s*)*$/u;
/** A document number, 晋环发〔2025〕12 号: a name. */
const DOCUMENT_NUMBER = { before: /〔\s*$|〕\s*$/u, after: /^\s*〕|^\s*号/u };
/**
 * A numeral opening a place name: 五台县, 万家寨镇 (a numeral and a measure
 * word, then the place's own word), no quantity.
 */
const PLACE_AFTER = /^\p{Script=Han}?[县镇乡寨庄堡屯峪湾]/u;
const DAY_AFTER_MONTH = /月\s*$/u;

/**
 * Every number printed in `text`, in order.
 * @example findNumbers('2024 年，共查处案件 121 件').map((n) => [n.text, n.notQuantity]) // [['2024', 'date'], ['121', undefined]]
 * @example findNumbers('集中精力打好“七场硬仗”')[0]?.value // 7
 * @example findNumbers('5 平方千米').map((n) => n.text) // ['5']
 */
export function findNumbers(text: string): PrintedNumber[] {
  const numbers: PrintedNumber[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const [printed, arabic] = match;
    const index = match.index;
    if (!arabic && NUMERAL_UNIT.test(text.slice(index))) continue;
    const before = text.slice(0, index);
    const rest = text.slice(index + printed.length);
    const after = /^[^，。；！？、：,;]*/u.exec(rest)![0];
    const number: PrintedNumber = {
      text: printed,
      value: arabic ? Number(arabic) : parseChineseNumeral(printed),
      index,
      after,
    };
    const notQuantity = arabic
      ? /[A-Za-z]$/.test(before) || (DOCUMENT_NUMBER.before.test(before) && DOCUMENT_NUMBER.after.test(rest)) || /〕\s*$/u.test(before)
        ? 'name'
        : CONTACT.test(before) || /^\s*-\s*\d/u.test(rest) || /\d\s*-\s*$/u.test(before) || /^1[3-9]\d{9}$/u.test(arabic)
          ? 'contact'
          : DATE_AFTER.test(rest) || (/^\s*日/u.test(rest) && DAY_AFTER_MONTH.test(before))
            ? 'date'
            : /第\s*$/u.test(before)
              ? 'ordinal'
              : undefined
      : /第$/u.test(before)
        ? 'ordinal'
        : PLACE_AFTER.test(rest.slice(1))
          ? 'name'
          : printed === '一' && !UNIT_OF_MEASUREMENT.test(rest)
            ? 'indefinite article'
            : undefined;
    if (notQuantity) number.notQuantity = notQuantity;
    numbers.push(number);
  }
  return numbers;
}

/**
 * A number with the first words after it, as a message shows it to a reader
 * who must find it in the text.
 * @example shownNumber(findNumbers('完成3 家企业关停，')[0]!) // '3 家企业关停'
 */
export function shownNumber(number: PrintedNumber): string {
  return `${number.text}${number.after.slice(0, 8)}`;
}
