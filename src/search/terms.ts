/**
 * Search text: how article text and queries are cut into index terms.
 *
 * Chinese has no spaces, so a word index (Pagefind cuts Chinese with jieba at
 * build time and with the browser's Intl.Segmenter at query time) misses every
 * query that crosses a word boundary. The archive indexes overlapping
 * two-character terms instead (Lucene's CJK bigrams) and searches a query as
 * the phrase of its bigrams: an article matches exactly when it contains the
 * query as a substring, whatever the words. The same cut applies to Latin
 * letters and digits (PM2.5, VOCs, 120.48), so mixed queries behave alike.
 *
 * Both sides normalise the same way: full-width letters and digits to
 * half-width, ASCII punctuation to its full-width Chinese form, no
 * whitespace (the OCR keeps a space around numbers: 2025 年 = 2025年).
 */

const FOLD: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };

/**
 * The text as the index sees it: whitespace removed, widths and punctuation folded.
 * @example normalizeSearchText('ＰＭ２．５ 浓度, 2025 年') // 'PM2.5浓度，2025年'
 */
export function normalizeSearchText(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (/\s/u.test(ch)) continue;
    // Full-width ASCII letters, digits and . % / + - (Ａ, ２, ．) read as their half-width forms.
    if ((code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a) || '．％／＋－'.includes(ch)) {
      out += String.fromCodePoint(code - 0xfee0);
    } else {
      out += FOLD[ch] ?? ch;
    }
  }
  return out;
}

/**
 * The index terms of a text: every pair of neighbouring characters, and the
 * last character alone so that a one-character query finds it too.
 * @example bigrams('阳泉蓝') // ['阳泉', '泉蓝', '蓝']
 */
export function bigrams(text: string): string[] {
  const chars = [...normalizeSearchText(text)];
  const terms: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) terms.push(chars[i]! + chars[i + 1]!);
  if (chars.length > 0) terms.push(chars.at(-1)!);
  return terms;
}

/** Punctuation around a query that is not part of what is asked. */
const EDGE = /^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu;

/**
 * A reader's query as the archive searches it: trimmed of surrounding spaces
 * and punctuation, normalised like the index.
 * @example normalizeQuery('  “ＶＯＣｓ” ') // 'VOCs'
 */
export function normalizeQuery(query: string): string {
  return normalizeSearchText(query.replace(EDGE, ''));
}

/**
 * The Pagefind search term for a normalised query: the quoted phrase of its
 * bigrams (an exact substring match), or the single character as a prefix.
 * @example pagefindTerm('阳泉蓝') // '"阳泉 泉蓝"'
 */
export function pagefindTerm(normalized: string): string {
  const chars = [...normalized.toLowerCase()];
  if (chars.length <= 1) return chars.join('');
  const pairs: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) pairs.push(chars[i]! + chars[i + 1]!);
  return `"${pairs.join(' ')}"`;
}

/**
 * The text back from its terms, as Pagefind stores them in a result's
 * content. Each field (headline line, paragraph) is its pairs followed by its
 * last character alone, so the text is the first character of every pair
 * plus that last one, which also closes the field. Pagefind ends each field
 * not already ending in punctuation with ". ".
 * @example rebuildText('阳泉 泉蓝 蓝. 晋城 城.') // ['阳泉蓝', '晋城']
 */
export function rebuildText(content: string): string[] {
  const terms = content.split(' ').filter(Boolean);
  const blocks: string[] = [];
  let current = '';
  terms.forEach((term, i) => {
    const chars = [...term];
    const next = terms[i + 1];
    // "x." is the last character x plus Pagefind's full stop, unless it is the
    // pair x + "." (then the next term starts with ".").
    const last = chars.length === 1 ? chars[0] : chars.length === 2 && chars[1] === '.' && !next?.startsWith('.') ? chars[0] : undefined;
    if (last === undefined) {
      current += chars[0] ?? '';
    } else {
      blocks.push(current + last);
      current = '';
    }
  });
  if (current) blocks.push(current);
  return blocks;
}

export interface Excerpt {
  before: string;
  match: string;
  after: string;
}

/**
 * The passage of `text` around the first occurrence of `normalized` (a
 * normalised query), `radius` characters either side, for display with the
 * match highlighted. Undefined when the text does not contain it.
 * @example makeExcerpt('春日的阳泉，几只黑鹳', '阳泉', 2) // { before: '日的', match: '阳泉', after: '，几' }
 */
export function makeExcerpt(text: string, normalized: string, radius = 40): Excerpt | undefined {
  if (!normalized) return undefined;
  const at = text.toLowerCase().indexOf(normalized.toLowerCase());
  if (at < 0) return undefined;
  const end = at + normalized.length;
  return {
    before: (at > radius ? '…' : '') + text.slice(Math.max(0, at - radius), at),
    match: text.slice(at, end),
    after: text.slice(end, end + radius) + (end + radius < text.length ? '…' : ''),
  };
}
