import { describe, expect } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { generateArchive } from '../../scripts/generate-archive.ts';
import { checkArticles } from '../../src/checks/content-check.ts';
import { bodyText } from '../../src/text/markdown.ts';
import { searchResults } from '../../tools/search-page.ts';
import { test } from '../helpers/site-test.ts';

// A generated archive of 60 articles in three parts of 20 (src/search/parts.ts):
// a search by date shows its first screen from the part recent, then counts the rest.
const env = { ARCHIVE_INDEX_PART_SIZE: '20', ARCHIVE_RECENT_PART_SIZE: '20' };
let site: string;
let expected: { slug: string; date: string }[];

test.beforeAll(async ({ newArchive, serve }) => {
  const archive = newArchive();
  generateArchive({ count: 60, dir: archive.articles, seed: 5 });
  const { articles } = checkArticles(archive.articles, archive.root);
  expected = articles.filter((a) => bodyText(a.body).replace(/\s/g, '').includes('生态环境')).map((a) => ({ slug: a.slug, date: a.data.date }));
  site = (await serve(archive, env)).url;
}, 300_000);

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
  test('sorted by date, shows the newest ten from the part recent while it says it is still counting, then the count and the rest', async ({ page }) => {
    expect(expected.length).toBeGreaterThan(30);
    const release = await holdOlderParts(page);
    await page.goto(`${site}search/?q=${encodeURIComponent('生态环境')}&sort=date`);
    const first = await searchResults(page);
    expect(first.state).toBe('done');
    expect(await page.getAttribute('#search-results', 'data-complete')).toBe('false');
    expect(await page.locator('#search-status').innerText()).toContain('仍在统计');
    const newest = [...expected].sort((a, b) => b.date.localeCompare(a.date));
    expect(first.slugs).toHaveLength(10);
    expect(first.slugs.map((slug) => expected.find((a) => a.slug === slug)!.date)).toEqual(newest.slice(0, 10).map((a) => a.date));

    // Facet counts wait for the count too, and say so.
    await page.click('#search-filters summary');
    // The disclosure's toggle event fires a task after the click: wait for the facets to answer it.
    await page.locator('#search-facets', { hasText: '正在统计' }).waitFor({ timeout: 10_000 });
    expect(await page.getAttribute('#search-results', 'data-complete')).toBe('false');

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
  });

  test('sorted by relevance, searches every part before the first screen, so its count is final at once', async ({ page }) => {
    await page.goto(`${site}search/?q=${encodeURIComponent('生态环境')}`);
    await searchResults(page);
    expect(await page.getAttribute('#search-results', 'data-complete')).toBe('true');
    expect(await page.locator('#search-status').innerText()).toContain(`找到 ${expected.length} 篇`);
  });
});
