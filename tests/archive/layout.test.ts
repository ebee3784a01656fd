import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { archiveLayout, buildFolders, DEFAULT_ARTICLES_DIR, isInside, layoutOf } from '../../src/archive/layout.ts';

describe('the archive layout', () => {
  it('puts every part of an archive beside its articles folder', () => {
    expect(layoutOf('/a/content/articles')).toEqual({
      root: '/a/content',
      articles: '/a/content/articles',
      sources: '/a/content/sources',
      redirects: '/a/content/redirects.yaml',
      waivers: '/a/content/figure-waivers.yaml',
    });
  });

  it('takes the archive from ARCHIVE_CONTENT_DIR, else content/articles under the working folder', () => {
    expect(archiveLayout({}, '/repo').articles).toBe(join('/repo', DEFAULT_ARTICLES_DIR));
    expect(archiveLayout({ ARCHIVE_CONTENT_DIR: '' }, '/repo').articles).toBe('/repo/content/articles');
    expect(archiveLayout({ ARCHIVE_CONTENT_DIR: 'gen/entries' }, '/repo')).toMatchObject({ root: '/repo/gen', sources: '/repo/gen/sources' });
  });

  it('sends a second build to its own output and cache', () => {
    expect(buildFolders({})).toEqual({ out: 'dist', cache: 'node_modules/.astro' });
    expect(buildFolders({ ARCHIVE_OUT_DIR: '/t/out', ARCHIVE_CACHE_DIR: '/t/cache' })).toEqual({ out: '/t/out', cache: '/t/cache' });
  });

  it('knows which folders are inside the articles folder', () => {
    const layout = layoutOf('/a/content/articles');
    expect(isInside('/a/content/articles', layout.articles)).toBe(true);
    expect(isInside('/a/content/articles/2025/06', layout.articles)).toBe(true);
    expect(isInside('/a/content/articles-old', layout.articles)).toBe(false);
    expect(isInside('/a/content', layout.articles)).toBe(false);
  });
});
