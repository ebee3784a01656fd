/**
 * Article slugs: ASCII, stable, unique. A slug is made once, when an article is
 * imported, from the city's pinyin (when the page prints the city: a guessed
 * one stays out), the date and the pinyin of the headline's first characters,
 * and then kept as the entry's file name for good.
 */
import { asciiPinyin } from '../text/pinyin.ts';
import type { AreaId, UNKNOWN_CITY_ID } from './gazetteer.ts';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The slug of an entry file: its name without folders or extension.
 * @example slugOfFile('2025/jincheng-2025-04-22-houzhishengtai.md') // 'jincheng-2025-04-22-houzhishengtai'
 */
export function slugOfFile(path: string): string {
  return path.split('/').pop()!.replace(/\.md$/, '');
}

/**
 * Pinyin of the first `count` Chinese characters of a headline, tone-less,
 * ü as v, joined without separators.
 * @example headlinePinyin('厚植生态优势 擦亮发展底色') // 'houzhishengtai'
 */
export function headlinePinyin(headline: string, count = 4): string {
  const han = [...headline]
    .filter((ch) => /\p{Script=Han}/u.test(ch))
    .slice(0, count)
    .join('');
  return asciiPinyin(han);
}

/**
 * A new article's slug; `place` is the city id (or `shanxi`) the page prints, if any.
 * @example makeSlug('jincheng', '2025-04-22', '厚植生态优势 擦亮发展底色') // 'jincheng-2025-04-22-houzhishengtai'
 * @example makeSlug(undefined, '2025-04-22', '厚植生态优势 擦亮发展底色') // '2025-04-22-houzhishengtai'
 */
export function makeSlug(place: Exclude<AreaId, typeof UNKNOWN_CITY_ID> | undefined, date: string, headline: string): string {
  const words = headlinePinyin(headline);
  return [place, date, words].filter(Boolean).join('-');
}

/**
 * An article's address under the site's base: the one home of that rule for
 * the pages, the search index and the redirects.
 * @example articlePath('yangquan-2025-04-22-shouhuyangquan') // 'articles/yangquan-2025-04-22-shouhuyangquan/'
 */
export function articlePath(slug: string): string {
  return `articles/${slug}/`;
}
