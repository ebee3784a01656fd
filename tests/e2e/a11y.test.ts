import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../tools/browser.ts';

const site = inject('siteUrl');
/** The pages axe checks: one line per page; a page another part of the site builds is checked once it exists. */
const PAGES = [
  '',
  'cities/',
  'cities/jincheng/',
  'cities/taiyuan/',
  'articles/jincheng-2025-04-22-houzhishengtai/',
  'archive/',
  'archive/2025/',
  'archive/2025/04/',
  'issues/',
  'pages/000_248f2a5ceed2de10/',
  'pages/000_248f2a5ceed2de10/#L416-L633',
  'authors/',
  'authors/laihong/',
  'topics/',
  'topics/air/',
  'no-such-page/',
  'data/',
  'search/',
  // Results, and the filters open with their counts (a facet is chosen).
  `search/?q=${encodeURIComponent('生态环境局')}&city=${encodeURIComponent('晋城')}`,
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe.each(['light', 'dark'] as const)('accessibility in %s mode', (colorScheme) => {
  it.each(PAGES)('/%s has no axe violations', async (path) => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(`${site}${path}`);
    if (path.startsWith('search/?')) await page.waitForSelector('#search-results[data-state="done"] li');
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    const violations = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(violations).toEqual([]);
    await context.close();
  });
});

describe('the theme switch', () => {
  it('is a labelled toggle button that reports its state', async () => {
    const context = await browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(site);
    const toggle = page.getByRole('button', { name: '深色模式' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    const results = await new AxeBuilder({ page }).withTags(['wcag2aa']).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    await context.close();
  });
});
