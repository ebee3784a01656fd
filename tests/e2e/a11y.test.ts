import { describe, expect } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { test } from '../helpers/site-test.ts';
import { axeViolations } from '../helpers/axe.ts';
import { searchResults } from '../../tools/search-page.ts';

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
  // Two words, a range, a printed page as a filter, the trend.
  `search/?q=${encodeURIComponent('阳泉 空气')}&from=2025&page=000_248f2a5ceed2de10.txt&within=${encodeURIComponent('日期未知 版次未知')}`,
  // Nothing found together: each word's count.
  `search/?q=${encodeURIComponent('阳泉 尾矿库')}`,
];

describe.each(['light', 'dark'] as const)('accessibility in %s mode', (colorScheme) => {
  test.for(PAGES)('/%s has no axe violations', async (path, { site, page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(`${site}${path}`);
    if (path.startsWith('search/?')) {
      // Everything the search shows, the trend of its results or the counts of its words, is drawn before axe looks.
      const { state } = await searchResults(page);
      await page.waitForSelector(state === 'done' ? '#search-trend[data-state="done"]' : '#search-explain:not([hidden])', { state: 'attached' });
    }
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('the theme switch', () => {
  test('is a labelled toggle button that reports its state', async ({ site, page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(site);
    const toggle = page.getByRole('button', { name: '深色模式' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    const results = await new AxeBuilder({ page }).withTags(['wcag2aa']).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});
