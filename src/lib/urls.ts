/**
 * Site-internal URLs, always under the configured `base` so the archive works
 * when published under a sub-path.
 */
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/**
 * A path inside the site.
 * @example url('cities/yangquan/') // '/cities/yangquan/' (with base '/')
 */
export function url(path = ''): string {
  return BASE + path.replace(/^\//, '');
}

export const articleUrl = (slug: string) => url(`articles/${slug}/`);
export const cityUrl = (city: string) => url(`cities/${city}/`);
