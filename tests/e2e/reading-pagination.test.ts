/**
 * Pagination and publishing under a sub-path, on a generated archive of 130
 * articles built with BASE=/eco/ into its own folder (dist/ stays as the
 * global setup built it).
 */
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { generateArchive } from '../../scripts/generate-archive.ts';
import type { Fixture } from '../../tools/build.ts';
import { checkArticles } from '../../src/checks/content-check.ts';
import type { CheckedArticle } from '../../src/model/entry.ts';
import { authorIds, bylinesOf } from '../../src/model/authors.ts';
import { PAGE_SIZE } from '../../src/view/pagination.ts';
import { articleSlug } from '../../tools/search-page.ts';
import { checkLinks } from '../helpers/links.ts';
import { test } from '../helpers/site-test.ts';

const ORIGIN = 'https://archive.example.org';
const BASE = '/eco/';
let archive: Fixture;
let articles: CheckedArticle[];
let site: string;

test.beforeAll(async ({ newArchive, serve }) => {
  archive = newArchive();
  generateArchive({
    count: 130,
    dir: archive.articles,
    seed: 11,
    cities: ['jincheng', 'taiyuan'],
    dates: ['2024-03-01', '2024-04-30'],
    topics: ['air'],
    authorCount: 2,
  });
  articles = checkArticles(archive.articles, archive.root).articles;
  site = (await serve(archive, { BASE, SITE: ORIGIN })).url;
});

/** Follows a list's 下一页 links from its first page; the articles of each page, in order. */
async function crawl(page: Page, listPath: string): Promise<{ url: string; slugs: string[]; dates: string[] }[]> {
  const pages = [];
  let next: string | null = `${site}${listPath}`;
  while (next) {
    const response = await page.goto(next);
    expect(response?.status(), next).toBe(200);
    const links = page.locator('main .article-list a.headline');
    const slugs = (await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))).map(articleSlug);
    const dates = await page.locator('main .article-list time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
    pages.push({ url: new URL(page.url()).pathname, slugs, dates });
    const nextLink = page.locator('nav.pagination a[rel=next]');
    next = (await nextLink.count()) > 0 ? new URL((await nextLink.getAttribute('href'))!, page.url()).href : null;
  }
  return pages;
}

describe('pagination of a generated archive under /eco/', () => {
  const lists = () => {
    const ids = authorIds(bylinesOf(articles.map((a) => a.data)));
    return [
      { path: '', of: () => true },
      { path: 'cities/jincheng/', of: (a: CheckedArticle) => a.data.city === 'jincheng' },
      { path: 'archive/2024/03/', of: (a: CheckedArticle) => a.data.date.startsWith('2024-03') },
      ...[...ids].map(([name, id]) => ({ path: `authors/${id}/`, of: (a: CheckedArticle) => a.data.authors.includes(name) })),
      { path: 'topics/air/', of: (a: CheckedArticle) => a.data.topics.includes('air') },
    ];
  };

  test('splits every list into pages of 50 that together hold exactly its articles', async ({ page }) => {
    const checked = lists();
    expect(checked).toHaveLength(6); // two authors, 王梅 and 王玫, with their own pages
    for (const { path, of } of checked) {
      const expected = articles
        .filter(of)
        .map((a) => a.slug)
        .sort();
      expect(expected.length, `${path} must be long enough to paginate`).toBeGreaterThan(PAGE_SIZE);
      const pages = await crawl(page, path);
      // The front page holds the newest 50; the older pages, counted from the oldest, 50 each but the newest of them.
      const older = Math.ceil((expected.length - PAGE_SIZE) / PAGE_SIZE);
      expect(pages.length, path).toBe(1 + older);
      expect(
        pages.map((p) => p.slugs.length),
        path,
      ).toEqual([PAGE_SIZE, expected.length - PAGE_SIZE * older, ...Array(older - 1).fill(PAGE_SIZE)]);
      const listed = pages.flatMap((p) => p.slugs);
      expect(listed.length, path).toBe(expected.length);
      expect([...listed].sort(), path).toEqual(expected);
      expect(
        pages.map((p) => p.url),
        path,
      ).toEqual(pages.map((_, i) => `${BASE}${path}${i === 0 ? '' : `page/${older + 1 - i}/`}`));
      // Newest first across pages (a city page groups its own articles by county).
      for (const [newer, next] of pages.slice(1).map((p, i) => [pages[i]!, p] as const)) {
        expect([...next.dates].sort().at(-1)! <= [...newer.dates].sort()[0]!, `${path}: ${next.url} is older than ${newer.url}`).toBe(true);
      }
      if (!path.startsWith('cities/')) {
        const dates = pages.flatMap((p) => p.dates);
        expect([...dates].sort().reverse(), path).toEqual(dates);
      }
    }
  });

  test('names an older page by its dates and links it to its neighbours', async ({ page }) => {
    await page.goto(site);
    expect(await page.locator('nav.pagination [aria-current=page]').innerText()).toBe('最新');
    const older = (await page.locator('nav.pagination a[rel=next]').getAttribute('href'))!;
    expect(older).toMatch(new RegExp(`^${BASE}page/\\d+/$`));
    await page.goto(`${site}page/1/`);
    const dates = await page.locator('main .article-list time').evaluateAll((ts) => ts.map((t) => t.textContent!));
    const span = `${dates.at(-1)}至${dates[0]}`;
    expect(await page.locator('h1').innerText()).toContain(span);
    expect(await page.locator('nav.pagination [aria-current=page]').innerText()).toBe(span);
    expect(await page.locator('nav.pagination a[rel=prev]').getAttribute('href')).toBe(`${BASE}page/2/`);
    expect(await page.locator('nav.pagination a[rel=next]').count()).toBe(0);
    expect(await page.locator('p.list-count').innerText()).toContain(`本页 ${PAGE_SIZE} 篇`);
    expect((await page.request.get(`${site}page/99/`)).status()).toBe(404);
  });

  test('keeps every link, feed item and canonical URL under the base', async ({ page }) => {
    expect(checkLinks(archive.out, ORIGIN, BASE)).toEqual([]);
    await page.goto(`${site}cities/jincheng/`);
    const hrefs = await page.locator('a[href], link[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    for (const href of hrefs) expect(href.startsWith(BASE) || href.startsWith(`${ORIGIN}${BASE}`) || href.startsWith('#'), href).toBe(true);
    const feed = await (await page.request.get(`${site}rss.xml`)).text();
    const links = [...feed.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1]!);
    expect(links.length).toBe(51);
    for (const link of links) expect(link.startsWith(`${ORIGIN}${BASE}`), link).toBe(true);
  });
});
