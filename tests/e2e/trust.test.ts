import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { test } from '../helpers/site-test.ts';
import { searchResults } from '../../tools/search-page.ts';

const dist = 'dist';
const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));

describe('Content-Security-Policy', () => {
  it('is on every page, allows inline script only by hash, and names no other origin', () => {
    expect(pages.length).toBeGreaterThan(10);
    /** How many inline scripts of each page were checked against the policy's hashes. */
    const checked = new Map<string, number>();
    for (const file of pages) {
      const html = readFileSync(join(dist, file), 'utf8');
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
      expect(csp, file).toBeDefined();
      expect(csp, file).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
      const scriptSrc = csp!.split(';').find((d) => d.trim().startsWith('script-src'))!;
      // Scripts without src, except data blocks such as JSON-LD, which never run.
      const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g)]
        .map(([, inline]) => inline!)
        .filter((inline) => inline.trim());
      for (const inline of inlineScripts) {
        const hash = `'sha256-${createHash('sha256').update(inline).digest('base64')}'`;
        expect(scriptSrc, `${file}: inline script not allowed by hash`).toContain(hash);
      }
      checked.set(file, inlineScripts.length);
    }
    // Every page with a page header carries the theme switch inline: each was checked against its hash.
    const withHeader = pages.filter((file) => readFileSync(join(dist, file), 'utf8').includes('class="theme-toggle"'));
    expect(withHeader.length).toBeGreaterThan(10);
    for (const file of withHeader) expect(checked.get(file), file).toBeGreaterThanOrEqual(1);
  });

  test('lets the pages run without a single violation or request to another origin', async ({ site, page }) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('request', (request) => {
      if (!request.url().startsWith(new URL(site).origin)) problems.push(`request to ${request.url()}`);
    });
    for (const path of ['', 'cities/', 'cities/jincheng/', 'articles/jincheng-2025-04-22-houzhishengtai/?hl=2024', 'search/?q=阳泉']) {
      await page.goto(`${site}${path}`);
      await page.waitForLoadState('networkidle');
    }
    expect((await searchResults(page)).state).toBe('done');
    expect(problems).toEqual([]);
  });
});
