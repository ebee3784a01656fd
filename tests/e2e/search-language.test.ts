import { describe, expect } from 'vitest';
import { loadArticles } from '../helpers/content.ts';
import { test as siteTest } from '../helpers/site-test.ts';
import { openSearch, searchResults, type SearchResults } from '../../tools/search-page.ts';
import { searchDocument } from '../../bench/search-quality.ts';
import { normalizeSearchText } from '../../src/search/terms.ts';

const { articles } = loadArticles();
const documents = articles.map(searchDocument);

/** The articles whose text (or, for the headline block, headline, kicker, subtitle or column) contains a word, by plain substring search. */
function holding(word: string, headline = false): string[] {
  const needle = normalizeSearchText(word).toLowerCase();
  return documents
    .filter((doc) => (headline ? doc.headline : doc.text.split('\n')).some((line) => normalizeSearchText(line).toLowerCase().includes(needle)))
    .map((doc) => doc.slug)
    .sort();
}
const both = (a: string[], b: string[]) => a.filter((slug) => b.includes(slug));

/** `search(query, more)` opens the search page on this query (and more URL parameters) and returns what it finds. */
const test = siteTest.extend(
  'search',
  ({ site, page }) =>
    (query: string, more = ''): Promise<SearchResults> =>
      openSearch(page, site, `q=${encodeURIComponent(query)}${more}`),
);

describe('the query language on the search page', () => {
  test('reads a space as and: 阳泉 空气 finds the Yangquan article first, and only articles holding both', async ({ search }) => {
    const { slugs } = await search('阳泉 空气');
    expect(slugs[0]).toBe('yangquan-2025-04-22-shouhuyangquan');
    expect([...slugs].sort()).toEqual(both(holding('阳泉'), holding('空气')));
    // Full-width spaces too.
    expect((await search('阳泉\u3000空气')).slugs).toEqual(slugs);
    for (const query of ['危险废物 培训', '阳泉 蓝天', '晋城 绿色']) {
      const [first, second] = query.split(' ') as [string, string];
      const found = (await search(query)).slugs;
      expect(found.length, query).toBeGreaterThan(0);
      expect([...found].sort(), query).toEqual(both(holding(first), holding(second)));
    }
  });

  test('ranks the article whose headline holds both words first', async ({ search }) => {
    // 协同攻坚治污染 共筑蓝天保生态 holds both; others hold them in the body.
    const { slugs } = await search('生态 蓝天');
    expect(slugs[0]).toBe('jinzhong-2025-04-22-xietonggongjian');
    expect([...slugs].sort()).toEqual(both(holding('生态'), holding('蓝天')));
  });

  test('leaves out the articles holding an excluded word', async ({ search }) => {
    const { slugs } = await search('危险废物 -尾矿库');
    expect(slugs.length).toBeGreaterThan(0);
    expect([...slugs].sort()).toEqual(holding('危险废物').filter((slug) => !holding('尾矿库').includes(slug)));
    expect(slugs).not.toContain('xinzhou-2025-04-21-jubanweixian');
  });

  test('takes either word with OR or |, binding tighter than the space', async ({ search }) => {
    const either = [...new Set([...holding('尾矿库'), ...holding('煤矸石')])].sort();
    expect([...(await search('尾矿库 OR 煤矸石')).slugs].sort()).toEqual(either);
    expect([...(await search('尾矿库|煤矸石')).slugs].sort()).toEqual(either);
    const grouped = both(holding('晋城'), [...new Set([...holding('尾矿库'), ...holding('煤矸石')])]);
    expect([...(await search('晋城 尾矿库 OR 煤矸石')).slugs].sort()).toEqual(grouped.sort());
  });

  test('restricts a word to the headline block with 标题:', async ({ search }) => {
    const inHeadline = holding('危险废物', true);
    expect(inHeadline.length).toBeLessThan(holding('危险废物').length);
    expect([...(await search('标题:危险废物')).slugs].sort()).toEqual(inHeadline);
    expect([...(await search('title:危险废物')).slugs].sort()).toEqual(inHeadline);
    expect([...(await search('标题：生态环境局 培训')).slugs].sort()).toEqual(both(holding('生态环境局', true), holding('培训')));
  });

  test('keeps a quoted phrase with its spaces as one word', async ({ search }) => {
    expect([...(await search('"2024 年"')).slugs].sort()).toEqual(holding('2024年'));
    expect([...(await search('"一泓清水 入黄河"')).slugs].sort()).toEqual(holding('一泓清水入黄河'));
  });

  test('explains nothing found: each word’s own count, with a link that searches it alone', async ({ page, search }) => {
    const { state } = await search('阳泉 尾矿库');
    expect(state).toBe('empty');
    await page.waitForSelector('#search-explain:not([hidden])');
    const explanation = await page.locator('#search-explain').innerText();
    expect(explanation).toContain(`阳泉 ${holding('阳泉').length} 篇`);
    expect(explanation).toContain(`尾矿库 ${holding('尾矿库').length} 篇`);
    expect(explanation).toContain('同时包含的 0 篇');
    const links = page.locator('#search-explain a');
    expect(await links.count()).toBe(2);
    expect(new URL((await links.nth(1).getAttribute('href'))!, page.url()).searchParams.get('q')).toBe('尾矿库');
    await links.nth(1).click();
    const alone = await searchResults(page, { query: '尾矿库' });
    expect(alone.slugs).toEqual(holding('尾矿库'));
    // An exclusion that removes all: the count before it, and after.
    await search('尾矿库 -培训');
    await page.waitForSelector('#search-explain:not([hidden])');
    expect(await page.locator('#search-explain').innerText()).toContain('排除“培训”后 0 篇');
  });

  test('falls back to Simplified characters word by word', async ({ page, search }) => {
    expect((await search('尾礦庫 培訓')).slugs).toEqual(both(holding('尾矿库'), holding('培训')));
    expect(await page.locator('#search-status').innerText()).toContain('尾矿库 培训');
    // A word that finds articles as typed keeps its form.
    expect((await search('尾礦庫 PM2.5')).slugs).toEqual(both(holding('尾矿库'), holding('PM2.5')));
  });

  test('says that a query of exclusions only needs a word to find', async ({ page, search }) => {
    const { state } = await search('-阳泉 -空气');
    expect(state).toBe('empty');
    expect(await page.locator('#search-status').innerText()).toContain('请再输入至少一个要查找的词');
  });

  test('explains the syntax in a disclosure', async ({ page, site }) => {
    await page.goto(`${site}search/`);
    const syntax = page.locator('details.search-syntax');
    expect(await syntax.locator('summary').innerText()).toBe('搜索语法');
    await syntax.locator('summary').click();
    const text = await syntax.innerText();
    for (const example of ['阳泉 空气', '阳泉 -空气', '空气 OR 大气', '"2025 年 目标"', '标题:阳泉']) expect(text).toContain(example);
  });

  test('highlights every word of the query on the article opened from a result', async ({ page, search }) => {
    await search('阳泉 空气');
    const result = page.locator('#search-results li').first();
    expect(await result.locator('.excerpt mark').allInnerTexts()).toEqual(expect.arrayContaining(['空气']));
    await result.locator('a').first().click();
    await page.waitForURL(/\/articles\/yangquan-2025-04-22-shouhuyangquan\/\?hl=/);
    await page.waitForSelector('.article-body[data-highlights]');
    const body = (await page.locator('.article-body').innerText()).replace(/\s/g, '');
    const count = (word: string) => body.split(word).length - 1;
    expect(Number(await page.getAttribute('.article-body', 'data-highlights'))).toBe(count('阳泉') + count('空气'));
  });
});

