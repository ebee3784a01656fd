import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { loadArticles } from '../helpers/content.ts';
import { test } from '../helpers/site-test.ts';
import { articleSlugs, linkedArticles } from '../../tools/search-page.ts';
import { bodyText } from '../../src/text/markdown.ts';
import { CITIES } from '../../src/model/gazetteer.ts';
import { TOPICS } from '../../src/model/topics.ts';
import { readingMinutes } from '../../src/view/reading.ts';

const { articles } = loadArticles();
const ARTICLE = articles.find((a) => a.slug === 'jincheng-2025-04-22-houzhishengtai')!;
/** One page of each kind the archive builds. */
const PAGES = [
  '',
  'cities/',
  'cities/jincheng/',
  `articles/${ARTICLE.slug}/`,
  'archive/',
  'archive/2025/04/',
  'issues/',
  'pages/000_248f2a5ceed2de10/',
  'authors/',
  'authors/laihong/',
  'topics/',
  'topics/air/',
];

/** The articles a page's main list links to. */
const mainSlugs = (page: Page) => linkedArticles(page, 'main .article-list a');

describe('the article page', () => {
  test.beforeEach(async ({ site, page }) => {
    await page.goto(`${site}articles/${ARTICLE.slug}/`);
  });

  test('shows the headline block, source line, authors and reading time', async ({ page }) => {
    const header = page.locator('.headline-block');
    expect(await header.locator('h1').innerText()).toBe(ARTICLE.data.title);
    expect(await header.locator('.subtitle').innerText()).toBe(ARTICLE.data.subtitle);
    expect(await header.locator('.source-line').innerText()).toMatch(/《科学导报》.*2025年4月22日（推定日期/);
    expect(await header.getByRole('link', { name: '来虹' }).getAttribute('href')).toMatch(/\/authors\/laihong\/$/);
    const minutes = readingMinutes(bodyText(ARTICLE.body));
    expect(await header.locator('.reading-time').innerText()).toContain(`阅读约需 ${minutes} 分钟`);
  });

  test('has a table of contents whose links reach the subheadings', async ({ page }) => {
    const subheadings = await page.locator('.article-body h2').allTextContents();
    expect(subheadings.length).toBeGreaterThanOrEqual(2);
    const toc = page.locator('nav.toc a');
    expect(await toc.allTextContents()).toEqual(subheadings);
    for (const href of await toc.evaluateAll((links) => links.map((a) => a.getAttribute('href')!))) {
      expect(await page.locator(`.article-body h2[id="${decodeURIComponent(href.slice(1))}"]`).count()).toBe(1);
    }
  });

  test('gives the photo caption and credit as printed, with the archive’s correction beside the print', async ({ page }) => {
    const photo = ARTICLE.data.photos[0]!;
    expect(await page.locator('.photo-note .caption').innerText()).toBe(photo.caption.replace('侯鸟', '侯鸟〔候鸟〕'));
    expect(await page.locator('.photo-note .credit').innerText()).toBe(`（${photo.credit}）`);
  });

  test('offers a citation with the stable URL, which is the canonical one', async ({ page }) => {
    const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
    expect(canonical).toMatch(new RegExp(`/articles/${ARTICLE.slug}/$`));
    expect(await page.locator('.citation').innerText()).toBe(`来虹. ${ARTICLE.data.title}[N]. 科学导报, 2025-04-22. ${canonical}.`);
    expect(await page.locator('.stable-url').innerText()).toBe(canonical);
  });

  test('carries JSON-LD NewsArticle, Open Graph and Twitter card metadata', async ({ page }) => {
    const json = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(json).toMatchObject({
      '@type': 'NewsArticle',
      headline: ARTICLE.data.title,
      datePublished: '2025-04-22',
      author: [{ '@type': 'Person', name: '来虹' }],
      publisher: { '@type': 'Organization', name: '科学导报' },
      contentLocation: { name: '山西省晋城市泽州县' },
    });
    const meta = (property: string) => page.locator(`meta[property="${property}"], meta[name="${property}"]`).getAttribute('content');
    expect(await meta('og:type')).toBe('article');
    expect(await meta('og:title')).toBe(ARTICLE.data.title);
    expect(await meta('article:published_time')).toBe('2025-04-22');
    expect(await meta('twitter:card')).toBe('summary');
  });

  test('links to the next and previous articles in archive order, and back up the breadcrumb', async ({ site, page }) => {
    // Newest first; on one day by city in gazetteer order (晋中 before 晋城), then by headline.
    const links = await page.locator('nav.pager a').evaluateAll((as) => as.map((a) => [a.getAttribute('rel'), a.getAttribute('href')]));
    expect(links).toEqual([
      ['prev', '/articles/jinzhong-2025-04-22-xietonggongjian/'],
      ['next', '/articles/jincheng-2025-04-22-tuijinlvse/'],
    ]);
    for (const [, href] of links) expect((await page.request.get(new URL(href!, site).href)).status()).toBe(200);
    expect(await page.locator('.breadcrumb li').allTextContents()).toEqual(['首页', '城市', '晋城', ARTICLE.data.title]);
  });

  test('ships no JavaScript besides the inline theme switch and the search-term highlighter', async ({ page }) => {
    const modules = await page.locator('script[src]').evaluateAll((scripts) => scripts.map((s) => s.getAttribute('src')!));
    expect(modules).toHaveLength(1);
    const highlighter = await page.evaluate(async (src) => (await fetch(src)).text(), modules[0]!);
    expect(highlighter).toContain('search-term');
    const scripts = await page.locator('script:not([type="application/ld+json"]):not([src])').allTextContents();
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toContain('prefers-color-scheme');
    // In <head>, before the stylesheet and the body: the theme is set before the first paint.
    expect(await page.evaluate(() => document.head.querySelector('script:not([type])') !== null)).toBe(true);
  });

  test('sets the body for long Chinese reading: line-height 1.8, 2em indent, justified, at most 36 characters a line', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const style = await page
      .locator('.article-body p')
      .first()
      .evaluate((p) => {
        const s = getComputedStyle(p);
        return {
          fontSize: parseFloat(s.fontSize),
          lineHeight: parseFloat(s.lineHeight),
          indent: parseFloat(s.textIndent),
          align: s.textAlign,
          width: p.getBoundingClientRect().width,
          font: s.fontFamily,
        };
      });
    expect(style.lineHeight / style.fontSize).toBeCloseTo(1.8, 1);
    expect(style.indent / style.fontSize).toBeCloseTo(2, 1);
    expect(style.align).toBe('justify');
    // The measure is 36 em of the body's type on a wide screen: 36 Chinese characters a line, each one em wide
    // (counted in em, not in glyphs, which depend on the fonts the machine has).
    expect(style.width / style.fontSize).toBeCloseTo(36, 2);
    // Latin faces first, then each platform's CJK face.
    const families = style.font.split(',').map((f) => f.trim().replace(/['"]/g, ''));
    expect(families.indexOf('Arial')).toBeLessThan(families.indexOf('PingFang SC'));
    for (const cjk of ['PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC']) expect(families).toContain(cjk);
  });

  test('prints the article with its headline block and source line, without navigation', async ({ page }) => {
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.site-header', '.site-footer', '.breadcrumb', '.toc', 'nav.pager'])
      expect(await page.locator(hidden).isVisible(), hidden).toBe(false);
    for (const shown of ['.headline-block h1', '.source-line', '.article-body', '.citation']) expect(await page.locator(shown).isVisible(), shown).toBe(true);
  });
});

describe('every page', () => {
  test.for(PAGES)('/%s loads nothing from outside the site and fits a 320 px screen', async (path, { site, page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const response = await page.goto(`${site}${path}`, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => !u.startsWith(new URL(site).origin))).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});

describe('dark mode', () => {
  test('follows the system, and the switch overrides it across pages without script on the page itself', async ({ site, page: p }) => {
    await p.emulateMedia({ colorScheme: 'dark' });
    const htmlBackground = () => p.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    /** The relative luminance of a computed `rgb(r, g, b)`: near 0 for a dark page, near 1 for a light one. */
    const luminance = (rgb: string) => {
      const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? [])
        .slice(0, 3)
        .map((c) => Number(c) / 255)
        .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      expect(b, `a colour: ${rgb}`).toBeDefined();
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    // The body paints nothing of its own over the page's background.
    const bodyBackground = () => p.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await p.goto(site);
    const systemDark = await htmlBackground();
    expect(luminance(systemDark)).toBeLessThan(0.05);
    expect(await bodyBackground()).toBe('rgba(0, 0, 0, 0)');
    expect(await p.locator('.theme-toggle').getAttribute('aria-pressed')).toBe('true');
    await p.locator('.theme-toggle').click();
    expect(await p.locator('.theme-toggle').getAttribute('aria-pressed')).toBe('false');
    const chosenLight = await htmlBackground();
    expect(luminance(chosenLight)).toBeGreaterThan(0.9);
    await p.goto(`${site}articles/${ARTICLE.slug}/`);
    expect(await htmlBackground()).toBe(chosenLight);
    expect(await p.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    // Choosing what the system prefers goes back to following the system.
    await p.locator('.theme-toggle').click();
    expect(await p.evaluate(() => [document.documentElement.dataset.theme, localStorage.getItem('theme')])).toEqual([undefined, null]);
    expect(await htmlBackground()).toBe(systemDark);
    expect(await bodyBackground()).toBe('rgba(0, 0, 0, 0)');
  });
});

describe('browsing', () => {
  test('draws the 11 cities on the map of the cities page, each linked with its article count', async ({ site, page }) => {
    await page.goto(`${site}cities/`);
    const markers = page.locator('.city-map a');
    expect(await markers.count()).toBe(11);
    for (const city of CITIES) {
      const count = articles.filter((a) => a.data.city === city.id).length;
      const marker = page.locator(`.city-map a[href$="/cities/${city.id}/"]`);
      expect((await marker.textContent())!.trim()).toBe(`${city.name} ${count}`);
      expect(await marker.locator('circle').count()).toBe(1);
      // The text list says the same.
      expect(await page.locator(`.city-grid a[href$="/cities/${city.id}/"]`).innerText()).toMatch(new RegExp(`${city.name}\\s*${count} 篇`));
    }
    await page.goto(site);
    expect(await page.locator('.city-map a').count()).toBe(11);
    // A pointer can follow the map; assistive technology and the keyboard use the list.
    await page.locator('.city-map a[href$="/cities/yangquan/"] circle').click();
    await page.waitForURL(/\/cities\/yangquan\/$/);
  });

  test('lists years and months, and each month its articles', async ({ site, page }) => {
    await page.goto(`${site}archive/`);
    const months = [...new Set(articles.map((a) => a.data.date.slice(0, 7)))];
    expect(await page.locator('.timeline a[href*="/archive/2025/04/"]').innerText()).toBe('2025年4月');
    for (const month of months) {
      const [y, m] = month.split('-');
      await page.goto(`${site}archive/${y}/${m}/`);
      expect(await mainSlugs(page)).toEqual(
        articles
          .filter((a) => a.data.date.startsWith(month))
          .map((a) => a.slug)
          .sort(),
      );
    }
  });

  test('lists each author and each topic with exactly their articles', async ({ site, page }) => {
    await page.goto(`${site}authors/`);
    const authorLinks = await page.locator('main .term-list a').evaluateAll((as) => as.map((a) => [a.textContent!, a.getAttribute('href')!]));
    expect(authorLinks.map(([name]) => name).sort()).toEqual([...new Set(articles.flatMap((a) => a.data.authors))].sort());
    for (const [name, href] of authorLinks) {
      await page.goto(new URL(href!, site).href);
      expect(await mainSlugs(page), name).toEqual(
        articles
          .filter((a) => a.data.authors.includes(name!))
          .map((a) => a.slug)
          .sort(),
      );
    }
    for (const topic of Object.keys(TOPICS) as (keyof typeof TOPICS)[]) {
      await page.goto(`${site}topics/${topic}/`);
      expect(await page.locator('h1').innerText()).toBe(TOPICS[topic]);
      expect(await mainSlugs(page), topic).toEqual(
        articles
          .filter((a) => a.data.topics.includes(topic))
          .map((a) => a.slug)
          .sort(),
      );
    }
  });
});

describe('feeds and sitemap', () => {
  const xml = async (url: string) => {
    const response = await fetch(url);
    expect(response.status, url).toBe(200);
    return response.text();
  };
  const links = (text: string) => [...text.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1]!).slice(1);

  test('has a feed of the whole archive and one per city', async ({ site, page }) => {
    const all = await xml(`${site}rss.xml`);
    expect(all).toContain('<language>zh-cn</language>');
    expect(articleSlugs(links(all))).toEqual(articles.map((a) => a.slug).sort());
    for (const city of CITIES) {
      const feed = await xml(`${site}cities/${city.id}/rss.xml`);
      expect(articleSlugs(links(feed)), city.id).toEqual(
        articles
          .filter((a) => a.data.city === city.id)
          .map((a) => a.slug)
          .sort(),
      );
    }
    await page.goto(`${site}cities/jincheng/`);
    expect(await page.locator('link[rel=alternate][type="application/rss+xml"]').evaluateAll((ls) => ls.map((l) => l.getAttribute('href')))).toEqual([
      '/rss.xml',
      '/cities/jincheng/rss.xml',
    ]);
  });

  test('lists every article page in the sitemap', async ({ site }) => {
    const index = await xml(`${site}sitemap-index.xml`);
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(new URL(m[1]!).pathname.slice(1), site).href);
    const urls = (await Promise.all(sitemaps.map(xml))).flatMap((text) => [...text.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
    for (const article of articles)
      expect(
        urls.some((u) => u.endsWith(`/articles/${article.slug}/`)),
        article.slug,
      ).toBe(true);
    expect(urls.some((u) => u.includes('404'))).toBe(false);
  });
});
