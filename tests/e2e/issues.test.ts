/**
 * Issues and their pages in Chromium, on a copy of the archive with three
 * more pages imported as an editor would (two pages of one issue, one of the
 * next) and a page on which nothing was found to extract.
 */
import { describe, expect } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Fixture } from '../../tools/build.ts';
import { sha256Hex } from '../../src/archive/digest.ts';
import { axeViolations } from '../helpers/axe.ts';
import { htmlValidateFaults } from '../helpers/html-validate.ts';
import { checkLinks, htmlFiles } from '../helpers/links.ts';
import { test } from '../helpers/site-test.ts';

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
  {
    file: 'kxdb-2025-04-24-1.txt',
    text: onePage('太原市', 23, '大气污染防治专项检查', '开展大气污染防治专项检查', '王梅'),
    args: ['--date', '2025-04-24', '--page', '1', '--page-name', '要闻', '--issue-number', '3021'],
  },
  {
    file: 'kxdb-2025-04-24-2.txt',
    text: onePage('大同市', 22, '扬尘污染专项整治', '开展扬尘污染专项整治', '李康'),
    args: ['--date', '2025-04-24', '--page', '2'],
  },
  {
    file: 'kxdb-2025-05-08-1.txt',
    text: onePage('朔州市', 30, '挥发性有机物治理检查', '开展挥发性有机物治理检查', '张静'),
    args: ['--date', '2025-05-08', '--page', '1'],
  },
];
const EMPTY_TEXT = '本版为广告\n\n（无新闻）\n';

let fixture: Fixture;
let site: string;

test.beforeAll(async ({ newArchive, importInto, serve }) => {
  fixture = newArchive();
  for (const { file, text, args } of PAGES) {
    const imported = importInto(fixture, file, text, args);
    if (imported.status !== 0) throw new Error(imported.stderr);
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
      '    - { text: 本版为广告, line: 1, reason: advertisement }',
      '    - { text: （无新闻）, line: 3, reason: advertisement }',
      '',
    ].join('\n'),
  );
  site = (await serve(fixture)).url;
});

const pathOf = (href: string | null) => new URL(href!, site).pathname;

describe('the issue calendar with dated issues', () => {
  test('shows years, months and the days an issue came out, linked, and the undated pages apart', async ({ page }) => {
    await page.goto(`${site}issues/`);
    expect(await page.locator('h2').allTextContents()).toEqual(['2025年', '日期未知']);
    expect(await page.locator('table.issue-calendar caption').allTextContents()).toEqual(['2025年4月', '2025年5月']);
    const linked = page.locator('table.issue-calendar td.has-issue a');
    expect(await linked.evaluateAll((links) => links.map((a) => [a.textContent, a.getAttribute('aria-label'), a.getAttribute('href')]))).toEqual([
      ['24', '2025年4月24日，2 个版面', '/issues/2025-04-24/'],
      ['8', '2025年5月8日，2 个版面', '/issues/2025-05-08/'],
    ]);
    // April 2025 begins on a Tuesday: the first week's Monday is empty.
    expect(await page.locator('table.issue-calendar').first().locator('tbody tr').first().locator('td').allTextContents()).toEqual([
      '',
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
    ]);
    expect(await page.locator('.undated-pages > li > a').allTextContents()).toEqual(['000_248f2a5ceed2de10.txt']);
  });

  test('leads to an issue, its pages in order, and each page’s articles', async ({ page }) => {
    await page.goto(`${site}issues/`);
    await page.getByRole('link', { name: '2025年4月24日，2 个版面' }).click();
    await page.waitForURL(`${site}issues/2025-04-24/`);
    expect(await page.locator('h1').innerText()).toBe('《科学导报》2025年4月24日');
    expect(await page.locator('main').innerText()).toContain('第 3021 期');
    expect(await page.locator('.issue-pages h2').allTextContents()).toEqual(['第1版 · 要闻', '第2版']);
    expect(await page.locator('.issue-pages .article-list a').allTextContents()).toEqual(['开展大气污染防治专项检查', '开展扬尘污染专项整治']);
    expect(pathOf(await page.locator('a[rel=next]').getAttribute('href'))).toBe('/issues/2025-05-08/');
    expect(await page.locator('a[rel=prev]').count()).toBe(0);
  });
});

