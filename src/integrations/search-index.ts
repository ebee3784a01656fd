import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { checkArticles, bodyText } from '../lib/content-check.ts';
import { searchRecordHtml } from '../lib/search-record.ts';

/**
 * Builds the Pagefind index after the site is written: one record per article
 * (only articles: home and list pages would be duplicate hits), made of the
 * article's bigram terms (see src/lib/search-text.ts).
 */
export function searchIndex(contentDir: string): AstroIntegration {
  let base = '/';
  let root = '';
  return {
    name: 'archive:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { articles } = checkArticles(resolve(root, contentDir), root);
        const records = articles.map((article) => ({
          url: `${base}articles/${article.slug}/`,
          content: searchRecordHtml(article.data, bodyText(article.body)),
        }));
        // Every character the records use besides letters and digits must
        // stay part of a term instead of splitting it.
        const punctuation = new Set<string>();
        for (const { content } of records) {
          for (const ch of content.replace(/<[^>]*>/g, '')) if (/[^\p{L}\p{N}\s]/u.test(ch)) punctuation.add(ch);
        }
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'und', includeCharacters: [...punctuation].sort().join('') });
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        for (const record of records) {
          const added = await index.addHTMLFile(record);
          if (added.errors.length > 0) throw new Error(`Pagefind: ${record.url}: ${added.errors.join('; ')}`);
        }
        const written = await index.writeFiles({ outputPath: join(fileURLToPath(dir), 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        // The benchmark reads this line for the indexing step's time.
        logger.info(`indexed ${records.length} article(s) in ${((performance.now() - started) / 1000).toFixed(2)} s`);
      },
    },
  };
}
