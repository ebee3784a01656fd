/**
 * The trend chart above the results (`#search-trend`): one bar per year or
 * month (src/search/trend.ts), each a link that narrows the search to its
 * period, carrying `data-period` and `data-count`. Its text alternative is
 * the one the /data/ charts have: a caption that says what is counted, each
 * bar's accessible name, and the counts again as a table.
 */
import { periodLabel, type Trend } from '../trend.ts';

/** An element with properties and children; text is always set as text. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

/** A bar's short label: the year, or the month (with its year for January and the first bar). */
function shortLabel(period: string, first: boolean): string {
  const [year, month] = period.split('-');
  if (!month) return year!;
  return first || month === '01' ? `${year}.${Number(month)}` : `${Number(month)}月`;
}

/**
 * Draws a trend into `figure`.
 * @param href the address of the search narrowed to a period
 */
export function renderTrend(figure: HTMLElement, trend: Trend, total: number, href: (period: string) => string): void {
  const most = Math.max(1, ...trend.bars.map((bar) => bar.count));
  const peak = trend.bars.find((bar) => bar.count === most);
  const unit = trend.unit === 'year' ? '年' : '月';
  const caption = el('figcaption', { id: 'search-trend-caption' }, `各${unit}篇数：共 ${total} 篇${peak ? `，最多的是${periodLabel(peak.period)}（${peak.count} 篇）` : ''}。点击柱条只看该时期。`);
  const bars = el('ol', { className: 'trend-bars' });
  trend.bars.forEach((bar, i) => {
    const fill = el('span', { className: 'trend-fill' });
    // CSSOM, not a style attribute: the page's Content-Security-Policy allows no inline styles.
    fill.style.height = `${(bar.count / most) * 100}%`;
    const link = el('a', { className: 'trend-bar', href: href(bar.period), ariaLabel: `${periodLabel(bar.period)}：${bar.count} 篇` }, el('span', { className: 'trend-track' }, fill), el('span', { className: 'trend-label', ariaHidden: 'true' }, shortLabel(bar.period, i === 0)));
    link.dataset.period = bar.period;
    link.dataset.count = String(bar.count);
    link.dataset.search = '';
    bars.append(el('li', {}, link));
  });
  const rows = trend.bars.map((bar) => el('tr', {}, el('th', { scope: 'row' }, periodLabel(bar.period)), el('td', { className: 'num' }, String(bar.count))));
  const table = el('details', { className: 'chart-data' }, el('summary', {}, `数据表：各${unit}篇数`), el('table', { className: 'figures' }, el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, '时期'), el('th', { scope: 'col' }, '篇数'))), el('tbody', {}, ...rows)));
  figure.replaceChildren(caption, bars, table);
  figure.setAttribute('aria-labelledby', 'search-trend-caption');
  figure.dataset.unit = trend.unit;
  figure.hidden = false;
}
