import { describe, expect } from 'vitest';
import { loadArticles } from '../helpers/content.ts';
import { test as siteTest } from '../helpers/site-test.ts';
import { articleSlug, openSearch, searchResults, type SearchResults } from '../../tools/search-page.ts';
import { bodyText } from '../../src/text/markdown.ts';

const { articles } = loadArticles();
const slugsOf = (city: string) =>
  articles
    .filter((a) => a.data.city === city)
    .map((a) => a.slug)
    .sort();
/** The articles that print a query, white space ignored, in a headline-block field or the body: what a search must find. */
const containing = (query: string) =>
  articles
    .filter((a) =>
      [a.data.title, a.data.kicker, a.data.subtitle, a.data.column, ...bodyText(a.body).split('\n')].some((line) => line?.replace(/\s/g, '').includes(query)),
    )
    .map((a) => a.slug)
    .sort();
/** Newest first, as the index orders them: by date, same-day articles by slug. */
const newestFirst = (slugs: readonly string[]) =>
  [...slugs].sort((a, b) => {
    const [x, y] = [a, b].map((slug) => articles.find((article) => article.slug === slug)!.data.date);
    return y!.localeCompare(x!) || b.localeCompare(a);
  });

/** `search(params)` opens the search page on these URL parameters and returns what it finds. */
const test = siteTest.extend(
  'search',
  ({ site, page }) =>
    (params: string): Promise<SearchResults> =>
      openSearch(page, site, params),
);

