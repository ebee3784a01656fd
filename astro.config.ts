import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import rehypeSlug from 'rehype-slug';
import sitemap from '@astrojs/sitemap';
import { contentCheck } from './src/integrations/content-check.ts';

/**
 * `SITE` and `BASE` let the archive be published anywhere, also under a
 * sub-path: SITE=https://example.org BASE=/eco/ npm run build.
 */
const site = process.env.SITE ?? 'http://localhost:4321';
const base = process.env.BASE ?? '/';
/**
 * A second build (a generated archive, another base) can go to its own output
 * and cache folders, so it never overwrites dist/ or the content cache while
 * another build is served.
 */
const outDir = process.env.ARCHIVE_OUT_DIR ?? './dist';
const cacheDir = process.env.ARCHIVE_CACHE_DIR ?? './node_modules/.astro';

export default defineConfig({
  site,
  base,
  outDir,
  cacheDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // The printed text is the record: no typographic rewriting (smartypants)
    // and no GFM autolinks, tables or strikethrough turning text into markup.
    processor: unified({ rehypePlugins: [rehypeSlug], gfm: false, smartypants: false }),
  },
  integrations: [contentCheck(process.env.ARCHIVE_CONTENT_DIR ?? 'content/articles'), sitemap()],
});
