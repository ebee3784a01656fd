/**
 * The weight of a built page, the one definition the benchmark
 * (bench/run.ts) and the Lighthouse report (scripts/lighthouse.ts) share:
 * what a reader's browser transfers to show the page, before any search.
 *
 * - `html`: the page's HTML file, inline `<style>` and `<script>` included
 *   (their bytes travel inside it);
 * - `css`: the stylesheets it links (`<link rel="stylesheet">`);
 * - `js`: the scripts it links (`<script src>`, `<link rel="modulepreload">`)
 *   and the modules those import statically (`import … from "./x.js"`), as a
 *   browser fetches them on load; not `import()`, which loads on demand.
 *
 * Each file counts once, raw and gzip-compressed on its own, as a server
 * compresses each response. Pagefind's files (`pagefind/`) do not count: they
 * load only when a search runs, and the benchmark measures that apart.
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  html: Bytes;
  css: Bytes;
  js: Bytes;
  total: Bytes;
}

/**
 * The attributes of every `<tag …>` start tag in `html`, names lower-cased.
 * @example startTags('<link rel="stylesheet" href="/a.css">', 'link') // [{ rel: 'stylesheet', href: '/a.css' }]
 */
export function startTags(html: string, tag: string): Record<string, string>[] {
  return [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'gi'))].map(([, attributes]) =>
    Object.fromEntries(
      [...attributes!.matchAll(/([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)].map((m) => [m[1]!.toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '']),
    ),
  );
}

/**
 * The modules a module imports (or re-exports) statically, as site paths resolved against its own.
 * @example staticImports('import{a}from"./terms.js";import(`./t2cn.js`)', '/_astro/search.js') // ['/_astro/terms.js']
 */
export function staticImports(source: string, modulePath: string): string[] {
  const specifiers = [...source.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+?\s*from\s*)?["']([^"']+)["']/g)].map((m) => m[1]!);
  return specifiers.filter((s) => s.startsWith('.') || s.startsWith('/')).map((s) => posix.resolve(posix.dirname(modulePath), s));
}

const OFF_SITE = /^([a-z][a-z\d+.-]*:|\/\/)/i;

const weigh = (files: Buffer[]): Bytes => ({
  raw: files.reduce((sum, file) => sum + file.length, 0),
  gzip: files.reduce((sum, file) => sum + gzipSync(file).length, 0),
});

/**
 * The weight of the page `file` (relative to `dist`, e.g. `cities/jincheng/index.html`)
 * of a site built into `dist` under `base`.
 * @example pageWeight('dist', 'index.html').total.gzip // about 7,000 bytes for the home page
 */
export function pageWeight(dist: string, file: string, base = '/'): PageWeight {
  const html = readFileSync(join(dist, file));
  const text = html.toString('utf8');
  const pagePath = `${base}${file.replace(/index\.html$/, '')}`;
  // A site path, as the page names it; a URL of another origin is left as it is, and not counted.
  const local = (href: string) => (OFF_SITE.test(href) ? href : posix.resolve(posix.dirname(`${pagePath}x`), href.split(/[?#]/)[0]!));
  const read = (path: string) => {
    if (!path.startsWith(base)) throw new Error(`${file}: ${path} lies outside the base ${base}`);
    return readFileSync(join(dist, path.slice(base.length)));
  };
  const counted = (path: string) => !OFF_SITE.test(path) && !path.startsWith(`${base}pagefind/`);

  const links = startTags(text, 'link');
  const stylesheets = links.filter((l) => l.rel?.split(/\s+/).includes('stylesheet') && l.href).map((l) => local(l.href!));
  const entries = [
    ...startTags(text, 'script')
      .filter((s) => s.src)
      .map((s) => local(s.src!)),
    ...links.filter((l) => l.rel === 'modulepreload' && l.href).map((l) => local(l.href!)),
  ];

  const modules = new Map<string, Buffer>();
  const visit = (path: string) => {
    if (!counted(path) || modules.has(path)) return;
    const source = read(path);
    modules.set(path, source);
    for (const imported of staticImports(source.toString('utf8'), path)) visit(imported);
  };
  entries.forEach(visit);

  const css = weigh([...new Set(stylesheets.filter(counted))].map(read));
  const js = weigh([...modules.values()]);
  const htmlBytes = weigh([html]);
  return { html: htmlBytes, css, js, total: { raw: htmlBytes.raw + css.raw + js.raw, gzip: htmlBytes.gzip + css.gzip + js.gzip } };
}
