/**
 * The newspaper as printed, in Chromium: the seed page's view (版面), the
 * issue calendar (往期), the page file served byte for byte, and the links
 * between an article and the lines it was taken from, both ways.
 */
import { describe, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { articleSlug, linkTargets } from '../../tools/search-page.ts';
import { loadArticles, SEED_PAGE } from '../helpers/content.ts';
import { test } from '../helpers/site-test.ts';
import { validatorFor } from '../helpers/json-schema.ts';
import { bodyText } from '../../src/text/markdown.ts';
import { fileLines } from '../../src/page/provenance.ts';
import type { PageRecord } from '../../src/open-data/pages.ts';

const { articles } = loadArticles();
const SEED_ID = '000_248f2a5ceed2de10';
const SEED_BYTES = readFileSync(SEED_PAGE);
const SEED_LINES = fileLines(SEED_BYTES.toString('utf8'));
const ink = (text: string) => text.replace(/\s+/gu, '');

/** Print order read from the file itself: the line each article's body begins on. */
const printOrder = articles
  .map((article) => ({ slug: article.slug, line: SEED_LINES.findIndex((line) => ink(line) !== '' && ink(bodyText(article.body)).startsWith(ink(line))) }))
  .sort((a, b) => a.line - b.line)
  .map((article) => article.slug);

describe('the page view of the seed page', () => {
  test.beforeEach(async ({ site, page }) => {
    const response = await page.goto(`${site}pages/${SEED_ID}/`);
    expect(response?.status()).toBe(200);
  });

  test('lists all seven articles, linked, in print order', async ({ page }) => {
    expect(printOrder).toHaveLength(7);
    expect(new Set(printOrder).size).toBe(7);
    expect((await linkTargets(page, '.page-articles .page-article-title a')).map(articleSlug)).toEqual(printOrder);
    const titles = await page.locator('.page-articles .page-article-title a').allTextContents();
    expect(titles).toEqual(printOrder.map((slug) => articles.find((a) => a.slug === slug)!.data.title));
  });

  test('shows each article’s headline block and first sentence', async ({ page }) => {
    const items = page.locator('.page-articles > li');
    for (const [index, slug] of printOrder.entries()) {
      const { data, body } = articles.find((a) => a.slug === slug)!;
      const text = await items.nth(index).innerText();
      for (const part of [data.kicker, data.title, data.subtitle].filter(Boolean)) expect(text, slug).toContain(part);
      expect(await items.nth(index).locator('.first-sentence').innerText(), slug).toBe(
        bodyText(body)
          .split('\n')[0]!
          .match(/^[^。！？]*[。！？]?[”’」』）)]*/u)![0],
      );
    }
  });

  test('shows the whole OCR text, line for line', async ({ page }) => {
    const lines = await page.locator('.ocr-text .ocr-line .lt').allTextContents();
    expect(lines).toEqual(SEED_LINES);
    expect(await page.locator('.ocr-line').evaluateAll((rows) => rows.map((row) => row.id))).toEqual(SEED_LINES.map((_, i) => `L${i + 1}`));
  });

  test('marks the lines of every article, labelled with a link to it', async ({ page }) => {
    for (const article of articles) {
      for (const [index, [first, last]] of article.data.source.lines!.entries()) {
        const held = page.locator(`[id="L${first}-L${last}"]`);
        expect(await held.count(), `${article.slug} ${first}-${last}`).toBe(1);
        expect(await held.locator('.ocr-line').evaluateAll((rows) => rows.map((row) => row.id))).toEqual(
          Array.from({ length: last - first + 1 }, (_, k) => `L${first + k}`),
        );
        const label = held.locator('.held-label a');
        expect(articleSlug((await label.getAttribute('href'))!)).toBe(article.slug);
        expect(await held.locator('.held-label').innerText()).toContain(index > 0 ? '（续）' : article.data.title);
      }
    }
  });

  test('shows the column label and the text that went into no article, with why', async ({ page }) => {
    const furniture = await page.locator('section[aria-labelledby="furniture-heading"]').innerText();
    expect(furniture).toContain('栏目：一线传真（第 121 行）');
    expect(
      await page.locator('table.left-text tbody tr').evaluateAll((rows) => rows.map((row) => (row as HTMLElement).innerText.split('\t').join('|'))),
    ).toEqual(['121|K yixian chuanzhen|栏目名的装饰（拼音）', '357|姻|署名前的识别杂字（误识的圆点）', '682|姻|署名前的识别杂字（误识的圆点）']);
    expect(furniture).toMatch(/本版识别文字 6,928 字/);
  });

  test('says its date and page number are unknown, and links where undated pages are listed', async ({ page }) => {
    expect(await page.locator('h1').innerText()).toBe('《科学导报》日期未知 版次未知');
    const undated = page.locator('nav.page-nav a', { hasText: '日期未知的版面' });
    expect(await undated.getAttribute('href')).toBe('/issues/#undated');
  });

  test('links the page file, served byte for byte as it is in content/sources/', async ({ site, page }) => {
    const href = await page.locator('a.source-file').getAttribute('href');
    expect(href).toBe(`/sources/${SEED_ID}.txt`);
    const response = await fetch(new URL(href!, site));
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(SEED_BYTES)).toBe(true);
  });
});

