import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import rehypeSlug from 'rehype-slug';
import sitemap from '@astrojs/sitemap';
import { contentCheck } from './src/integrations/content-check.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { SEARCH_INDEX_FOLDER } from './src/search/parts.ts';
import { keptOutput } from './src/integrations/kept-output.ts';
import rehypeFigureAnchors from './src/markdown/rehype-figure-anchors.ts';
import rehypeCorrections from './src/markdown/rehype-corrections.ts';
import { createHash } from 'node:crypto';
import { THEME_SCRIPT } from './src/view/theme-script.ts';
import { archiveLayout, buildFolders } from './src/archive/layout.ts';
import { existsSync, readdirSync } from 'node:fs';

/**
 * `SITE` and `BASE` let the archive be published anywhere, also under a
 * sub-path: SITE=https://example.org BASE=/eco/ npm run build.
 */
const site = process.env.SITE ?? 'http://localhost:4321';
const base = process.env.BASE ?? '/';
const { out: outDir, cache: cacheDir } = buildFolders();
const { articles } = archiveLayout();
const checkedContent = contentCheck(articles);

/**
 * Astro puts the content layer's store into the server bundle as one module,
 * which the bundler parses as one string: at 100,000 articles that string
 * outgrows what it can pass (the build stops with "Failed to convert rust
 * `&str` into napi `string`"). A large archive keeps the store in chunks of
 * 20 MiB instead, each its own module; a smaller one keeps the single file,
 * which its content layer writes faster (a trial at 10,000 articles, outside
 * the benchmark, took 25 s single-file against 67 s chunked).
 */
const CHUNKED_STORE_FROM = 20_000;
const entries = !existsSync(articles) ? 0 : readdirSync(articles).filter((name) => name.endsWith('.md')).length;

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
    // Corrections come last: the figure anchors find sentences by their printed text.
    processor: unified({ rehypePlugins: [rehypeSlug, rehypeFigureAnchors, rehypeCorrections], gfm: false, smartypants: false }),
    // Articles hold no code; Shiki's inline styles would also need CSP exceptions.
    syntaxHighlight: false,
  },
  security: {
    // A Content-Security-Policy <meta> on every page: scripts and styles only
    // from this site or by the hash Astro computes for each inline one, and no
    // third-party origin. Pagefind needs WebAssembly.
    csp: {
      algorithm: 'SHA-256',
      directives: ["default-src 'self'", "img-src 'self' data:", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        // The inline theme switch, which Astro does not hash itself.
        hashes: [`sha256-${createHash('sha256').update(THEME_SCRIPT).digest('base64')}`],
      },
      styleDirective: { resources: ["'self'"] },
    },
  },
  experimental: {
    // A page whose cache key (src/site/cache-key.ts) and code are unchanged is
    // kept from the previous build (see src/integrations/kept-output.ts)
    // instead of rendered again: importing one issue into a large archive
    // re-renders only the pages it touches.
    incrementalBuild: true,
    ...(entries >= CHUNKED_STORE_FROM ? { collectionStorage: 'chunked' as const } : {}),
  },
  // keptOutput last: once the others have written theirs, it removes what this build did not make.
  integrations: [checkedContent, searchIndex(() => checkedContent.articles), sitemap(), keptOutput([SEARCH_INDEX_FOLDER])],
});