describe('the date range and the trend on the search page', () => {
  test('draws the trend of the whole result, by month for the seed’s one month, each bar a link to its period', async ({ page, search }) => {
    const { slugs } = await search('生态环境局');
    await page.waitForSelector('#search-trend[data-state="done"]', { state: 'attached' });
    const bars = page.locator('#search-trend [data-period]');
    const periods = await bars.evaluateAll((links) =>
      links.map((a) => ({ period: a.getAttribute('data-period'), count: Number(a.getAttribute('data-count')), href: a.getAttribute('href') })),
    );
    const dates = slugs.map((slug) => articles.find((a) => a.slug === slug)!.data.date);
    expect(periods.map((bar) => bar.period)).toEqual([...new Set(dates.map((date) => date.slice(0, 7)))].sort());
    expect(periods.reduce((sum, bar) => sum + bar.count, 0)).toBe(slugs.length);
    // A text alternative: the caption, each bar's name, the table.
    expect(await page.locator('#search-trend figcaption').innerText()).toContain(`共 ${slugs.length} 篇`);
    expect(
      await page
        .locator('#search-trend')
        .getByRole('link', { name: new RegExp(`^2025年\\s*4月\\s*：${slugs.length} 篇$`) })
        .count(),
    ).toBe(1);
    expect(await page.locator('#search-trend table tbody tr').count()).toBe(periods.length);
    await bars.first().click();
    await page.waitForURL(/from=2025-04/);
    const url = new URL(page.url());
    expect([url.searchParams.get('from'), url.searchParams.get('to'), url.searchParams.get('q')]).toEqual(['2025-04', '2025-04', '生态环境局']);
    expect((await searchResults(page)).slugs.sort()).toEqual([...slugs].sort());
  });

  test('keeps to a range, both ends included, combined with facets and both sorts', async ({ page, search }) => {
    const inRange = (from: string, to: string) =>
      holding('生态').filter((slug) => {
        const date = articles.find((a) => a.slug === slug)!.data.date;
        return date >= from && date <= to;
      });
    expect([...(await search('生态', '&from=2025-04-21&to=2025-04-21')).slugs].sort()).toEqual(inRange('2025-04-21', '2025-04-21'));
    expect([...(await search('生态', '&to=2025-04-21&sort=date')).slugs].sort()).toEqual(inRange('0000', '2025-04-21'));
    expect(await page.inputValue('#search-to')).toBe('2025-04-21');
    const withFacet = (await search('生态', `&from=2025-04-22&city=${encodeURIComponent('晋城')}`)).slugs;
    expect([...withFacet].sort()).toEqual(inRange('2025-04-22', '2025-12-31').filter((slug) => slug.startsWith('jincheng')));
    // The range as typed into the form, in the forms readers write dates in.
    await page.fill('#search-from', '2025年4月22日');
    await page.fill('#search-to', '2025.4');
    await page.press('#search-q', 'Enter');
    await page.waitForURL(/from=/);
    expect([...(await searchResults(page)).slugs].sort()).toEqual(inRange('2025-04-22', '2025-04-30'));
  });

  test('says what is wrong with a range that ends before it starts, or is no date', async ({ page, search }) => {
    expect((await search('生态', '&from=2025&to=2024')).state).toBe('empty');
    expect(await page.locator('#search-status').innerText()).toContain('止（2024）早于起（2025）');
    expect((await search('生态', `&from=${encodeURIComponent('上个月')}`)).state).toBe('empty');
    expect(await page.locator('#search-status').innerText()).toContain('“起”应为年份、年月或日期');
  });
});

