/**
 * Figures (metrics) as readers see them.
 */
import type { Metric } from './schema.ts';

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
