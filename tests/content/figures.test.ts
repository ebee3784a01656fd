import { describe, expect, it } from 'vitest';
import { bodyText } from '../../src/text/markdown.ts';
import { findNumbers } from '../../src/text/numbers.ts';
import { splitSentences } from '../../src/text/sentences.ts';
import { canonicalUnit, toCanonical } from '../../src/text/units.ts';
import { loadArticles } from '../helpers/content.ts';

const { articles } = loadArticles();
const all = articles.flatMap((article) => article.data.metrics.map((metric, index) => ({ article, metric, index })));
const find = (slug: string, label: string) => articles.find((a) => a.slug === slug)!.data.metrics.filter((m) => m.label === label);

describe('the seed archive’s figures', () => {
  it('quote each figure as one whole sentence of its body, verbatim', () => {
    expect(all.length).toBeGreaterThan(70);
    for (const { article, metric, index } of all) {
      const sentences = bodyText(article.body).split('\n').flatMap(splitSentences);
      expect(sentences, `${article.slug} metrics[${index}]`).toContain(metric.quote);
    }
  });

  it('print every value in its quote, with a unit the archive can normalise', () => {
    for (const { article, metric, index } of all) {
      const printed = findNumbers(metric.quote).filter((n) => !n.notQuantity).map((n) => n.value);
      expect(printed, `${article.slug} metrics[${index}] ${metric.label}`).toContain(metric.value);
      expect(canonicalUnit(metric.unit), `${article.slug} metrics[${index}] unit ${metric.unit}`).toBeDefined();
    }
  });

  it('apply the comparator rule the same way everywhere: 不高于 <=, 不低于 >=, 超/余 >, 近 ~, 达到 none', () => {
    for (const { article, metric, index } of all) {
      const number = findNumbers(metric.quote).find((n) => !n.notQuantity && n.value === metric.value)!;
      const before = metric.quote.slice(Math.max(0, number.index - 4), number.index).trim();
      const expected = before.endsWith('不高于')
        ? '<='
        : before.endsWith('不低于')
          ? '>='
          : before.endsWith('超') || /^\s*余/u.test(number.after)
            ? '>'
            : before.endsWith('近')
              ? '~'
              : undefined;
      expect(metric.comparator, `${article.slug} metrics[${index}] ${metric.label}: …${before}${number.text}${number.after.slice(0, 3)}`).toBe(expected);
    }
  });

  it('record a change exactly where the text states one (同比下降/增加)', () => {
    for (const { article, metric, index } of all) {
      const number = findNumbers(metric.quote).find((n) => !n.notQuantity && n.value === metric.value)!;
      const before = metric.quote.slice(Math.max(0, number.index - 6), number.index).trim();
      const stated = /同比(下降|增加)$/u.exec(before);
      const expected = stated ? { direction: stated[1] === '下降' ? 'decrease' : 'increase', basis: 'year-on-year' } : undefined;
      expect(metric.change, `${article.slug} metrics[${index}] ${metric.label}`).toEqual(expected);
    }
  });

  it('hold the figures the archive is read for', () => {
    const so2 = find('yangquan-2025-04-22-shouhuyangquan', '二氧化硫排放浓度')[0]!;
    expect([so2.value, so2.unit, so2.comparator, toCanonical(so2.value, so2.unit)]).toEqual([35, '毫克/立方米', '<=', { value: 35, unit: 'mg/m³' }]);
    const pm = find('jincheng-2025-04-22-houzhishengtai', 'PM2.5 浓度')[0]!;
    expect([pm.value, pm.unit, pm.change]).toEqual([6.5, '%', { direction: 'decrease', basis: 'year-on-year' }]);
    const fine = find('jincheng-2025-04-22-tuijinlvse', '罚款')[0]!;
    expect(toCanonical(fine.value, fine.unit)).toEqual({ value: 4_620_000, unit: 'yuan' });
    expect(find('jincheng-2025-04-22-houzhishengtai', '查处环境违法案件')[0]).toMatchObject({ value: 121, unit: '件', period: '2024 年' });
  });

  it('leave articles that state no quantity without figures, and give every other article a headline figure', () => {
    const without = articles.filter((a) => a.data.metrics.length === 0).map((a) => a.slug).sort();
    expect(without).toEqual(['lvliang-2025-04-22-qiangshijianti', 'xinzhou-2025-04-21-jubanweixian']);
    for (const article of articles.filter((a) => a.data.metrics.length > 0)) {
      expect(article.data.metrics.some((m) => m.headline), article.slug).toBe(true);
    }
  });
});
