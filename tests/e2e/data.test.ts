import { describe, expect } from 'vitest';
import { test } from '../helpers/site-test.ts';
import { loadArticles } from '../helpers/content.ts';
import { bodyText } from '../../src/text/markdown.ts';
import { BOM } from '../../src/open-data/csv.ts';
import { readCsv } from '../helpers/csv.ts';
import { CSV_COLUMNS, type ArticleRecord, type FigureRecord } from '../../src/open-data/datasets.ts';
import { validatorFor } from '../helpers/json-schema.ts';

const { articles } = loadArticles();
const metricCount = articles.reduce((sum, a) => sum + a.data.metrics.length, 0);

/** A file of the built site as served, decoded without dropping a byte order mark. */
async function fetchText(url: string): Promise<{ text: string; type: string; bytes: Uint8Array }> {
  const response = await fetch(url);
  expect(response.status, url).toBe(200);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { text: new TextDecoder('utf-8', { ignoreBOM: true, fatal: true }).decode(bytes), type: response.headers.get('content-type') ?? '', bytes };
}

/** The site path of an absolute URL in the data (which carries the configured SITE). */
const pathOf = (href: string) => new URL(href).pathname + new URL(href).hash;

describe('open-data files', () => {
  test('parse, match their published JSON Schema and agree with the collection', async ({ site }) => {
    const sitePath = new URL(site).pathname;
    const schema = JSON.parse((await fetchText(`${site}data/schema.json`)).text) as Record<string, unknown>;
    const articlesFile = JSON.parse((await fetchText(`${site}data/articles.json`)).text) as { articles: ArticleRecord[] };
    const metricsFile = JSON.parse((await fetchText(`${site}data/metrics.json`)).text) as { figures: FigureRecord[] };
    const validArticles = validatorFor(schema, 'articlesFile');
    const validMetrics = validatorFor(schema, 'metricsFile');
    expect(validArticles(articlesFile), JSON.stringify(validArticles.errors)).toBe(true);
    expect(validMetrics(metricsFile), JSON.stringify(validMetrics.errors)).toBe(true);

    expect(articlesFile.articles.map((a) => a.slug).sort()).toEqual(articles.map((a) => a.slug).sort());
    expect(metricsFile.figures).toHaveLength(metricCount);
    expect(articlesFile.articles.flatMap((a) => a.figures)).toEqual(metricsFile.figures);
    for (const record of articlesFile.articles) {
      const article = articles.find((a) => a.slug === record.slug)!;
      expect(pathOf(record.url)).toBe(`${sitePath}articles/${record.slug}/`);
      for (const figure of record.figures) expect(pathOf(figure.figureUrl)).toMatch(new RegExp(`^${sitePath}articles/${record.slug}/#sentence-\\d+$`));
      expect([record.headline, record.city, record.county, record.date, record.authors, record.topics]).toEqual([
        article.data.title,
        article.data.city,
        article.data.county ?? null,
        article.data.date,
        article.data.authors,
        article.data.topics,
      ]);
      expect(record.figures.map((f) => [f.label, f.value, f.unit, f.comparator, f.change, f.subject, f.period, f.quote])).toEqual(
        article.data.metrics.map((m) => [m.label, m.value, m.unit, m.comparator, m.change, m.subject, m.period, m.quote]),
      );
      // Every quote occurs verbatim in its article.
      for (const figure of record.figures) expect(bodyText(article.body)).toContain(figure.quote);
    }
  });

  test('publish the CSV with a BOM and the same rows as the JSON', async ({ site }) => {
    const { text, type, bytes } = await fetchText(`${site}data/metrics.csv`);
    expect(type).toMatch(/^text\/csv/);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.includes('\r\n')).toBe(true);
    const { figures } = JSON.parse((await fetchText(`${site}data/metrics.json`)).text) as { figures: FigureRecord[] };
    const [header, ...rows] = readCsv(text);
    expect(header).toEqual([...CSV_COLUMNS]);
    const column = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    expect(
      rows.map((row) => [
        row[column('id')],
        row[column('article_url')],
        row[column('figure_url')],
        Number(row[column('value')]),
        row[column('unit')],
        Number(row[column('canonical_value')]),
        row[column('canonical_unit')],
        row[column('comparator')],
        row[column('change_direction')],
        row[column('quote')],
      ]),
    ).toEqual(
      figures.map((f) => [
        f.id,
        f.articleUrl,
        f.figureUrl,
        f.value,
        f.unit,
        f.canonicalValue,
        f.canonicalUnit,
        f.comparator ?? '',
        f.change?.direction ?? '',
        f.quote,
      ]),
    );
  });
});

