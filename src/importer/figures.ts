/**
 * The figures an article prints, proposed as typed metrics for an editor to
 * confirm: a number with its unit (only units the site knows, `units.ts`),
 * comparator (不高于 35 毫克/立方米 → `<=`) or change (同比下降 6.5% →
 * decrease, year-on-year), a label from the words before it, and the sentence
 * it stands in as the quote. Every other quantity the text prints is returned
 * as untyped, for review, so that no figure is dropped silently.
 */
import type { Metric } from '../model/schema.ts';
import { findNumbers, shownNumber } from '../text/numbers.ts';
import { splitSentences } from '../text/sentences.ts';
import { canonicalUnit, printedUnits } from '../text/units.ts';

/** A quantity printed in a sentence that the importer could not type as a metric. */
export interface UntypedFigure {
  /** The number and the words after it, as printed: `3 家企业关停`. */
  printed: string;
  /** The sentence it stands in. */
  quote: string;
}

export interface FigureProposals {
  metrics: Metric[];
  untyped: UntypedFigure[];
}

const FIGURE = new RegExp(
  String.raw`(不高于|不超过|不低于|低于|超过|超|逾|近|约|大约|至少)?\s*(\d+(?:\.\d+)?)\s*(余|多)?\s*(${printedUnits().join('|')})`,
  'dgu',
);
const CHANGE = /(同比|环比)?(下降|减少|降低|增加|增长|上升|提高)\s*$/u;
const COMPARATORS: Record<string, Metric['comparator']> = {
  不高于: '<=',
  不超过: '<=',
  不低于: '>=',
  低于: '<',
  超过: '>',
  超: '>',
  逾: '>',
  近: '~',
  约: '~',
  大约: '~',
  至少: '>=',
};
/** A qualifier printed after the unit, closing its clause: 90%以上, 3 万吨左右. */
const TRAILING_COMPARATOR = /^\s*(以上|以下|以内|左右)(?=[，。；、：！？,;:）)]|$)/u;
const TRAILING: Record<string, Metric['comparator']> = { 以上: '>=', 以下: '<=', 以内: '<=', 左右: '~' };
/** After the unit: a date (2025 年 5 月) or a threshold naming a category (40 吨以下燃煤锅炉), neither of them a figure. */
const NOT_A_FIGURE_AFTER = /^(?:年|月|日|及?以下|及?以上|以内)/u;
/** Words that open a clause but are no part of what is measured: 共 121 件, 其中, 均, 已. */
const LABEL_OPENING = /^(?:共|其中|均|已|达到?|为)/u;
/** Words that close a clause before its number but are no part of what is measured: 达到, 为, 力争 (a target). */
const LABEL_CLOSING = /(?:达到|达|为|是|力争|争取)$/u;

/**
 * Figure proposals of an article's paragraphs: the metrics it can type, and
 * every other quantity printed, untyped.
 * @example proposeFigures(['全市新增造林 1.2 万亩，打好“七场硬仗”。']).untyped // [{ printed: '七场硬仗”', quote: '全市新增造林 1.2 万亩，打好“七场硬仗”。' }]
 */
export function proposeFigures(paragraphs: readonly string[]): FigureProposals {
  const proposals: FigureProposals = { metrics: [], untyped: [] };
  // Sentences as the site cuts them, so that a quote is a sentence the article page can anchor.
  const reportPeriod = reportYear(paragraphs.join(''));
  for (const sentence of paragraphs.flatMap(splitSentences)) {
    const { metrics, settled } = typedFigures(sentence, reportPeriod);
    proposals.metrics.push(...metrics);
    for (const number of findNumbers(sentence)) {
      if (!number.notQuantity && !settled.has(number.index)) proposals.untyped.push({ printed: shownNumber(number), quote: sentence });
    }
  }
  return proposals;
}

/** The metrics of one sentence, and where the numbers stand that are settled: typed, or no figure by their form. */
function typedFigures(sentence: string, reportPeriod: string | undefined): { metrics: Metric[]; settled: Set<number> } {
  // The period the sentence names, else the report's: the same for every figure of the sentence.
  const period = periodOf(sentence) ?? reportPeriod;
  const metrics: Metric[] = [];
  const settled = new Set<number>();
  for (const match of sentence.matchAll(FIGURE)) {
    const figure = readFigure(sentence, match, metrics.at(-1), period);
    if (figure === 'untyped') continue;
    settled.add(match.indices![2]![0]);
    if (figure !== 'no figure') metrics.push(figure);
  }
  return { metrics, settled };
}

/**
 * One number with a unit: a metric; `no figure` for a date or a threshold;
 * `untyped` for a count or duration stated without a comparator, a change or
 * a magnitude (a sentence mentions 3 家单位 in passing far more often than it
 * reports them), or one with no words to label it.
 */
