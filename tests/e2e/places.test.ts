/**
 * Articles about no single city, on a generated archive of 120 articles, a
 * sixth of them province-wide (city: shanxi) and a tenth with a city not
 * yet known (city: unknown), built into its own folder: they render, and
 * every list by place, the map's counts, the feeds, the open data and the
 * search facets hold them as 全省 and 城市未定.
 */
import { describe, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateArchive } from '../../scripts/generate-archive.ts';
import { checkArticles } from '../../src/checks/content-check.ts';
import type { CheckedArticle } from '../../src/model/entry.ts';
import { CITIES } from '../../src/model/gazetteer.ts';
import type { Fixture } from '../../tools/build.ts';
import { articleSlugs, linkedArticles, openSearch, searchResults } from '../../tools/search-page.ts';
import { test } from '../helpers/site-test.ts';
import { axeViolations } from '../helpers/axe.ts';

let archive: Fixture;
let site: string;
let articles: CheckedArticle[];

test.beforeAll(async ({ newArchive, serve }) => {
  archive = newArchive();
  generateArchive({ count: 120, dir: archive.articles, seed: 5, provinceShare: 0.15, unknownShare: 0.1 });
  articles = checkArticles(archive.articles, archive.root).articles;
  site = (await serve(archive)).url;
});

const slugsOf = (city: string) =>
  articles
    .filter((a) => a.data.city === city)
    .map((a) => a.slug)
    .sort();
const MAIN_LIST = 'main .article-list a.headline';

