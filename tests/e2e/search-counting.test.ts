import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page, Route } from 'playwright-core';
import { generateArchive } from '../../scripts/generate-archive.ts';
import { checkArticles } from '../../src/checks/content-check.ts';
import { bodyText } from '../../src/text/markdown.ts';
import { buildFixture, makeBuildDir } from '../../tools/build.ts';
import { serveStatic } from '../../tools/static-server.ts';
import { launchBrowser } from '../../tools/browser.ts';
import { searchResults } from '../../tools/search-results.ts';

// A generated archive of 60 articles in three parts of 20 (src/search/parts.ts):
// a search by date shows its first screen from the part recent, then counts the rest.
const root = makeBuildDir('counting-');
const fixture = { root, articles: join(root, 'articles'), out: join(root, 'dist') };
const env = { ARCHIVE_INDEX_PART_SIZE: '20', ARCHIVE_RECENT_PART_SIZE: '20' };
let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;
let expected: { slug: string; date: string }[];

beforeAll(async () => {
  generateArchive({ count: 60, dir: fixture.articles, seed: 5 });
  const { articles } = checkArticles(fixture.articles);
  expected = articles.filter((a) => bodyText(a.body).replace(/\s/g, '').includes('生态环境')).map((a) => ({ slug: a.slug, date: a.data.date }));
  const build = buildFixture(fixture, env);
  if (build.status !== 0) throw new Error(build.output);
  server = await serveStatic(fixture.out);
  browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

/** Holds every request for the older parts until released. */
async function holdOlderParts(page: Page): Promise<() => void> {
  const held: Route[] = [];
  let released = false;
  await page.route(/\/pagefind\/\d+\//, (route) => (released ? route.continue() : held.push(route)));
  return () => {
    released = true;
    for (const route of held) void route.continue();
  };
}

describe('a search that counts after its first screen', () => {
  it('sorted by date, shows the newest ten from the part recent while it says it is still counting, then the count and the rest', async () => {
    expect(expected.length).toBeGreaterThan(30);
    const page = await browser.newPage();
    const release = await holdOlderParts(page);
    await page.goto(`${server.url}search/?q=${encodeURIComponent('生态环境')}&sort=date`);
    const first = await searchResults(page);
    expect(first.state).toBe('done');
    expect(await page.getAttribute('#search-results', 'data-complete')).toBe('false');
    expect(await page.locator('#search-status').innerText()).toContain('仍在统计');
    const newest = [...expected].sort((a, b) => b.date.localeCompare(a.date));
    expect(first.slugs).toHaveLength(10);
    expect(first.slugs.map((slug) => expected.find((a) => a.slug === slug)!.date)).toEqual(newest.slice(0, 10).map((a) => a.date));

    // Facet counts wait for the count too, and say so.
    await page.click('#search-filters summary');
    expect(await page.locator('#search-facets').innerText()).toContain('正在统计');

    release();
    await page.waitForSelector('#search-results[data-complete="true"]', { state: 'attached' });
    expect(await page.locator('#search-status').innerText()).toContain(`找到 ${expected.length} 篇`);
    await page.waitForSelector('#search-facets fieldset');
    const cityCounts = await page.locator('#search-facets fieldset', { hasText: '城市' }).locator('.count').allInnerTexts();
    expect(cityCounts.reduce((sum, count) => sum + Number(count.replace(/\D/g, '')), 0)).toBe(expected.length);
    while (await page.locator('#search-more').isVisible()) {
      await page.click('#search-more');
      await searchResults(page);
    }
    const all = await searchResults(page);
    expect(all.slugs).toHaveLength(expected.length);
    expect(new Set(all.slugs)).toEqual(new Set(expected.map((a) => a.slug)));
    const dates = all.slugs.map((slug) => expected.find((a) => a.slug === slug)!.date);
    expect(dates).toEqual([...dates].sort().reverse());
    await page.close();
  });

  it('sorted by relevance, searches every part before the first screen, so its count is final at once', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/?q=${encodeURIComponent('生态环境')}`);
    await searchResults(page);
    expect(await page.getAttribute('#search-results', 'data-complete')).toBe('true');
    expect(await page.locator('#search-status').innerText()).toContain(`找到 ${expected.length} 篇`);
    await page.close();
  });
});
