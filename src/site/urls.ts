/**
 * Site-internal URLs, always under the configured `base` so the archive works
 * when published under a sub-path. Every internal link of the site is made here.
 */
import { articlePath } from '../model/slugs.ts';
import { pagePath } from '../view/pagination.ts';
import { basePath } from '../view/base-path.ts';

const BASE = basePath(import.meta.env.BASE_URL);

/**
 * A path inside the site.
 * @example url('cities/yangquan/') // '/cities/yangquan/' (with base '/')
 */
export function url(path = ''): string {
  return BASE + path.replace(/^\//, '');
}

export const articleUrl = (slug: string) => url(articlePath(slug));
export const cityUrl = (city: string, page = 0) => url(pagePath(`cities/${city}/`, page));
export const cityFeedUrl = (city: string) => url(`cities/${city}/rss.xml`);
export const homeUrl = (page = 0) => url(pagePath('', page));
export const yearUrl = (year: string) => url(`archive/${year}/`);
export const monthUrl = (year: string, month: string, page = 0) => url(pagePath(`archive/${year}/${month}/`, page));
export const authorUrl = (id: string, page = 0) => url(pagePath(`authors/${id}/`, page));
export const topicUrl = (id: string, page = 0) => url(pagePath(`topics/${id}/`, page));
export const issuesUrl = () => url('issues/');
export const issueUrl = (date: string) => url(`issues/${date}/`);
/** The page view, at a range of lines when given (`#L40-L72`). */
export const pageUrl = (id: string, anchor?: string) => url(`pages/${id}/${anchor ? `#${anchor}` : ''}`);
/** The OCR file as imported, byte for byte. */
export const sourceUrl = (file: string) => url(`sources/${file}`);
