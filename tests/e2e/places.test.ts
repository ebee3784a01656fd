/**
 * Articles about no single city, on a generated archive of 120 articles, a
 * sixth of them province-wide (city: shanxi) and a tenth with a city not
 * yet known (city: unknown), built into its own folder: they render, and
 * every list by place, the map's counts, the feeds, the open data and the
 * search facets hold them as 全省 and 城市未定.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { generateArchive } from '../../scripts/generate-archive.ts';
import { buildFixture, makeBuildDir } from '../../tools/build.ts';
import { checkArticles } from '../../src/checks/content-check.ts';
import type { CheckedArticle } from '../../src/model/entry.ts';
import { CITIES } from '../../src/model/gazetteer.ts';
import { launchBrowser } from '../../tools/browser.ts';
import { serveStatic } from '../../tools/static-server.ts';

const root = makeBuildDir('places-');
const contentDir = join(root, 'content');
const outDir = join(root, 'dist');
let articles: CheckedArticle[];
let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  generateArchive({ count: 120, dir: contentDir, seed: 5, provinceShare: 0.15, unknownShare: 0.1 });
  articles = checkArticles(contentDir, root).articles;
  const built = buildFixture({ root, articles: contentDir, out: outDir });
  if (built.status !== 0) throw new Error(built.output);
  server = await serveStatic(outDir);
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

const slugsOf = (city: string) => articles.filter((a) => a.data.city === city).map((a) => a.slug).sort();
const slugsIn = (hrefs: string[]) => [...new Set(hrefs.filter((h) => h.includes('/articles/')).map((h) => h.split('/').filter(Boolean).pop()!))].sort();
const mainSlugs = async () => slugsIn(await page.locator('main .article-list a.headline').evaluateAll((links) => links.map((a) => a.getAttribute('href')!)));

describe('a generated archive with province-wide articles and articles whose city is unknown', () => {
  it('has both kinds, with no place in the slug of an unknown city’s article', () => {
    expect(slugsOf('shanxi').length).toBeGreaterThan(5);
    expect(slugsOf('unknown').length).toBeGreaterThan(5);
    for (const slug of slugsOf('shanxi')) expect(slug).toMatch(/^shanxi-\d{4}-/);
    for (const slug of slugsOf('unknown')) expect(slug).toMatch(/^\d{4}-\d\d-\d\d-/);
  });

  it('renders each such article with its place as 全省 or 城市未定, linked to its list', async () => {
    for (const [city, label] of [['shanxi', '山西省'], ['unknown', '城市未定']] as const) {
      for (const slug of slugsOf(city).slice(0, 3)) {
        const response = await page.goto(`${server.url}articles/${slug}/`);
        expect(response?.status(), slug).toBe(200);
        const place = page.locator('.headline-block .byline a').first();
        expect(await place.innerText()).toBe(label);
        expect(await place.getAttribute('href')).toBe(`/cities/${city}/`);
      }
    }
  });

  it('lists 全省 and 城市未定 after the 11 cities, with their counts on the map page, each list holding exactly its articles', async () => {
    await page.goto(`${server.url}cities/`);
    const names = await page.locator('.city-grid .name').allInnerTexts();
    expect(names).toEqual([...CITIES.map((city) => city.name), '全省', '城市未定']);
    expect(await page.locator('.city-map a').count()).toBe(11);
    expect(await page.locator('.city-map figcaption').innerText()).toContain(`图上未标出：全省 ${slugsOf('shanxi').length} 篇、城市未定 ${slugsOf('unknown').length} 篇。`);
    for (const [city, title] of [['shanxi', '全省生态环境新闻'], ['unknown', '城市未定的文章']] as const) {
      expect(await page.locator(`.city-grid a[href="/cities/${city}/"] .count`).innerText()).toBe(`${slugsOf(city).length} 篇`);
      await page.goto(`${server.url}cities/${city}/`);
      expect(await page.locator('h1').innerText()).toBe(title);
      expect(await mainSlugs()).toEqual(slugsOf(city));
      await page.goto(`${server.url}cities/`);
    }
  });

  it('lists them on the home page and in the archive by month', async () => {
    await page.goto(server.url);
    // The first page holds the 50 newest; those of a later day than the 50th surely.
    const fiftieth = articles.map((a) => a.data.date).sort().reverse()[49]!;
    const newest = articles.filter((a) => a.data.date > fiftieth && (a.data.city === 'shanxi' || a.data.city === 'unknown'));
    expect(newest.length).toBeGreaterThan(0);
    const listed = new Set(await mainSlugs());
    for (const article of newest) expect(listed.has(article.slug), article.slug).toBe(true);
    for (const article of articles.filter((a) => a.data.city === 'unknown' || a.data.city === 'shanxi').slice(0, 6)) {
      const [year, month] = article.data.date.split('-');
      await page.goto(`${server.url}archive/${year}/${month}/`);
      const slugs = new Set<string>(await mainSlugs());
      while (!slugs.has(article.slug) && (await page.locator('nav.pagination a[rel=next]').count()) > 0) {
        await page.locator('nav.pagination a[rel=next]').click();
        for (const slug of await mainSlugs()) slugs.add(slug);
      }
      expect(slugs.has(article.slug), article.slug).toBe(true);
    }
  });

  it('has a feed for each', () => {
    for (const city of ['shanxi', 'unknown']) {
      const feed = readFileSync(join(outDir, 'cities', city, 'rss.xml'), 'utf8');
      const links = [...feed.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1]!);
      expect(slugsIn(links)).toEqual(slugsOf(city));
    }
  });

  it('gives them in the open data as shanxi / 全省 and unknown / 城市未定, without a county', () => {
    const data = JSON.parse(readFileSync(join(outDir, 'data', 'articles.json'), 'utf8')) as { articles: { slug: string; city: string; cityName: string; county: string | null }[] };
    for (const [city, name] of [['shanxi', '全省'], ['unknown', '城市未定']] as const) {
      const records = data.articles.filter((a) => a.city === city);
      expect(records.map((a) => a.slug).sort()).toEqual(slugsOf(city));
      for (const record of records) expect([record.cityName, record.county]).toEqual([name, null]);
    }
  });

  it('offers 全省 and 城市未定 as search facets with their counts, and narrows to them', async () => {
    await page.goto(`${server.url}search/?q=${encodeURIComponent('推进')}`);
    await page.waitForSelector('#search-results[data-state="done"] li');
    await page.locator('#search-filters summary').click();
    const cityFacet = page.locator('#search-facets fieldset', { has: page.locator('legend', { hasText: /^城市$/ }) });
    await cityFacet.waitFor();
    const label = (value: string) => cityFacet.locator('label', { hasText: value });
    const containing = (city: string) => articles.filter((a) => a.data.city === city && [a.data.kicker, a.data.title, a.body].join('').includes('推进')).map((a) => a.slug);
    expect(await label('全省').locator('.count').innerText()).toBe(`(${containing('shanxi').length})`);
    expect(await label('城市未定').locator('.count').innerText()).toBe(`(${containing('unknown').length})`);
    await label('城市未定').locator('input').check();
    await page.waitForURL(/city=/);
    await page.waitForSelector('#search-results[data-state="done"] li');
    await expect
      .poll(async () => slugsIn(await page.locator('#search-results a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!.split('?')[0]!))))
      .toEqual(containing('unknown').sort());
  });

  it('keeps the pages accessible', async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    for (const path of ['cities/', 'cities/unknown/', `articles/${slugsOf('unknown')[0]}/`, `articles/${slugsOf('shanxi')[0]}/`]) {
      await tab.goto(`${server.url}${path}`);
      const results = await new AxeBuilder({ page: tab }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), path).toEqual([]);
    }
    await context.close();
  });
});
