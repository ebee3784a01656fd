/**
 * The one map of the archive on disk. An archive is a root folder holding
 * the article entries (`articles/`, in any sub-folders), the printed pages
 * they were taken from with their page entries (`sources/`), the redirects
 * of renamed articles (`redirects.yaml`) and the figure waivers
 * (`figure-waivers.yaml`). Every command, check, integration and the Astro
 * config ask this module where these are; no other module names them.
 *
 * The archive's root is the parent of `ARCHIVE_CONTENT_DIR` (a generated
 * archive, a test's copy), else `content/`. The build's own folders (output
 * and cache) are not the archive's, but they are set the same way and so
 * live here too.
 */
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';

export interface ArchiveLayout {
  /** The archive's root folder. */
  root: string;
  /** The article entries, one Markdown file each, in any sub-folder. */
  articles: string;
  /** The printed pages: each OCR page file and its page entry `<id>.yaml`. */
  sources: string;
  /** Old slugs of renamed articles, `old-slug: new-slug`. */
  redirects: string;
  /** Numbers of the body that are not figures, each with why. */
  waivers: string;
}

/** The environment variables that place an archive and a build. */
export interface ArchiveEnv {
  ARCHIVE_CONTENT_DIR?: string | undefined;
  ARCHIVE_OUT_DIR?: string | undefined;
  ARCHIVE_CACHE_DIR?: string | undefined;
}

/** The archive's articles folder when nothing else is said. */
export const DEFAULT_ARTICLES_DIR = 'content/articles';

/**
 * The layout of the archive whose articles folder is `articlesDir`: every
 * other part sits beside it, under the same root.
 * @example layoutOf('/a/content/articles').sources // '/a/content/sources'
 * @example layoutOf('/a/content/articles').redirects // '/a/content/redirects.yaml'
 */
export function layoutOf(articlesDir: string, cwd = process.cwd()): ArchiveLayout {
  const articles = resolve(cwd, articlesDir);
  const root = dirname(articles);
  return {
    root,
    articles,
    sources: join(root, 'sources'),
    redirects: join(root, 'redirects.yaml'),
    waivers: join(root, 'figure-waivers.yaml'),
  };
}

/**
 * The configured archive: `ARCHIVE_CONTENT_DIR`'s, else `content/articles`'s.
 * @example archiveLayout({}, '/repo').articles // '/repo/content/articles'
 * @example archiveLayout({ ARCHIVE_CONTENT_DIR: '/tmp/x/articles' }).sources // '/tmp/x/sources'
 */
export function archiveLayout(env: ArchiveEnv = process.env, cwd = process.cwd()): ArchiveLayout {
  return layoutOf(env.ARCHIVE_CONTENT_DIR || DEFAULT_ARTICLES_DIR, cwd);
}

/**
 * Where a build writes the site and keeps its cache (content layer, pages of
 * the previous build, search index parts): `dist/` and `node_modules/.astro/`
 * unless a second build is sent elsewhere, so it never overwrites the first.
 * @example buildFolders({}).out // 'dist'
 */
export function buildFolders(env: ArchiveEnv = process.env): { out: string; cache: string } {
  return { out: env.ARCHIVE_OUT_DIR || 'dist', cache: env.ARCHIVE_CACHE_DIR || 'node_modules/.astro' };
}

/**
 * Whether `path` is the folder `folder` or lies inside it.
 * @example isInside('/a/content/articles/2025', '/a/content/articles') // true
 * @example isInside('/a/content/sources', '/a/content/articles') // false
 */
export function isInside(path: string, folder: string): boolean {
  const rel = relative(resolve(folder), resolve(path));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
