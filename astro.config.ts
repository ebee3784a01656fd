import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import rehypeSlug from 'rehype-slug';
import { contentCheck } from './src/integrations/content-check.ts';
import rehypeFigureAnchors from './src/markdown/rehype-figure-anchors.ts';

/**
 * `SITE` and `BASE` let the archive be published anywhere, also under a
 * sub-path: SITE=https://example.org BASE=/eco/ npm run build.
 */
const site = process.env.SITE ?? 'http://localhost:4321';
const base = process.env.BASE ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // The printed text is the record: no typographic rewriting (smartypants)
    // and no GFM autolinks, tables or strikethrough turning text into markup.
    processor: unified({ rehypePlugins: [rehypeSlug, rehypeFigureAnchors], gfm: false, smartypants: false }),
  },
  integrations: [contentCheck(process.env.ARCHIVE_CONTENT_DIR ?? 'content/articles')],
});