describe('links between an article and its lines', () => {
  test.for(articles.map((a) => [a.slug, a] as const))(
    '%s links its page view and opens it at its lines, which link back',
    async ([slug, article], { site, page }) => {
      await page.setViewportSize({ width: 1000, height: 700 });
      await page.goto(`${site}articles/${slug}/`);
      const printed = page.locator('.printed-in');
      expect(await printed.innerText()).toMatch(/^见报：《科学导报》日期未知 版次未知 · 原始识别文本（第 .+ 行）$/);
      expect(await printed.locator('a.printed-page-link').getAttribute('href')).toBe(`/pages/${SEED_ID}/`);

      const ranges = article.data.source.lines!;
      const main = ranges.reduce((best, range) => (range[1] - range[0] > best[1] - best[0] ? range : best));
      await printed.getByRole('link', { name: '原始识别文本' }).click();
      await page.waitForURL(`${site}pages/${SEED_ID}/#L${main[0]}-L${main[1]}`);
      const target = page.locator(':target');
      expect(await target.getAttribute('id')).toBe(`L${main[0]}-L${main[1]}`);
      await expect.poll(() => target.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(700);
      expect(await target.evaluate((el) => el.getBoundingClientRect().bottom)).toBeGreaterThan(0);
      // The lines hold the body's opening words.
      expect(
        ink(
          await target
            .locator('.lt')
            .allTextContents()
            .then((texts) => texts.join('')),
        ),
      ).toContain(ink(bodyText(article.body)).slice(0, 12));

      await target.locator('.held-label a').click();
      await page.waitForURL(`${site}articles/${slug}/`);
      expect(await page.locator('h1').innerText()).toBe(article.data.title);
    },
  );

  test('carries where it was printed in the article’s JSON-LD', async ({ site, page }) => {
    await page.goto(`${site}articles/${articles[0]!.slug}/`);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as Record<string, unknown>;
    expect(jsonLd.isPartOf).toEqual({ '@type': 'PublicationIssue', isPartOf: { '@type': 'Periodical', name: '科学导报' } });
    expect(jsonLd.pageStart).toBeUndefined();
  });
});

describe('the issue calendar', () => {
  test('is in the main navigation and lists the seed page under 日期未知', async ({ site, page }) => {
    await page.goto(site);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '往期' }).click();
    await page.waitForURL(`${site}issues/`);
    expect(await page.locator('h1').innerText()).toBe('往期');
    const undated = page.locator('section[aria-labelledby="undated"]');
    expect(await undated.locator('h2').innerText()).toBe('日期未知');
    await undated.getByRole('link', { name: `${SEED_ID}.txt` }).click();
    await page.waitForURL(`${site}pages/${SEED_ID}/`);
    // No dated issue: the seed page prints no date, and none is guessed.
    await page.goto(`${site}issues/`);
    expect(await page.locator('table.issue-calendar').count()).toBe(0);
  });
});

describe('/data/pages.json', () => {
  test('matches its published JSON Schema and lists each page with its articles in print order', async ({ site }) => {
    const schema = (await (await fetch(`${site}data/schema.json`)).json()) as Record<string, unknown>;
    const file = (await (await fetch(`${site}data/pages.json`)).json()) as { pages: PageRecord[] };
    const valid = validatorFor(schema, 'pagesFile');
    expect(valid(file), JSON.stringify(valid.errors)).toBe(true);
    expect(file.pages).toHaveLength(1);
    const [record] = file.pages;
    expect([record!.id, record!.file, record!.date, record!.page, new URL(record!.sourceUrl).pathname, new URL(record!.url).pathname]).toEqual([
      SEED_ID,
      `${SEED_ID}.txt`,
      null,
      null,
      `/sources/${SEED_ID}.txt`,
      `/pages/${SEED_ID}/`,
    ]);
    expect(record!.articles.map((a) => articleSlug(new URL(a.url).pathname))).toEqual(printOrder);
  });
});

describe('the sitemap', () => {
  test('lists the page view and the issue calendar', async ({ site }) => {
    const sitemap = await (await fetch(`${site}sitemap-0.xml`)).text();
    expect(sitemap).toContain(`/pages/${SEED_ID}/</loc>`);
    expect(sitemap).toContain('/issues/</loc>');
  });
});
