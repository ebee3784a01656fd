/**
 * Issues and their pages in Chromium, on a copy of the archive with three
 * more pages imported as an editor would (two pages of one issue, one of the
 * next) and a page on which nothing was found to extract.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { buildFixture, makeFixture } from '../../tools/build.ts';
import { serveStatic } from '../../tools/static-server.ts';
import { launchBrowser } from '../../tools/browser.ts';
import { sha256Hex } from '../../src/importer/page-entry.ts';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { checkLinks, htmlFiles } from '../helpers/links.ts';

/** A small page of one article: dateline, body ending in a byline, kicker and headline. */
function onePage(city: string, day: number, subject: string, headline: string, author: string): string {
  return [
    `科学导报讯 4 月 ${day} 日，${city}生态环境局组织开展${subject}，重点检`,
    '查工业企业扬尘治理和挥发性有机物排放情况。',
    '检查组深入企业生产车间，逐项核对环保设施运行台账，对发现的问题当场反馈并督',
    `促限期整改。 ${author}`,
    `${city}生态环境局`,
    headline,
    '',
  ].join('\n');
}

const PAGES = [
  { file: 'kxdb-2025-04-24-1.txt', text: onePage('太原市', 23, '大气污染防治专项检查', '开展大气污染防治专项检查', '王梅'), args: ['--date', '2025-04-24', '--page', '1', '--page-name', '要闻', '--issue-number', '3021'] },
  { file: 'kxdb-2025-04-24-2.txt', text: onePage('大同市', 22, '扬尘污染专项整治', '开展扬尘污染专项整治', '李康'), args: ['--date', '2025-04-24', '--page', '2'] },
  { file: 'kxdb-2025-05-08-1.txt', text: onePage('朔州市', 30, '挥发性有机物治理检查', '开展挥发性有机物治理检查', '张静'), args: ['--date', '2025-05-08', '--page', '1'] },
];
const EMPTY_TEXT = '本版为广告\n\n（无新闻）\n';

const fixture = makeFixture();
let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  for (const { file, text, args } of PAGES) {
    const path = join(fixture.root, file);
    writeFileSync(path, text);
    const run = spawnSync('npm', ['run', 'import', '--silent', '--', path, '--out', fixture.articles, ...args], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(run.stderr);
  }
  // A page on which nothing was found to extract: registered by hand, its text all unassigned.
  writeFileSync(join(fixture.root, 'sources', 'kxdb-2025-05-08-2.txt'), EMPTY_TEXT);
  writeFileSync(
    join(fixture.root, 'sources', 'kxdb-2025-05-08-2.yaml'),
    [
      'file: kxdb-2025-05-08-2.txt',
      `sha256: ${sha256Hex(new TextEncoder().encode(EMPTY_TEXT))}`,
      "date: '2025-05-08'",
      'issueNumber: null',
      'page: 2',
      'pageName: 广告',
      'accounting:',
      '  onPage: 10',
      '  inBodies: 0',
      '  inFields: 0',
      '  unassigned: 10',
      '  left:',
      '    - { text: 本版为广告, line: 1, reason: no article on the page }',
      '    - { text: （无新闻）, line: 3, reason: no article on the page }',
      '',
    ].join('\n'),
  );
  const built = buildFixture(fixture);
  if (built.status !== 0) throw new Error(built.output);
  server = await serveStatic(fixture.out);
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(fixture.root, { recursive: true, force: true });
});

const pathOf = (href: string | null) => new URL(href!, server.url).pathname;

describe('the issue calendar with dated issues', () => {
  it('shows years, months and the days an issue came out, linked, and the undated pages apart', async () => {
    await page.goto(`${server.url}issues/`);
    expect(await page.locator('h2').allTextContents()).toEqual(['2025年', '日期未知']);
    expect(await page.locator('table.issue-calendar caption').allTextContents()).toEqual(['2025年4月', '2025年5月']);
    const linked = page.locator('table.issue-calendar td.has-issue a');
    expect(await linked.evaluateAll((links) => links.map((a) => [a.textContent, a.getAttribute('aria-label'), a.getAttribute('href')]))).toEqual([
      ['24', '2025年4月24日，2 个版面', '/issues/2025-04-24/'],
      ['8', '2025年5月8日，2 个版面', '/issues/2025-05-08/'],
    ]);
    // April 2025 begins on a Tuesday: the first week's Monday is empty.
    expect(await page.locator('table.issue-calendar').first().locator('tbody tr').first().locator('td').allTextContents()).toEqual(['', '1', '2', '3', '4', '5', '6']);
    expect(await page.locator('.undated-pages > li > a').allTextContents()).toEqual(['000_248f2a5ceed2de10.txt']);
  });

  it('leads to an issue, its pages in order, and each page’s articles', async () => {
    await page.goto(`${server.url}issues/`);
    await page.getByRole('link', { name: '2025年4月24日，2 个版面' }).click();
    await page.waitForURL(`${server.url}issues/2025-04-24/`);
    expect(await page.locator('h1').innerText()).toBe('《科学导报》2025年4月24日');
    expect(await page.locator('main').innerText()).toContain('第 3021 期');
    expect(await page.locator('.issue-pages h2').allTextContents()).toEqual(['第1版 · 要闻', '第2版']);
    expect(await page.locator('.issue-pages .article-list a').allTextContents()).toEqual(['开展大气污染防治专项检查', '开展扬尘污染专项整治']);
    expect(pathOf(await page.locator('a[rel=next]').getAttribute('href'))).toBe('/issues/2025-05-08/');
    expect(await page.locator('a[rel=prev]').count()).toBe(0);
  });
});

