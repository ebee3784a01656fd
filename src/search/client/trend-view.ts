/**
 * The trend chart above the results (`#search-trend`): one bar per year or
 * month (src/search/trend.ts), each a link that narrows the search to its
 * period, carrying `data-period` and `data-count`. Its text alternative is
 * the one the /data/ charts have: a caption that says what is counted, each
 * bar's name (2024年3月：5 篇), and the counts again as a table.
 */
import { periodLabel, type Trend } from '../trend.ts';

/** An element with properties and children; text is always set as text. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, unknown> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

/**
 * A bar's label: what it shows (the year, or the month), with the rest of its
 * name (the year of a month, the count) for screen readers only, so that the
 * link's name starts where its visible label does.
 */
function barLabel(period: string, count: number): HTMLElement {
  const [year, month] = period.split('-');
  const hidden = (text: string) => el('span', { className: 'visually-hidden' }, text);
  const shown = month ? [hidden(`${year}年`), `${Number(month)}月`, hidden(`：${count} 篇`)] : [year!, hidden(`年：${count} 篇`)];
  return el('span', { className: 'trend-label' }, ...shown);
}

/**
 * Draws a trend into `figure`.
 * @param href the address of the search narrowed to a period
 */
export function renderTrend(figure: HTMLElement, trend: Trend, total: number, href: (period: string) => string): void {
  const most = Math.max(1, ...trend.bars.map((bar) => bar.count));
  const peak = trend.bars.find((bar) => bar.count === most);
  const unit = trend.unit === 'year' ? '年' : '月';
  const caption = el(
    'figcaption',
    { id: 'search-trend-caption' },
    `各${unit}篇数：共 ${total} 篇${peak ? `，最多的是${periodLabel(peak.period)}（${peak.count} 篇）` : ''}。点击柱条只看该时期。`,
  );
  const bars = el('ol', { className: 'trend-bars' });
  trend.bars.forEach((bar, i) => {
    const fill = el('span', { className: 'trend-fill' });
    // CSSOM, not a style attribute: the page's Content-Security-Policy allows no inline styles.
    fill.style.height = `${(bar.count / most) * 100}%`;
    const link = el('a', { className: 'trend-bar', href: href(bar.period) }, el('span', { className: 'trend-track' }, fill), barLabel(bar.period, bar.count));
    link.dataset.period = bar.period;
    link.dataset.count = String(bar.count);
    link.dataset.search = '';
    const item = el('li', {}, link);
    // Months say their year where it starts: at the first bar and at each January.
    if (trend.unit === 'month' && (i === 0 || bar.period.endsWith('-01')))
      item.append(el('span', { className: 'trend-year', ariaHidden: 'true' }, bar.period.slice(0, 4)));
    bars.append(item);
  });
  const rows = trend.bars.map((bar) => el('tr', {}, el('th', { scope: 'row' }, periodLabel(bar.period)), el('td', { className: 'num' }, String(bar.count))));
  const table = el(
    'details',
    { className: 'chart-data' },
    el('summary', {}, `数据表：各${unit}篇数`),
    el(
      'table',
      { className: 'figures' },
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, '时期'), el('th', { scope: 'col' }, '篇数'))),
      el('tbody', {}, ...rows),
    ),
  );
  figure.replaceChildren(caption, bars, table);
  figure.setAttribute('aria-labelledby', 'search-trend-caption');
  figure.dataset.unit = trend.unit;
  figure.hidden = false;
}
