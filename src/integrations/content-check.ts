import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkArchive } from '../checks/content-check.ts';
import { formatProblem } from '../model/problem.ts';
import type { CheckedArticle } from '../model/entry.ts';
import { astroRedirects } from '../checks/redirects.ts';
import { checkingCodeDigest, EntryCheckCache } from '../checks/entry-cache.ts';
import { join } from 'node:path';

/**
 * Refuses to build an archive whose content fails the content check, with the
 * same `file:line field: message` lines as `npm run check` (an entry
 * unchanged since the last build is not checked again, see
 * src/checks/entry-cache.ts), and turns the
 * recorded redirects of renamed articles into redirect pages. Keeps the
 * checked articles, so the search index need not read them all again.
 */
export function contentCheck(contentDir: string): AstroIntegration & { readonly articles: CheckedArticle[] } {
  let articles: CheckedArticle[] = [];
  return {
    name: 'archive:content-check',
    get articles() {
      return articles;
    },
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(config.root);
        const cache = EntryCheckCache.load(join(fileURLToPath(config.cacheDir), 'content-check.v8'), checkingCodeDigest(root));
        const checked = checkArchive(contentDir, root, (file, source) => cache.check(file, source));
        cache.save();
        // The benchmark reads this line for the step's time.
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        logger.info(`checked ${checked.articles.length} article(s) in ${seconds} s (${cache.hits} unchanged since the last build)`);
        const { problems, redirects } = checked;
        articles = checked.articles;
        if (command === 'build' && problems.length > 0) {
          const lines = problems.map(formatProblem).join('\n');
          throw new Error(`The content check found ${problems.length} problem(s):\n${lines}`);
        }
        updateConfig({ redirects: astroRedirects(redirects, config.base) });
      },
    },
  };
}
