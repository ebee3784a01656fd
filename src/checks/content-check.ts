/**
 * The content check: reads every article entry the way the site will, and
 * reports every problem at once as `file:line field: message`, so an editor
 * can fix a whole import in one pass. `npm run check` prints it, and the build
 * refuses to start while it reports anything.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { layoutOf } from '../archive/layout.ts';
import { checkEntry, type CheckedArticle } from '../model/entry.ts';
import type { Problem } from '../model/problem.ts';
import { loadRedirects, type Redirect } from './redirects.ts';
import { checkPages, checkPrinted } from './pages.ts';

/**
 * Checks every entry of a content directory, and what no single entry shows:
 * two entries with the same slug or the same permanent id.
 * @param check how one entry is checked: checkEntry, or the build's cache of its results (see entry-cache.ts)
 */
export function checkArticles(dir: string, root = process.cwd(), check: typeof checkEntry = checkEntry): { problems: Problem[]; articles: CheckedArticle[] } {
  const problems: Problem[] = [];
  const articles: CheckedArticle[] = [];
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .sort();
  const bySlug = new Map<string, string>();
  const byUid = new Map<string, string>();
  for (const name of files) {
    const file = relative(root, join(dir, name)) || name;
    const checked = check(file, readFileSync(join(dir, name), 'utf8'));
    problems.push(...checked.problems);
    if (!checked.article) continue;
    const { slug, data } = checked.article;
    const sameSlug = bySlug.get(slug.toLowerCase());
    if (sameSlug) problems.push({ file, line: 1, field: 'slug', message: `duplicate slug "${slug}", also used by ${sameSlug}` });
    bySlug.set(slug.toLowerCase(), file);
    const sameUid = byUid.get(data.uid);
    if (sameUid) problems.push({ file, line: 2, field: 'uid', message: `duplicate uid "${data.uid}", also used by ${sameUid}` });
    byUid.set(data.uid, file);
    articles.push(checked.article);
  }
  return { problems, articles };
}

/**
 * The whole archive: every entry of `contentDir`, the recorded redirects
 * of renamed articles, and the
 * printed pages (`sources/` beside it) with each article checked against
 * its page.
 */
export function checkArchive(
  contentDir: string,
  root = process.cwd(),
  check: typeof checkEntry = checkEntry,
): { problems: Problem[]; articles: CheckedArticle[]; redirects: Redirect[] } {
  const layout = layoutOf(contentDir, root);
  const { problems, articles } = checkArticles(layout.articles, root, check);
  const loaded = loadRedirects(layout.redirects, new Set(articles.map((a) => a.slug)));
  const relativeFile = relative(root, layout.redirects);
  problems.push(...loaded.problems.map((problem) => ({ ...problem, file: relativeFile })));
  const pages = checkPages(layout.sources, root);
  problems.push(...pages.problems, ...checkPrinted(articles, pages.pages));
  return { problems, articles, redirects: loaded.redirects };
}
