/**
 * Redirects of renamed articles. An article URL, once published, must keep
 * working: when a slug has to change, the old slug is recorded here with the
 * new one, for good, and the build writes a redirect page at the old URL.
 */
import { readRedirects, type RedirectPair } from '../archive/redirects.ts';
import { articlePath, SLUG_PATTERN } from '../model/slugs.ts';
import type { Problem } from '../model/problem.ts';
import { basePath } from '../view/base-path.ts';

export type Redirect = RedirectPair;

/**
 * Reads `old-slug: new-slug` lines, reporting malformed ones and those that
 * point nowhere, into a chain, or away from a live article.
 * @example loadRedirects(archiveLayout().redirects, new Set(['new-slug']))
 */
export function loadRedirects(file: string, slugs: ReadonlySet<string>): { redirects: Redirect[]; problems: Problem[] } {
  const { pairs, problems } = readRedirects(file);
  const redirects: Redirect[] = [];
  for (const { from, to, line } of pairs) {
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
  return Object.fromEntries(redirects.map(({ from, to }) => [`/${articlePath(from)}`, `${prefix}${articlePath(to)}`]));
}
