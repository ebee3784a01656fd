/**
 * Lighthouse over the built site, driving Debian's Chromium: performance,
 * accessibility, best practices and SEO of the home, city, article and search
 * pages, on a phone (Lighthouse's default, with
 * simulated slow 4G) and on a desktop, and each page type's weight: HTML, CSS
 * and JavaScript, raw and gzipped, as tools/page-weight.ts defines it.
 *
 *   npm run build && node scripts/lighthouse.ts
 *
 * A benchmark, not a test: it prints a Markdown table for the README and
 * writes the full figures to bench-out/lighthouse.json.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { serveStatic } from '../tools/static-server.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../tools/browser.ts';
import { pageWeight, type Bytes } from '../tools/page-weight.ts';

const DIST = resolve(process.env.ARCHIVE_OUT_DIR ?? 'dist');
const PAGES = [
  { type: 'home', path: '' },
  { type: 'city', path: 'cities/jincheng/' },
  { type: 'article', path: 'articles/jincheng-2025-04-22-houzhishengtai/' },
  { type: 'search', path: 'search/' },
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

if (!existsSync(join(DIST, 'index.html'))) {
  console.error(`No built pages in ${DIST}: run npm run build first.`);
  process.exit(1);
}
const server = await serveStatic(DIST);
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
});
const results = [];
try {
  for (const { type, path } of PAGES) {
    for (const formFactor of ['mobile', 'desktop'] as const) {
      const result = await lighthouse(
        `${server.url}${path}`,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
        formFactor === 'desktop' ? desktopConfig : undefined,
      );
      const categories = result!.lhr.categories;
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, categories[c]?.score ?? null]));
      const failing = Object.values(result!.lhr.audits)
        // Insights explain a score; they do not count in it.
        .filter(
          (audit) =>
            audit.score !== null &&
            audit.score < 0.9 &&
            audit.scoreDisplayMode !== 'informative' &&
            audit.scoreDisplayMode !== 'manual' &&
            !audit.id.endsWith('-insight'),
        )
        .map((audit) => audit.id);
      results.push({
        type,
        path,
        formFactor,
        scores,
        failing,
        metrics: { lcp: result!.lhr.audits['largest-contentful-paint']?.numericValue, cls: result!.lhr.audits['cumulative-layout-shift']?.numericValue },
      });
      console.error(
        `${type} (${formFactor}): ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(', ')}${failing.length ? `; below 0.9: ${failing.join(', ')}` : ''}`,
      );
    }
  }
} finally {
  chrome.kill();
  await server.close();
}

const weights = Object.fromEntries(PAGES.map(({ type, path }) => [type, pageWeight(DIST, `${path}index.html`)]));
mkdirSync('bench-out', { recursive: true });
writeFileSync('bench-out/lighthouse.json', `${JSON.stringify({ date: new Date().toISOString(), lighthouse: results, weights }, null, 2)}\n`);

const kb = (w: Bytes) => `${(w.raw / 1024).toFixed(1)} / ${(w.gzip / 1024).toFixed(1)}`;
console.log('| page | device | performance | accessibility | best practices | SEO |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const r of results) console.log(`| ${r.type} | ${r.formFactor} | ${CATEGORIES.map((c) => r.scores[c]?.toFixed(2) ?? '–').join(' | ')} |`);
console.log('\n| page | HTML KiB (raw / gzip) | CSS KiB (raw / gzip) | JS KiB (raw / gzip) |');
console.log('| --- | --- | --- | --- |');
for (const [type, w] of Object.entries(weights)) console.log(`| ${type} | ${kb(w.html)} | ${kb(w.css)} | ${kb(w.js)} |`);
