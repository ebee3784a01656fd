/**
 * The path the site is published under (Astro's `base`, set by `BASE`), as
 * every internal link and redirect starts with it: ending in one slash,
 * whether the setting wrote one or not.
 */

/**
 * The base path with its trailing slash.
 * @example basePath('/eco') // '/eco/'
 * @example basePath('/eco/') // '/eco/'
 * @example basePath('') // '/'
 */
export function basePath(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}
