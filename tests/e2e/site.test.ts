import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { loadArticles } from '../helpers/content.ts';
import { test } from '../helpers/site-test.ts';
import { linkedArticles } from '../../tools/search-page.ts';
import { bodyText } from '../../src/text/markdown.ts';
import { CITIES } from '../../src/model/gazetteer.ts';

const { articles } = loadArticles();

/** The article links inside the page's main element, as slugs. */
async function listedSlugs(page: Page): Promise<string[]> {
  return linkedArticles(page, 'main a[href*="/articles/"]');
}

describe('article pages', () => {
  test.for(articles.map((a) => [a.slug, a] as const))('%s shows its whole body as printed', async ([slug, article], { site, page }) => {
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
  test.for(CITIES.map((c) => c.id))('%s lists exactly its articles', async (city, { site, page }) => {
    const response = await page.goto(`${site}cities/${city}/`);
    expect(response?.status()).toBe(200);
    const expected = articles
      .filter((a) => a.data.city === city)
      .map((a) => a.slug)
      .sort();
    expect(await listedSlugs(page)).toEqual(expected);
    if (expected.length === 0) expect(await page.locator('main').innerText()).toContain('尚未收录');
  });

  test('groups a city by county', async ({ site, page }) => {
    await page.goto(`${site}cities/jincheng/`);
    expect(await page.locator('main h2').allTextContents()).toEqual(['高平市', '泽州县']);
  });
});

describe('navigation', () => {
  test('goes from the home page to a city to an article', async ({ site, page }) => {
    await page.goto(site);
    await page.getByRole('link', { name: /^晋城/ }).first().click();
    await page.waitForURL(/\/cities\/jincheng\/$/);
    await page.getByRole('link', { name: '厚植生态优势 擦亮发展底色' }).click();
    await page.waitForURL(/\/articles\/jincheng-2025-04-22-houzhishengtai\/$/);
    expect(await page.locator('h1').innerText()).toBe('厚植生态优势 擦亮发展底色');
    await page.getByRole('link', { name: '晋城', exact: true }).click();
    await page.waitForURL(/\/cities\/jincheng\/$/);
  });

  test('lists every article on the home page and counts them per city', async ({ site, page }) => {
    await page.goto(site);
    expect(await listedSlugs(page)).toEqual(articles.map((a) => a.slug).sort());
    expect(await page.getByRole('link', { name: /阳泉\s*1 篇/ }).count()).toBe(1);
    expect(await page.getByRole('link', { name: /太原\s*0 篇/ }).count()).toBe(1);
  });

  test('answers an unknown address with the 404 page', async ({ site, page }) => {
    const response = await page.goto(`${site}articles/no-such-article/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe('页面不存在');
  });
});