function readFigure(sentence: string, match: RegExpExecArray, previous: Metric | undefined, period: string | undefined): Metric | 'no figure' | 'untyped' {
  const [whole, comparatorWord, number, approx, unit] = match as unknown as [string, string | undefined, string, string | undefined, string];
  const before = sentence.slice(0, match.index);
  const rest = sentence.slice(match.index + whole.length);
  // Digits before: the number is the tail of another one, which the number reader reports.
  if (/[\d.]$/u.test(before)) return 'untyped';
  // 第 3 批, 3 号: an ordinal or a name, no quantity.
  if (/第\s*$/u.test(before)) return 'no figure';
  // 2021 年: a year, not a duration.
  if (unit === '年' && /^\d{4}$/u.test(number)) return 'no figure';
  const trailing = TRAILING_COMPARATOR.exec(rest);
  if (!trailing && NOT_A_FIGURE_AFTER.test(rest)) return 'no figure';
  const change = CHANGE.exec(before);
  const comparator = comparatorWord ? COMPARATORS[comparatorWord] : approx ? '>' : trailing ? TRAILING[trailing[1]!] : undefined;
  const label = figureLabel(change ? before.slice(0, change.index) : before, rest, change ? previous : undefined, isCount(unit));
  if (!label) return 'untyped';
  return {
    label,
    value: Number(number),
    unit,
    ...(comparator ? { comparator } : {}),
    ...(period ? { period } : {}),
    ...(change
      ? {
          change: {
            direction: /下降|减少|降低/u.test(change[2]!) ? 'decrease' : 'increase',
            ...(change[1] ? { basis: change[1] === '同比' ? 'year-on-year' : 'period-on-period' } : {}),
          },
        }
      : {}),
    quote: sentence,
  } as Metric;
}

const isCount = (unit: string) => canonicalUnit(unit)?.quantity === 'count';

/** The periods a sentence opens a figure with: 2024 年, 1—5 月, 截至 5 月底, 今年以来. */
const PERIOD =
  /(截至\s*(?:\d{4}\s*年\s*)?(?:\d{1,2}\s*月(?:\s*\d{1,2}\s*日|底)?|年底|目前)|\d{4}\s*年(?:\s*\d{1,2}\s*[—–-]\s*\d{1,2}\s*月)?(?:以来)?|(?:今年)?\d{1,2}\s*[—–-]\s*\d{1,2}\s*月|今年以来|今年上半年|去年|上半年|一季度|今年)/u;

/**
 * The period a sentence states for its figures, as printed, or undefined.
 * @example periodOf('2024 年，全省优良天数比率为 75.2%。') // '2024 年'
 * @example periodOf('截至 5 月底，全市已完成 312 个。') // '截至 5 月底'
 */
export function periodOf(sentence: string): string | undefined {
  return PERIOD.exec(sentence)?.[1]?.trim();
}

/**
 * The year of the report an article quotes (《2024 年山西省生态环境状况公报》):
 * the period of its figures where their sentence names none.
 * @example reportYear('《2024 年山西省生态环境状况公报》显示，') // '2024 年'
 */
export function reportYear(text: string): string | undefined {
  return /《(\d{4}\s*年)[^》]{0,30}(?:公报|报告|年报|白皮书)》/u.exec(text)?.[1];
}

/**
 * What a figure measures: the words of its clause before it, else the words
 * after it (60 余家危废产生单位…). A change printed after a level in a clause
 * of its own (78 微克/立方米，同比下降 5.2%) is a change of that level.
 * @example figureLabel('全市优良天数比例达到', '。', undefined) // '全市优良天数比例'
 */
export function figureLabel(before: string, rest: string, changeOf: Metric | undefined, counted = false): string | undefined {
  const clause = before
    .split(/[，；、：,;:（(]/u)
    .at(-1)!
    .replace(LABEL_OPENING, '');
  const after = rest.split(/[，。；、：！？,;:]/u)[0] ?? '';
  const hasWords = (text: string) => /\p{Script=Han}.*\p{Script=Han}/u.test(text);
  // A count names what it counts after its measure word: 淘汰 2 台燃煤锅炉.
  if (counted && hasWords(clause) && hasWords(after)) return trimLabel(`${clause.trim()}${after.trim()}`);
  const words = hasWords(clause) ? clause : changeOf && clause.trim() === '' ? changeOf.label : after;
  return trimLabel(words);
}

/** A label without the verbs that close a clause before its number, at most 24 characters. */
function trimLabel(words: string): string | undefined {
  const label = words.trim().replace(LABEL_CLOSING, '').trim().slice(0, 24);
  return /\p{Script=Han}/u.test(label) ? label : undefined;
}