describe('a search within a printed page', () => {
  test('starts from the page view’s search box, shows the page as a filter that can be removed', async ({ page, site }) => {
    await page.goto(`${site}pages/000_248f2a5ceed2de10/`);
    await page.fill('#search-within-q', '生态环境局');
    await page.press('#search-within-q', 'Enter');
    const within = await searchResults(page, { query: '生态环境局' });
    expect([...within.slugs].sort()).toEqual(holding('生态环境局'));
    const url = new URL(page.url());
    expect(url.searchParams.getAll('page')).toEqual(['000_248f2a5ceed2de10.txt']);
    const filter = page.locator('#search-within');
    expect(await filter.innerText()).toContain('仅在');
    // A page no article is on finds nothing; removing the filter searches the whole archive again.
    await page.goto(`${site}search/?q=${encodeURIComponent('生态环境局')}&page=other.txt&within=${encodeURIComponent('别的版面')}`);
    expect((await searchResults(page)).state).toBe('empty');
    expect(await page.locator('#search-within').innerText()).toContain('别的版面');
    await page.locator('#search-within a').click();
    await page.waitForURL((next) => !next.search.includes('page='));
    expect([...(await searchResults(page)).slugs].sort()).toEqual(holding('生态环境局'));
    expect(await page.locator('#search-within').isHidden()).toBe(true);
  });
});

describe('bad input', () => {
  test('gives results or a sentence for every malformed query, never an error', async ({ page, site, dialogs }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const mixed = `"阳泉 -空气 OR | 标题: title：“ －PM2.5-10 ${'蓝天 OR -污染 "生态 '.repeat(30)}`.slice(0, 500);
    const sixty = Array.from({ length: 60 }, (_, i) => ['生态', '环境', '阳泉', '空气', '污染', '治理'][i % 6]! + String(i % 10)).join(' ');
    for (const query of ['"', '-', 'OR', '| |', '标题:', '-阳泉', '"阳泉', 'OR 阳泉 OR', '阳泉 OR -空气', 'PM2.5-10', '“”', '标题:"', mixed, sixty]) {
      await page.goto(`${site}search/?q=${encodeURIComponent(query)}`);
      // Results, nothing found, or nothing to search for (idle): each says so in the status line.
      await page.waitForFunction(
        () =>
          ['done', 'empty', 'idle'].includes(document.querySelector('#search-results')!.getAttribute('data-state')!) &&
          document.querySelector('#search-status')!.textContent!.length > 3,
      );
      expect(await page.locator('#search-status').innerText(), query).not.toBe('正在搜索…');
    }
    expect(errors).toEqual([]);
    expect(dialogs).toEqual([]);
  });
});