describe('a dated page view', () => {
  test('names its issue and page and leads to the next page, the next issue and back', async ({ page }) => {
    await page.goto(`${site}issues/2025-04-24/`);
    await page.getByRole('link', { name: '第1版 · 要闻' }).click();
    await page.waitForURL(`${site}pages/kxdb-2025-04-24-1/`);
    expect(await page.locator('h1').innerText()).toBe('《科学导报》2025年4月24日 第1版 · 要闻');
    expect(await page.locator('.breadcrumb').innerText()).toMatch(/往期\s*2025年4月24日\s*第1版 · 要闻/);
    expect(await page.locator('a[rel=prev]').count()).toBe(0);
    await page.locator('a[rel=next]').click();
    await page.waitForURL(`${site}pages/kxdb-2025-04-24-2/`);
    expect(pathOf(await page.locator('a[rel=prev]').getAttribute('href'))).toBe('/pages/kxdb-2025-04-24-1/');
    await page.getByRole('link', { name: '下一期：2025年5月8日' }).click();
    await page.waitForURL(`${site}issues/2025-05-08/`);
    await page.getByRole('link', { name: '上一期：2025年4月24日' }).click();
    await page.waitForURL(`${site}issues/2025-04-24/`);
  });

  test('is linked from its article’s 见报 line, with the page number in the JSON-LD', async ({ page }) => {
    await page.goto(`${site}articles/taiyuan-2025-04-23-kaizhandaqi/`);
    expect(await page.locator('.printed-in').innerText()).toBe('见报：《科学导报》2025年4月24日 第1版 · 要闻 · 原始识别文本（第 1–6 行）');
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as Record<string, unknown>;
    expect(jsonLd.isPartOf).toEqual({
      '@type': 'PublicationIssue',
      datePublished: '2025-04-24',
      issueNumber: '3021',
      isPartOf: { '@type': 'Periodical', name: '科学导报' },
    });
    expect(jsonLd.pageStart).toBe(1);
    await page.locator('.printed-in a.printed-page-link').click();
    await page.waitForURL(`${site}pages/kxdb-2025-04-24-1/`);
  });
});

describe('a page with no articles', () => {
  test('is shown with its text, as a page with nothing extracted', async ({ page }) => {
    const response = await page.goto(`${site}pages/kxdb-2025-05-08-2/`);
    expect(response?.status()).toBe(200);
    expect(await page.locator('h1').innerText()).toBe('《科学导报》2025年5月8日 第2版 · 广告');
    expect(await page.locator('.nothing-extracted').innerText()).toContain('本版未提取文章');
    expect(await page.locator('.page-articles').count()).toBe(0);
    expect(await page.locator('.ocr-line .lt').allTextContents()).toEqual(['本版为广告', '', '（无新闻）']);
    expect(await page.locator('.held').count()).toBe(0);
    await page.goto(`${site}issues/2025-05-08/`);
    expect(await page.locator('.issue-pages > li').last().innerText()).toContain('本版未提取文章');
  });
});

describe('the served page files', () => {
  test('are byte for byte the imported files', async () => {
    for (const { file, text } of PAGES) {
      const response = await fetch(`${site}sources/${file}`);
      expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(text))).toBe(true);
      expect(readFileSync(join(fixture.root, 'sources', file), 'utf8')).toBe(text);
    }
  });
});

describe('accessibility of the issue and page views', () => {
  test.for(['issues/', 'issues/2025-04-24/', 'pages/kxdb-2025-04-24-1/', 'pages/kxdb-2025-05-08-2/'])(
    '/%s has no axe violations in light and dark mode',
    async (path, { page }) => {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await page.goto(`${site}${path}`);
        expect((await axeViolations(page)).map((violation) => `${colorScheme} ${violation}`)).toEqual([]);
      }
    },
  );
});

describe('the built pages', () => {
  test('have no broken link or anchor and pass html-validate', async () => {
    expect(checkLinks(fixture.out, 'http://localhost:4321', '/')).toEqual([]);
    const printed = htmlFiles(fixture.out).filter((file) => /^(issues|pages)\//.test(file));
    // The calendar, two issues, five pages.
    expect(printed).toHaveLength(8);
    expect(await htmlValidateFaults(fixture.out, printed)).toEqual([]);
  });
});
