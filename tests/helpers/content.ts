/** The archive's own content, read as the content check reads it. */
import { join } from 'node:path';
import { checkArticles } from '../../src/checks/content-check.ts';
import { archiveLayout } from '../../src/archive/layout.ts';

const SEED = archiveLayout({});
export const ARTICLES_DIR = SEED.articles;
export const SOURCES_DIR = SEED.sources;
export const SEED_PAGE = join(SEED.sources, '000_248f2a5ceed2de10.txt');

export function loadArticles() {
  return checkArticles(ARTICLES_DIR);
}