describe('a generated archive with province-wide articles and articles whose city is unknown', () => {
  test('has both kinds, with no place in the slug of an unknown city’s article', () => {
    expect(slugsOf('shanxi').length).toBeGreaterThan(5);
    expect(slugsOf('unknown').length).toBeGreaterThan(5);
    for (const slug of slugsOf('shanxi')) expect(slug).toMatch(/^shanxi-\d{4}-/);
    for (const slug of slugsOf('unknown')) expect(slug).toMatch(/^\d{4}-\d\d-\d\d-/);
  });

  test('renders each such article with its place as 全省 or 城市未定, linked to its list', async ({ page }) => {
    for (const [city, label] of [
      ['shanxi', '山西省'],
      ['unknown', '城市未定'],
    ] as const) {
      for (const slug of slugsOf(city).slice(0, 3)) {
        const response = await page.goto(`${site}articles/${slug}/`);
        expect(response?.status(), slug).toBe(200);
        const place = page.locator('.headline-block .byline a').first();
        expect(await place.innerText()).toBe(label);
        expect(await place.getAttribute('href')).toBe(`/cities/${city}/`);
      }
    }
  });

  test('lists 全省 and 城市未定 after the 11 cities, with their counts on the map page, each list holding exactly its articles', async ({ page }) => {
    await page.goto(`${site}cities/`);
    const names = await page.locator('.city-grid .name').allInnerTexts();
    expect(names).toEqual([...CITIES.map((city) => city.name), '全省', '城市未定']);
    expect(await page.locator('.city-map a').count()).toBe(11);
    expect(await page.locator('.city-map figcaption').innerText()).toContain(
      `图上未标出：全省 ${slugsOf('shanxi').length} 篇、城市未定 ${slugsOf('unknown').length} 篇。`,
    );
    for (const [city, title] of [
      ['shanxi', '全省生态环境新闻'],
      ['unknown', '城市未定的文章'],
    ] as const) {
      expect(await page.locator(`.city-grid a[href="/cities/${city}/"] .count`).innerText()).toBe(`${slugsOf(city).length} 篇`);
      await page.goto(`${site}cities/${city}/`);
      expect(await page.locator('h1').innerText()).toBe(title);
      expect(await linkedArticles(page, MAIN_LIST)).toEqual(slugsOf(city));
      await page.goto(`${site}cities/`);
    }
  });

  test('lists them on the home page and in the archive by month', async ({ page }) => {
    await page.goto(site);
    // The first page holds the 50 newest; those of a later day than the 50th surely.
    const fiftieth = articles
      .map((a) => a.data.date)
      .sort()
      .reverse()[49]!;
    const newest = articles.filter((a) => a.data.date > fiftieth && (a.data.city === 'shanxi' || a.data.city === 'unknown'));
    expect(newest.length).toBeGreaterThan(0);
    const listed = new Set(await linkedArticles(page, MAIN_LIST));
    for (const article of newest) expect(listed.has(article.slug), article.slug).toBe(true);
    for (const article of articles.filter((a) => a.data.city === 'unknown' || a.data.city === 'shanxi').slice(0, 6)) {
      const [year, month] = article.data.date.split('-');
      await page.goto(`${site}archive/${year}/${month}/`);
      const slugs = new Set<string>(await linkedArticles(page, MAIN_LIST));
      while (!slugs.has(article.slug) && (await page.locator('nav.pagination a[rel=next]').count()) > 0) {
        await page.locator('nav.pagination a[rel=next]').click();
        for (const slug of await linkedArticles(page, MAIN_LIST)) slugs.add(slug);
      }
      expect(slugs.has(article.slug), article.slug).toBe(true);
    }
  });

  test('has a feed for each', () => {
    for (const city of ['shanxi', 'unknown']) {
      const feed = readFileSync(join(archive.out, 'cities', city, 'rss.xml'), 'utf8');
      const links = [...feed.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1]!);
      expect(articleSlugs(links)).toEqual(slugsOf(city));
    }
  });

  test('gives them in the open data as shanxi / 全省 and unknown / 城市未定, without a county', () => {
    const data = JSON.parse(readFileSync(join(archive.out, 'data', 'articles.json'), 'utf8')) as {
      articles: { slug: string; city: string; cityName: string; county: string | null }[];
    };
    for (const [city, name] of [
      ['shanxi', '全省'],
      ['unknown', '城市未定'],
    ] as const) {
      const records = data.articles.filter((a) => a.city === city);
      expect(records.map((a) => a.slug).sort()).toEqual(slugsOf(city));
      for (const record of records) expect([record.cityName, record.county]).toEqual([name, null]);
    }
  });

  test('offers 全省 and 城市未定 as search facets with their counts, and narrows to them', async ({ page }) => {
    expect((await openSearch(page, site, `q=${encodeURIComponent('推进')}`)).state).toBe('done');
    await page.locator('#search-filters summary').click();
    const cityFacet = page.locator('#search-facets fieldset', { has: page.locator('legend', { hasText: /^城市$/ }) });
    await cityFacet.waitFor();
    const label = (value: string) => cityFacet.locator('label', { hasText: value });
    const containing = (city: string) =>
      articles.filter((a) => a.data.city === city && [a.data.kicker, a.data.title, a.body].join('').includes('推进')).map((a) => a.slug);
    expect(await label('全省').locator('.count').innerText()).toBe(`(${containing('shanxi').length})`);
    expect(await label('城市未定').locator('.count').innerText()).toBe(`(${containing('unknown').length})`);
    await label('城市未定').locator('input').check();
    await page.waitForURL(/city=/);
    // The first screen shows ten; the count covers them all.
    const unknown = containing('unknown');
    const narrowed = await searchResults(page, { count: Math.min(unknown.length, 10) });
    expect(narrowed.state).toBe('done');
    for (const slug of narrowed.slugs) expect(unknown).toContain(slug);
    await page.waitForSelector('#search-results[data-complete="true"]', { state: 'attached' });
    expect(await page.locator('#search-status').innerText()).toContain(`找到 ${unknown.length} 篇`);
  });

  test('keeps the pages accessible', async ({ page }) => {
    for (const path of ['cities/', 'cities/unknown/', `articles/${slugsOf('unknown')[0]}/`, `articles/${slugsOf('shanxi')[0]}/`]) {
      await page.goto(`${site}${path}`);
      expect(await axeViolations(page), path).toEqual([]);
    }
  });
});
