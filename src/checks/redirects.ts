/**
 * Redirects of renamed articles. An article URL, once published, must keep
 * working: when a slug has to change, the old slug is recorded here with the
 * new one, for good, and the build writes a redirect page at the old URL.
 */
import { existsSync, readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';
import { SLUG_PATTERN } from '../model/slugs.ts';
import type { Problem } from '../model/problem.ts';
import { basePath } from '../view/base-path.ts';

export interface Redirect {
  from: string;
  to: string;
  line: number;
}

/**
 * Reads `old-slug: new-slug` lines, reporting malformed ones and those that
 * point nowhere, into a chain, or away from a live article.
 * @example loadRedirects('content/redirects.yaml', new Set(['new-slug']))
 */
export function loadRedirects(file: string, slugs: ReadonlySet<string>): { redirects: Redirect[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const redirects: Redirect[] = [];
  if (!existsSync(file)) return { redirects, problems };
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter, schema: 'failsafe', uniqueKeys: true });
  const at = (offset: number) => lineCounter.linePos(offset).line;
  for (const error of doc.errors) problems.push({ file, line: error.linePos?.[0].line ?? 1, field: 'redirects', message: `YAML: ${error.message.split('\n')[0]}` });
  if (doc.errors.length > 0 || doc.contents === null) return { redirects, problems };
  if (!isMap(doc.contents)) {
    problems.push({ file, line: 1, field: 'redirects', message: 'must be a mapping of old slug: new slug' });
    return { redirects, problems };
  }
  for (const pair of doc.contents.items) {
    const from = isScalar(pair.key) ? String(pair.key.value) : '';
    const to = isScalar(pair.value) ? String(pair.value.value) : '';
    const line = at((pair.key as { range?: number[] })?.range?.[0] ?? 0);
    const problem = (message: string) => problems.push({ file, line, field: from || 'redirects', message });
    if (!SLUG_PATTERN.test(from) || !SLUG_PATTERN.test(to)) problem('old and new slug must be lower-case ASCII words joined by hyphens');
    else if (slugs.has(from)) problem(`"${from}" is a live article; a redirect would hide it`);
    else if (!slugs.has(to)) problem(`redirects to "${to}", which is no article`);
    else redirects.push({ from, to, line });
  }
  return { redirects, problems };
}

/**
 * The redirects as Astro's `redirects` option, under the site's base path.
 * @example astroRedirects([{ from: 'a', to: 'b', line: 1 }], '/eco/') // { '/articles/a/': '/eco/articles/b/' }
 */
export function astroRedirects(redirects: Redirect[], base: string): Record<string, string> {
  // Astro places the redirect page under the base itself, but writes the destination as given.
  const prefix = basePath(base);
  return Object.fromEntries(redirects.map(({ from, to }) => [`/articles/${from}/`, `${prefix}articles/${to}/`]));
}
