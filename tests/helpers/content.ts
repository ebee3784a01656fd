/** The archive's own content, read as the content check reads it. */
import { resolve } from 'node:path';
import { checkArticles } from '../../src/checks/content-check.ts';

export const ARTICLES_DIR = resolve('content/articles');
export const SOURCES_DIR = resolve('content/sources');
export const SEED_PAGE = resolve('content/sources/000_248f2a5ceed2de10.txt');

export function loadArticles() {
  return checkArticles(ARTICLES_DIR);
}