describe('search page', () => {
  test('lists one link per matching article, with headline, place, date and a highlighted excerpt', async ({ page, search }) => {
    const { state, slugs } = await search('q=尾矿库');
    expect(state).toBe('done');
    expect(slugs).toEqual(['xinzhou-2025-04-21-jubanweixian']);
    const item = page.locator('#search-results li').first();
    expect(await item.locator('a').innerText()).toBe('举办危险废物规范化管理和尾矿库监管培训会');
    expect(await item.locator('.meta').last().innerText()).toContain('忻州 · 2025年4月21日');
    expect(await item.locator('mark').first().innerText()).toBe('尾矿库');
    const href = await item.locator('a').getAttribute('href');
    expect(href).toMatch(/^\/articles\/xinzhou-2025-04-21-jubanweixian\/\?hl=/);
  });

  test('orders by where the query stands, then how often: a headline match first, then the article that prints it most', async ({ search }) => {
    // 蓝天 heads 协同攻坚治污染 共筑蓝天保生态, and 守护“阳泉蓝” prints it five times in its body.
    expect((await search('q=' + encodeURIComponent('蓝天'))).slugs).toEqual(['jinzhong-2025-04-22-xietonggongjian', 'yangquan-2025-04-22-shouhuyangquan']);
    // 推进绿色发展 prints 晋城 eleven times, 厚植生态优势 four times.
    expect((await search('q=' + encodeURIComponent('晋城'))).slugs.slice(0, 2)).toEqual([
      'jincheng-2025-04-22-tuijinlvse',
      'jincheng-2025-04-22-houzhishengtai',
    ]);
    // 抢时间提节奏 prints 一泓清水入黄河 three times in 472 characters, 厚植生态优势 once.
    expect((await search('q=' + encodeURIComponent('一泓清水入黄河'))).slugs).toEqual([
      'lvliang-2025-04-22-qiangshijianti',
      'jincheng-2025-04-22-houzhishengtai',
    ]);
  });

  test('shows the body passage with the densest matches, never the kicker or headline it already prints; the lead sentence for a headline-only match', async ({
    page,
    search,
  }) => {
    const { slugs } = await search('q=' + encodeURIComponent('生态环境局'));
    expect(slugs.sort()).toEqual(containing('生态环境局'));
    const items = page.locator('#search-results li');
    expect(await items.count()).toBe(containing('生态环境局').length);
    expect(await items.count()).toBeGreaterThan(1);
    for (let i = 0; i < (await items.count()); i++) {
      const item = items.nth(i);
      const slug = articleSlug((await item.locator('a').getAttribute('href'))!);
      const article = articles.find((a) => a.slug === slug)!;
      const excerpt = await item.locator('.excerpt').innerText();
      expect(excerpt, slug).not.toBe(article.data.kicker);
      expect(excerpt.length, slug).toBeLessThanOrEqual(110);
      const bodyHasIt = bodyText(article.body).replace(/\s/g, '').includes('生态环境局');
      expect((await item.locator('.excerpt mark').count()) > 0, slug).toBe(bodyHasIt);
    }
    // 蓝天 is only in the headline of 协同攻坚治污染: its first sentence shows, unmarked.
    await search('q=' + encodeURIComponent('蓝天'));
    const headlineOnly = page.locator('#search-results li').first();
    expect(await headlineOnly.locator('a mark').innerText()).toBe('蓝天');
    expect(await headlineOnly.locator('.excerpt mark').count()).toBe(0);
    expect(await headlineOnly.locator('.excerpt').innerText()).toMatch(/^科学导报讯.*。$/);
  });

  test('takes any query as text and ranks it by the same rules: one character, punctuation only, 500 characters, mixed Latin and Han, Traditional', async ({
    page,
    site,
    search,
    dialogs,
  }) => {
    expect((await search('q=' + encodeURIComponent('鹳'))).slugs.sort()).toEqual(containing('鹳'));
    // Punctuation around a query is not part of it: this one asks for nothing, and the page says what it needs.
    await page.goto(`${site}search/?q=${encodeURIComponent('，。！？')}`);
    await page.waitForSelector('#search-results[data-state="idle"]', { state: 'attached' });
    expect(await page.locator('#search-status').innerText()).toContain('请输入关键词');
    // The longest paragraph (444 characters) is found; 500 characters run into the next paragraph, and a match never spans two.
    const paragraphs = bodyText(articles.find((a) => a.slug === 'jincheng-2025-04-22-tuijinlvse')!.body)
      .split('\n')
      .map((p) => p.replace(/\s/g, ''));
    const longest = paragraphs.reduce((a, b) => (b.length > a.length ? b : a));
    expect((await search('q=' + encodeURIComponent(longest))).slugs).toEqual(['jincheng-2025-04-22-tuijinlvse']);
    const fiveHundred = [...paragraphs.slice(paragraphs.indexOf(longest)).join('')].slice(0, 500).join('');
    expect([...fiveHundred]).toHaveLength(500);
    const long = await search('q=' + encodeURIComponent(fiveHundred));
    expect(long).toEqual({ state: 'empty', slugs: [] });
    expect((await search('q=' + encodeURIComponent('PM2.5浓度'))).slugs.sort()).toEqual(containing('PM2.5浓度'));
    expect((await search('q=' + encodeURIComponent('尾礦庫'))).slugs).toEqual(['xinzhou-2025-04-21-jubanweixian']);
    expect(dialogs).toEqual([]);
  });

  test('says so when nothing matches', async ({ page, search }) => {
    const { state, slugs } = await search('q=' + encodeURIComponent('大熊猫保护'));
    expect(state).toBe('empty');
    expect(slugs).toEqual([]);
    expect(await page.locator('#search-status').innerText()).toContain('没有找到');
  });

  test('normalises width, script, case and surrounding punctuation', async ({ search }) => {
    const reference = (await search('q=PM2.5')).slugs;
    expect(reference.length).toBeGreaterThan(0);
    expect((await search('q=' + encodeURIComponent('ＰＭ２．５'))).slugs).toEqual(reference);
    expect((await search('q=' + encodeURIComponent('陽泉'))).slugs).toEqual((await search('q=阳泉')).slugs);
    expect((await search('q=vocs')).slugs).toEqual((await search('q=VOCs')).slugs);
    expect((await search('q=' + encodeURIComponent(' “尾矿库”。 '))).slugs).toEqual(['xinzhou-2025-04-21-jubanweixian']);
  });

  test('finds a city by its pinyin', async ({ search }) => {
    for (const city of ['yangquan', 'jincheng', 'lvliang']) {
      expect((await search(`q=${city}`)).slugs.sort(), city).toEqual(slugsOf(city));
    }
  });

  test('loads the facet counts only when the reader opens the filters', async ({ page, search }) => {
    const filterFiles: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('.pf_filter')) filterFiles.push(request.url());
    });
    await search('q=' + encodeURIComponent('生态环境局'));
    await page.waitForSelector('#search-trend[data-state="done"]', { state: 'attached' });
    expect(await page.locator('#search-facets fieldset').count()).toBe(0);
    // Only the dates, for the trend.
    expect(filterFiles).toHaveLength(1);
    await page.click('#search-filters summary');
    const cityFacet = page.locator('#search-facets fieldset', { hasText: '城市' });
    expect(await cityFacet.locator('label', { hasText: '晋城' }).innerText()).toContain('(2)');
    expect(filterFiles.length).toBeGreaterThan(0);
  });

  test('narrows by facet, sorts by date, and keeps both in the URL and the history', async ({ page, search }) => {
    const all = await search('q=' + encodeURIComponent('生态环境局'));
    expect(all.slugs.length).toBe(7);
    await page.click('#search-filters summary');
    const cityFacet = page.locator('#search-facets fieldset', { hasText: '城市' });
    expect(await cityFacet.locator('label', { hasText: '晋城' }).innerText()).toContain('(2)');
    await cityFacet.getByLabel(/晋城/).check();
    const narrowed = (await searchResults(page, { count: 2 })).slugs;
    expect(narrowed.sort()).toEqual(slugsOf('jincheng'));
    expect(new URL(page.url()).searchParams.getAll('city')).toEqual(['晋城']);

    await page.selectOption('#search-sort', 'date');
    await page.waitForURL(/sort=date/);
    expect((await searchResults(page, { count: 2 })).slugs).toEqual(newestFirst(slugsOf('jincheng')));
    expect(new URL(page.url()).searchParams.getAll('city')).toEqual(['晋城']);
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('sort=date'));
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('city='));
    expect((await searchResults(page, { count: 7 })).slugs.length).toBe(7);
  });

  test('sorts by date, newest first', async ({ page, search }) => {
    const { slugs } = await search('q=' + encodeURIComponent('生态环境局') + '&sort=date');
    expect(slugs).toEqual(newestFirst(containing('生态环境局')));
    expect(await page.inputValue('#search-sort')).toBe('date');
  });

  test('is used with the keyboard alone', async ({ site, page }) => {
    await page.goto(`${site}search/`);
    await page.focus('#search-q');
    await page.keyboard.type('黑臭水体');
    await page.keyboard.press('Enter');
    const { slugs } = await searchResults(page, { query: '黑臭水体' });
    expect(slugs.sort()).toEqual(['jincheng-2025-04-22-houzhishengtai', 'jincheng-2025-04-22-tuijinlvse']);
    expect(new URL(page.url()).searchParams.get('q')).toBe('黑臭水体');
  });

  test('starts from the search box in the header of every page', async ({ site, page }) => {
    await page.goto(`${site}cities/`);
    await page.fill('#site-search', '煤矸石');
    await page.press('#site-search', 'Enter');
    const { slugs } = await searchResults(page, { query: '煤矸石' });
    expect(slugs).toEqual(['jincheng-2025-04-22-tuijinlvse']);
  });

  test('treats a query as text, never as markup', async ({ page, search, dialogs }) => {
    const attack = '<img src=x onerror=alert(1)>';
    const { state } = await search('q=' + encodeURIComponent(attack));
    expect(state).toBe('empty');
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.locator('#search-status').innerText()).toContain(attack);
    await page.fill('#search-q', '<script>alert(2)</script>');
    await page.press('#search-q', 'Enter');
    await searchResults(page, { query: '<script>alert(2)</script>' });
    expect(await page.locator('#search-results script, #search-status script').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  test('highlights the terms on the article opened from a result', async ({ page, search }) => {
    await search('q=' + encodeURIComponent('2024年'));
    await page.locator('#search-results a', { hasText: '厚植生态优势' }).click();
    await page.waitForURL(/\/articles\/jincheng-2025-04-22-houzhishengtai\/\?hl=/);
    await page.waitForSelector('.article-body[data-highlights]');
    const count = Number(await page.getAttribute('.article-body', 'data-highlights'));
    const body = articles.find((a) => a.slug === 'jincheng-2025-04-22-houzhishengtai')!.body;
    expect(count).toBe(body.replace(/\s/g, '').split('2024年').length - 1);
  });

  test('tells readers without JavaScript how to browse instead', async ({ site, browser }) => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(`${site}search/?q=阳泉`);
    // With scripting off, the <noscript> content is part of the page.
    expect(await plain.locator('main').evaluate((main) => main.textContent)).toContain('搜索需要浏览器启用 JavaScript');
    expect(await plain.locator('main noscript a[href$="/cities/"]').count()).toBe(1);
    await noScript.close();
  });
});
