import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { generateArchive } from '../../scripts/generate-archive.ts';
import { checkArticles } from '../../src/checks/content-check.ts';
import { articleIndexParts } from '../../src/search/parts.ts';
import type { CheckedArticle } from '../../src/model/entry.ts';
import { searchDocument, type SearchDocument } from '../../bench/search-quality.ts';
import { normalizeSearchText } from '../../src/search/terms.ts';
import { searchResults } from '../../tools/search-page.ts';
import { test } from '../helpers/site-test.ts';

// A generated archive of 120 articles over five years, indexed in parts of
// 20 and a recent part of 20 (src/search/parts.ts): the trend counts by year,
// a date range skips parts, and issues have their pages.
const env = { ARCHIVE_INDEX_PART_SIZE: '20', ARCHIVE_RECENT_PART_SIZE: '20' };
let site: string;
let articles: CheckedArticle[];
let documents: SearchDocument[];

test.beforeAll(async ({ newArchive, serve }) => {
  const archive = newArchive();
  generateArchive({ count: 120, dir: archive.articles, seed: 9 });
  articles = checkArticles(archive.articles, archive.root).articles;
  documents = articles.map(searchDocument);
  site = (await serve(archive, env)).url;
}, 300_000);

/** The articles holding a word, by plain substring search. */
const holding = (word: string) =>
  documents.filter((doc) => doc.text.split('\n').some((line) => normalizeSearchText(line).includes(word))).map((doc) => doc.slug);
const dateOf = (slug: string) => articles.find((a) => a.slug === slug)!.data.date;

/** The trend's bars as drawn. */
async function trendBars(page: Page): Promise<{ period: string; count: number }[]> {
  await page.waitForSelector('#search-trend[data-state="done"]', { state: 'attached' });
  return page
    .locator('#search-trend [data-period]')
    .evaluateAll((links) => links.map((a) => ({ period: a.getAttribute('data-period')!, count: Number(a.getAttribute('data-count')) })));
}

/** Every index part the page requests a file of, by its id. */
function partsRead(page: Page): Set<string> {
  const read = new Set<string>();
  page.on('request', (request) => {
    const part = /\/pagefind\/([^/]+)\//.exec(request.url())?.[1];
    if (part) read.add(part);
  });
  return read;
}

describe('the trend of a search over years', () => {
  test('counts the whole result by year, then, narrowed to a year by its bar, by month', async ({ page }) => {
    const found = holding('生态');
    await page.goto(`${site}search/?q=${encodeURIComponent('生态')}`);
    const { slugs } = await searchResults(page);
    expect(slugs).toHaveLength(10);
    const years = await trendBars(page);
    const expected = Map.groupBy(found, (slug) => dateOf(slug).slice(0, 4));
    expect(years.map((bar) => bar.period)).toEqual([...expected.keys()].sort());
    for (const bar of years) expect(bar.count, bar.period).toBe(expected.get(bar.period)!.length);

    await page.locator('#search-trend [data-period="2023"]').click();
    await page.waitForURL(/from=2023/);
    await searchResults(page, { query: '生态' });
    await page.waitForSelector('#search-results[data-complete="true"]', { state: 'attached' });
    const months = await trendBars(page);
    expect(months.map((bar) => bar.period)).toEqual(Array.from({ length: 12 }, (_, i) => `2023-${String(i + 1).padStart(2, '0')}`));
    expect(months.reduce((sum, bar) => sum + bar.count, 0)).toBe(expected.get('2023')!.length);
    expect(await page.locator('#search-status').innerText()).toContain(`找到 ${expected.get('2023')!.length} 篇`);
  });

  test('follows a facet, and is drawn for a search by date once it has counted every part', async ({ page }) => {
    const found = holding('生态').filter((slug) => articles.find((a) => a.slug === slug)!.data.city === 'jincheng');
    expect(found.length).toBeGreaterThan(0);
    await page.goto(`${site}search/?q=${encodeURIComponent('生态')}&sort=date&city=${encodeURIComponent('晋城')}`);
    await searchResults(page);
    const bars = await trendBars(page);
    expect(await page.getAttribute('#search-results', 'data-complete')).toBe('true');
    expect(bars.reduce((sum, bar) => sum + bar.count, 0)).toBe(found.length);
  });
});

describe('a date range over parts of the index', () => {
  test('reads no part that holds no article in the range, by relevance or by date', async ({ page }) => {
    const parts = articleIndexParts(articles, (a) => a.slug, 20, 20).map(({ id, items }) => ({
      id,
      first: items[0]!.data.date,
      last: items.at(-1)!.data.date,
    }));
    expect(parts.length).toBeGreaterThan(4);
    const middle = parts[2]!;
    for (const sort of ['', '&sort=date']) {
      const read = partsRead(page);
      await page.goto(`${site}search/?q=${encodeURIComponent('生态')}&from=${middle.first}&to=${middle.last}${sort}`);
      const { slugs } = await searchResults(page);
      await page.waitForSelector('#search-results[data-complete="true"]', { state: 'attached' });
      const inRange = holding('生态').filter((slug) => dateOf(slug) >= middle.first && dateOf(slug) <= middle.last);
      if (inRange.length <= 10) expect([...slugs].sort()).toEqual([...inRange].sort());
      expect(await page.locator('#search-status').innerText()).toContain(`找到 ${inRange.length} 篇`);
      // The part itself, and a neighbour only where it shares the range's first or last day.
      const overlapping = parts.filter((part) => part.last >= middle.first && part.first <= middle.last).map((part) => part.id);
      expect([...read].sort(), sort).toEqual(overlapping.sort());
      expect(read.size).toBeLessThan(parts.length);
    }
  });
});

describe('a search within an issue', () => {
  test('starts from the issue page’s search box and keeps to its articles', async ({ page }) => {
    const byIssue = Map.groupBy(articles, (a) => a.data.date);
    const [date, printed] = [...byIssue].sort((a, b) => b[1].length - a[1].length)[0]!;
    const files = [...new Set(printed.map((a) => a.data.source.file))];
    await page.goto(`${site}issues/${date}/`);
    await page.fill('#search-within-q', '的');
    await page.press('#search-within-q', 'Enter');
    const { slugs } = await searchResults(page, { query: '的' });
    expect([...slugs].sort()).toEqual(
      holding('的')
        .filter((slug) => printed.some((a) => a.slug === slug))
        .sort(),
    );
    expect(new URL(page.url()).searchParams.get('page')!.split(',').sort()).toEqual(files.sort());
    expect(await page.locator('#search-within').innerText()).toContain('这一期');
  });
});