describe('figures on the article page', () => {
  test('link each row to its sentence, which scrolls into view highlighted', async ({ site, page }) => {
    const slug = 'jincheng-2025-04-22-tuijinlvse';
    const article = articles.find((a) => a.slug === slug)!;
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.goto(`${site}articles/${slug}/`);
    const links = page.locator('table.figures a.figure-source');
    expect(await links.count()).toBe(article.data.metrics.length);
    const fine = page.locator('table.figures tr', { has: page.getByRole('rowheader', { name: '罚款', exact: true }) }).locator('a.figure-source');
    const href = (await fine.getAttribute('href'))!;
    const target = page.locator(href);
    expect(await target.innerText()).toBe(article.data.metrics.find((m) => m.label === '罚款')!.quote);
    const before = await target.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await target.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThan(700);
    await fine.click();
    await page.waitForURL(new RegExp(`${href}$`));
    await expect.poll(() => target.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(700);
    expect(await target.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
    expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
    const after = await target.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(after).not.toBe(before);
    expect(after).not.toBe('rgba(0, 0, 0, 0)');
  });

  test('anchor every figure of every article', async ({ site, page }) => {
    for (const article of articles.filter((a) => a.data.metrics.length > 0)) {
      await page.goto(`${site}articles/${article.slug}/`);
      const hrefs = await page.locator('a.figure-source').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
      const texts = await Promise.all(hrefs.map((href) => page.locator(href).innerText()));
      expect(texts, article.slug).toEqual(article.data.metrics.map((m) => m.quote));
    }
  });
});

describe('the /data/ page', () => {
  test('is in the main navigation', async ({ site, page }) => {
    await page.goto(site);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '数据' }).click();
    await page.waitForURL(/\/data\/$/);
    expect(await page.locator('h1').innerText()).toBe('数据');
  });

  test('filters all figures by city, topic and year', async ({ site, page }) => {
    const sitePath = new URL(site).pathname;
    await page.goto(`${site}data/`);
    const visible = () => page.locator('#all-figures tbody tr:visible');
    expect(await visible().count()).toBe(metricCount);
    await page.getByLabel('城市').selectOption('yangquan');
    const yangquan = articles.filter((a) => a.data.city === 'yangquan').reduce((n, a) => n + a.data.metrics.length, 0);
    await expect.poll(() => visible().count()).toBe(yangquan);
    expect(new Set(await visible().evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.city)))).toEqual(new Set(['yangquan']));
    expect(await page.locator('#figure-count').innerText()).toContain(`显示 ${yangquan} 条`);
    expect(page.url()).toMatch(/\?city=yangquan$/);

    await page.getByLabel('城市').selectOption('jincheng');
    await page.getByLabel('主题').selectOption('rural');
    await page.getByLabel('年份').selectOption('2025');
    const { figures } = JSON.parse((await fetchText(`${site}data/metrics.json`)).text) as { figures: FigureRecord[] };
    const rural = new Set(articles.filter((a) => a.data.topics.includes('rural')).map((a) => `${sitePath}articles/${a.slug}/`));
    const expected = figures.filter((f) => f.city === 'jincheng' && f.year === 2025 && rural.has(pathOf(f.articleUrl))).map((f) => f.quote);
    expect(expected.length).toBeGreaterThan(0);
    await expect.poll(() => visible().count()).toBe(expected.length);

    // The choice survives a reload through the address.
    await page.reload();
    expect(await page.getByLabel('主题').inputValue()).toBe('rural');
    expect(await visible().count()).toBe(expected.length);
  });

  test('draws its charts as accessible SVG, each with its data table', async ({ site, page }) => {
    await page.goto(`${site}data/`);
    const charts = page.locator('figure.chart');
    expect(await charts.count()).toBeGreaterThan(3);
    for (const chart of await charts.all()) {
      const svg = chart.locator('svg[role="img"]');
      const labelled = (await svg.getAttribute('aria-labelledby'))!.split(' ');
      expect(await svg.locator('title').getAttribute('id')).toBe(labelled[0]);
      const desc = await svg.locator('desc').textContent();
      const rows = await chart.locator('details table tbody tr').count();
      expect(rows).toBe(await svg.locator('rect').count());
      expect(desc!.split('；')).toHaveLength(rows);
    }
    expect(await page.locator('canvas').count()).toBe(0);
    const yoy = page.locator('figure.chart', { hasText: '同比变化（%）' }).first();
    expect(await yoy.locator('desc').textContent()).toBe('泽州县 · PM2.5 浓度：同比下降 6.5%；高平市 · 空气质量综合指数：同比下降 3.4%');
  });
});
