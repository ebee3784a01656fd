/**
 * An internal link and anchor check over a built site: every `href` and `src`
 * inside the site must name a file of the build, and every `#fragment` an id
 * on the page it points to. Links to the site's own origin (canonical, Open
 * Graph) are checked as internal; anything else pointing off the site is
 * reported too, since the archive links nowhere else.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface BrokenLink {
  page: string;
  link: string;
  problem: string;
}

/** Every `.html` file under `root`, as paths relative to it. */
export function htmlFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .sort();
}

const decodeEntities = (value: string) =>
  value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

/** The ids a page declares. */
function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decodeEntities(m[1]!)));
}

/** The file a site path maps to, as a static host serves it. */
function fileOf(root: string, path: string): string | undefined {
  const file = join(root, decodeURIComponent(path));
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, 'index.html');
  return existsSync(index) ? index : undefined;
}

/**
 * Broken links of the site built in `root`, published at `origin` + `base`.
 * @example checkLinks('dist', 'http://localhost:4321', '/') // []
 */
export function checkLinks(root: string, origin: string, base: string): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const idCache = new Map<string, Set<string>>();
  const ids = (file: string) => {
    if (!idCache.has(file)) idCache.set(file, idsOf(readFileSync(file, 'utf8')));
    return idCache.get(file)!;
  };
  for (const page of htmlFiles(root)) {
    const html = readFileSync(join(root, page), 'utf8');
    const pageUrl = new URL(`${base}${page.replace(/index\.html$/, '')}`, origin);
    // Links and resources; JSON-LD's schema.org context is data, not a link.
    for (const match of html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)) {
      const link = decodeEntities(match[1]!);
      const target = new URL(link, pageUrl);
      if (target.origin !== new URL(origin).origin) {
        broken.push({ page, link, problem: 'points off the site' });
        continue;
      }
      if (!target.pathname.startsWith(base)) {
        broken.push({ page, link, problem: `is outside the base ${base}` });
        continue;
      }
      const path = target.pathname.slice(base.length);
      const file = fileOf(root, path);
      if (!file) {
        broken.push({ page, link, problem: 'no such file in the build' });
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && file.endsWith('.html') && !ids(file).has(fragment)) broken.push({ page, link, problem: `no element with id "${fragment}"` });
    }
  }
  return broken.map((b) => ({ ...b, page: relative('.', join(root, b.page)) }));
}
