/**
 * Pinyin as the archive writes it in addresses and matches it on the page:
 * tone-less, ü as `v` (吕梁 → lvliang), lower-case ASCII letters and digits
 * only. Author ids, slugs and the importer's reading of a column label's
 * printed pinyin all spell it this way, so they cannot drift apart.
 */
import { pinyin } from 'pinyin-pro';

/**
 * The ASCII pinyin of a text: each Chinese character by its reading, Latin
 * letters and digits kept (lower-cased), everything else dropped.
 * @example asciiPinyin('来虹') // 'laihong'
 * @example asciiPinyin('吕梁') // 'lvliang'
 * @example asciiPinyin('一线传真') // 'yixianchuanzhen'
 * @example asciiPinyin('PM2.5 浓度') // 'pm25nongdu'
 */
export function asciiPinyin(text: string): string {
  return pinyin(text, { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}