describe('a dated page view', () => {
  it('names its issue and page and leads to the next page, the next issue and back', async () => {
    await page.goto(`${server.url}issues/2025-04-24/`);
    await page.getByRole('link', { name: '第1版 · 要闻' }).click();
    await page.waitForURL(`${server.url}pages/kxdb-2025-04-24-1/`);
    expect(await page.locator('h1').innerText()).toBe('《科学导报》2025年4月24日 第1版 · 要闻');
    expect(await page.locator('.breadcrumb').innerText()).toMatch(/往期\s*2025年4月24日\s*第1版 · 要闻/);
    expect(await page.locator('a[rel=prev]').count()).toBe(0);
    await page.locator('a[rel=next]').click();
    await page.waitForURL(`${server.url}pages/kxdb-2025-04-24-2/`);
    expect(pathOf(await page.locator('a[rel=prev]').getAttribute('href'))).toBe('/pages/kxdb-2025-04-24-1/');
    await page.getByRole('link', { name: '下一期：2025年5月8日' }).click();
    await page.waitForURL(`${server.url}issues/2025-05-08/`);
    await page.getByRole('link', { name: '上一期：2025年4月24日' }).click();
    await page.waitForURL(`${server.url}issues/2025-04-24/`);
  });

  it('is linked from its article’s 见报 line, with the page number in the JSON-LD', async () => {
    await page.goto(`${server.url}articles/taiyuan-2025-04-23-kaizhandaqi/`);
    expect(await page.locator('.printed-in').innerText()).toBe('见报：《科学导报》2025年4月24日 第1版 · 要闻 · 原始识别文本（第 1–6 行）');
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as Record<string, unknown>;
    expect(jsonLd.isPartOf).toEqual({ '@type': 'PublicationIssue', datePublished: '2025-04-24', issueNumber: '3021', isPartOf: { '@type': 'Periodical', name: '科学导报' } });
    expect(jsonLd.pageStart).toBe(1);
    await page.locator('.printed-in a.printed-page-link').click();
    await page.waitForURL(`${server.url}pages/kxdb-2025-04-24-1/`);
  });
});

describe('a page with no articles', () => {
  it('is shown with its text, as a page with nothing extracted', async () => {
    const response = await page.goto(`${server.url}pages/kxdb-2025-05-08-2/`);
    expect(response?.status()).toBe(200);
    expect(await page.locator('h1').innerText()).toBe('《科学导报》2025年5月8日 第2版 · 广告');
    expect(await page.locator('.nothing-extracted').innerText()).toContain('本版未提取文章');
    expect(await page.locator('.page-articles').count()).toBe(0);
    expect(await page.locator('.ocr-line .lt').allTextContents()).toEqual(['本版为广告', '', '（无新闻）']);
    expect(await page.locator('.held').count()).toBe(0);
    await page.goto(`${server.url}issues/2025-05-08/`);
    expect(await page.locator('.issue-pages > li').last().innerText()).toContain('本版未提取文章');
  });
});

describe('the served page files', () => {
  it('are byte for byte the imported files', async () => {
    for (const { file, text } of PAGES) {
      const response = await fetch(`${server.url}sources/${file}`);
      expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(text))).toBe(true);
      expect(readFileSync(join(fixture.root, 'sources', file), 'utf8')).toBe(text);
    }
  });
});

describe('accessibility of the issue and page views', () => {
  it.each(['issues/', 'issues/2025-04-24/', 'pages/kxdb-2025-04-24-1/', 'pages/kxdb-2025-05-08-2/'])('/%s has no axe violations in light and dark mode', async (path) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme });
      const tab = await context.newPage();
      await tab.goto(`${server.url}${path}`);
      const results = await new AxeBuilder({ page: tab }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
      expect(results.violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await context.close();
    }
  });
});

describe('the built pages', () => {
  it('have no broken link or anchor and pass html-validate', async () => {
    expect(checkLinks(fixture.out, 'http://localhost:4321', '/')).toEqual([]);
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const failures: string[] = [];
    const printed = htmlFiles(fixture.out).filter((file) => /^(issues|pages)\//.test(file));
    // The calendar, two issues, five pages.
    expect(printed).toHaveLength(8);
    for (const file of printed) {
      const report = await validator.validateString(readFileSync(join(fixture.out, file), 'utf8'), file);
      for (const result of report.results) for (const m of result.messages) failures.push(`${file}:${m.line} ${m.ruleId}: ${m.message}`);
    }
    expect(failures).toEqual([]);
  });
});
