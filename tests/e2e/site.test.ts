import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../tools/browser.ts';
import { loadArticles } from '../helpers/content.ts';
import { bodyText } from '../../src/text/markdown.ts';
import { CITIES } from '../../src/model/gazetteer.ts';

const site = inject('siteUrl');
const { articles } = loadArticles();
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(() => browser?.close());

/** The article links inside the page's main element, as slugs. */
async function listedSlugs(): Promise<string[]> {
  const hrefs = await page.locator('main a[href*="/articles/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  return [...new Set(hrefs.map((href) => href.split('/').filter(Boolean).pop()!))].sort();
}

describe('article pages', () => {
  it.each(articles.map((a) => [a.slug, a] as const))('%s shows its whole body as printed', async (slug, article) => {
    const response = await page.goto(`${site}articles/${slug}/`);
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.locator('h1').innerText()).toBe(article.data.title);
    const blocks = await page.locator('.article-body > *').allTextContents();
    expect(blocks.join('\n')).toBe(bodyText(article.body));
    for (const name of article.data.authors) expect(await page.locator('.headline-block').innerText()).toContain(name);
  });
});

describe('city pages', () => {
  it.each(CITIES.map((c) => [c.id] as const))('%s lists exactly its articles', async (city) => {
    const response = await page.goto(`${site}cities/${city}/`);
    expect(response?.status()).toBe(200);
    const expected = articles.filter((a) => a.data.city === city).map((a) => a.slug).sort();
    expect(await listedSlugs()).toEqual(expected);
    if (expected.length === 0) expect(await page.locator('main').innerText()).toContain('尚未收录');
  });

  it('groups a city by county', async () => {
    await page.goto(`${site}cities/jincheng/`);
    expect(await page.locator('main h2').allTextContents()).toEqual(['高平市', '泽州县']);
  });
});

describe('navigation', () => {
  it('goes from the home page to a city to an article', async () => {
    await page.goto(site);
    await page.getByRole('link', { name: /^晋城/ }).first().click();
    await page.waitForURL(/\/cities\/jincheng\/$/);
    await page.getByRole('link', { name: '厚植生态优势 擦亮发展底色' }).click();
    await page.waitForURL(/\/articles\/jincheng-2025-04-22-houzhishengtai\/$/);
    expect(await page.locator('h1').innerText()).toBe('厚植生态优势 擦亮发展底色');
    await page.getByRole('link', { name: '晋城', exact: true }).click();
    await page.waitForURL(/\/cities\/jincheng\/$/);
  });

  it('lists every article on the home page and counts them per city', async () => {
    await page.goto(site);
    expect(await listedSlugs()).toEqual(articles.map((a) => a.slug).sort());
    expect(await page.getByRole('link', { name: /阳泉\s*1 篇/ }).count()).toBe(1);
    expect(await page.getByRole('link', { name: /太原\s*0 篇/ }).count()).toBe(1);
  });

  it('answers an unknown address with the 404 page', async () => {
    const response = await page.goto(`${site}articles/no-such-article/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe('页面不存在');
  });
});
