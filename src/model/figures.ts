/**
 * Figures (metrics) as readers see them: written out in Chinese, anchored to
 * the sentence they come from, and placed in the year they are about.
 */
import type { Metric } from './schema.ts';
import { bodyText } from '../text/markdown.ts';
import { findSentence } from '../text/sentences.ts';

/** How a review item names a quantity the importer could not type: `metrics: 3 家企业关停`. */
export const UNTYPED_FIGURE = 'metrics: ';

const COMPARATOR_WORDS: Record<string, string> = { '<=': '不高于', '>=': '不低于', '<': '低于', '>': '超过', '~': '约' };

/**
 * A figure written out in Chinese, with its comparator and change.
 * @example formatFigure({ value: 6.5, unit: '%', change: { direction: 'decrease', basis: 'year-on-year' } }) // '同比下降 6.5%'
 * @example formatFigure({ value: 35, unit: '毫克/立方米', comparator: '<=' }) // '不高于 35 毫克/立方米'
 */
export function formatFigure(metric: Pick<Metric, 'value' | 'unit' | 'comparator' | 'change'>): string {
  const number = metric.value.toLocaleString('zh-CN', { maximumFractionDigits: 4 });
  const amount = metric.unit === '%' ? `${number}%` : `${number} ${metric.unit}`;
  const change = metric.change
    ? `${metric.change.basis === 'year-on-year' ? '同比' : metric.change.basis === 'period-on-period' ? '环比' : ''}${metric.change.direction === 'decrease' ? '下降' : '增加'} `
    : '';
  const comparator = metric.comparator ? `${COMPARATOR_WORDS[metric.comparator]} ` : '';
  return `${change}${comparator}${amount}`;
}

/**
 * The number of the body sentence a figure quotes (see `sentences.ts`), or
 * undefined when the quote is not one whole sentence of the body.
 * @example quotedSentence('甲。\n\n乙 3 件。', '乙 3 件。') // 2
 */
export function quotedSentence(body: string, quote: string): number | undefined {
  return findSentence(bodyText(body).split('\n'), quote);
}

/**
 * The calendar year a figure is about: the year its period prints, else the
 * year before publication for 去年 (last year), else the publication year.
 * @example referenceYear('2024 年', '2025-04-22') // 2024
 * @example referenceYear('截至去年年底', '2025-04-22') // 2024
 * @example referenceYear(undefined, '2025-04-22') // 2025
 */
export function referenceYear(period: string | undefined, articleDate: string): number {
  const published = Number(articleDate.slice(0, 4));
  const printed = /(?:19|20)\d\d/.exec(period ?? '');
  if (printed) return Number(printed[0]);
  if (period?.includes('去年')) return published - 1;
  if (period?.includes('前年')) return published - 2;
  return published;
}

/**
 * The signed value of a figure: a decrease is negative, so changes can be charted on one axis.
 * @example signedValue({ value: 6.5, change: { direction: 'decrease' } }) // -6.5
 * @example signedValue({ value: 11 }) // 11
 */
export function signedValue(metric: Pick<Metric, 'value' | 'change'>): number {
  return metric.change?.direction === 'decrease' ? -metric.value : metric.value;
}
