/**
 * Lighthouse over the built site, driving Debian's Chromium: performance,
 * accessibility, best practices and SEO of the home, city, article and search
 * pages, on a phone (Lighthouse's default, with
 * simulated slow 4G) and on a desktop, and each page type's weight: HTML, CSS
 * and JavaScript, raw and gzipped.
 *
 *   npm run build && node scripts/lighthouse.ts
 *
 * A benchmark, not a test: it prints a Markdown table for the README and
 * writes the full figures to bench-out/lighthouse.json.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { serveStatic } from '../tools/static-server.ts';

const DIST = resolve(process.env.ARCHIVE_OUT_DIR ?? 'dist');
const PAGES = [
  { type: 'home', path: '' },
  { type: 'city', path: 'cities/jincheng/' },
  { type: 'article', path: 'articles/jincheng-2025-04-22-houzhishengtai/' },
  { type: 'search', path: 'search/' },
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

interface Weight {
  raw: number;
  gzip: number;
}

/** Bytes of a page's HTML, its stylesheets and its scripts (linked and inline), raw and gzipped. */
function pageWeight(path: string): Record<'html' | 'css' | 'js', Weight> {
  const html = readFileSync(join(DIST, path, 'index.html'));
  const text = html.toString('utf8');
  const weigh = (parts: Buffer[]): Weight => ({ raw: parts.reduce((n, b) => n + b.length, 0), gzip: parts.reduce((n, b) => n + gzipSync(b).length, 0) });
  const local = (href: string) => readFileSync(join(DIST, href.replace(/^\/+/, '')));
  const css = [...text.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => local(m[1]!));
  css.push(...[...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => Buffer.from(m[1]!)));
  const js = [...text.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => local(m[1]!));
  js.push(...[...text.matchAll(/<script(?![^>]*application\/ld\+json)(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => Buffer.from(m[1]!)));
  return { html: weigh([html]), css: weigh(css), js: weigh(js) };
}

if (!existsSync(join(DIST, 'index.html'))) {
  console.error(`No built pages in ${DIST}: run npm run build first.`);
  process.exit(1);
}
const server = await serveStatic(DIST);
const chrome = await chromeLauncher.launch({
  chromePath: '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
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
        .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual' && !audit.id.endsWith('-insight'))
        .map((audit) => audit.id);
      results.push({ type, path, formFactor, scores, failing, metrics: { lcp: result!.lhr.audits['largest-contentful-paint']?.numericValue, cls: result!.lhr.audits['cumulative-layout-shift']?.numericValue } });
      console.error(`${type} (${formFactor}): ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(', ')}${failing.length ? `; below 0.9: ${failing.join(', ')}` : ''}`);
    }
  }
} finally {
  chrome.kill();
  await server.close();
}

const weights = Object.fromEntries(PAGES.map(({ type, path }) => [type, pageWeight(path)]));
mkdirSync('bench-out', { recursive: true });
writeFileSync('bench-out/lighthouse.json', `${JSON.stringify({ date: new Date().toISOString(), lighthouse: results, weights }, null, 2)}\n`);

const kb = (w: Weight) => `${(w.raw / 1024).toFixed(1)} / ${(w.gzip / 1024).toFixed(1)}`;
console.log('| page | device | performance | accessibility | best practices | SEO |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const r of results) console.log(`| ${r.type} | ${r.formFactor} | ${CATEGORIES.map((c) => r.scores[c]?.toFixed(2) ?? '–').join(' | ')} |`);
console.log('\n| page | HTML KiB (raw / gzip) | CSS KiB (raw / gzip) | JS KiB (raw / gzip) |');
console.log('| --- | --- | --- | --- |');
for (const [type, w] of Object.entries(weights)) console.log(`| ${type} | ${kb(w.html)} | ${kb(w.css)} | ${kb(w.js)} |`);
