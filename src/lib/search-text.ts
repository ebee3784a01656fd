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
 * content: each term overlaps the next by one character. Where the overlap
 * breaks (the boundary between two fields), a new block starts.
 * @example rebuildText('阳泉 泉蓝 蓝') // ['阳泉蓝']
 */
export function rebuildText(content: string): string[] {
  const blocks: string[] = [];
  let current = '';
  let previous = '';
  for (const raw of content.split(' ')) {
    if (!raw) continue;
    // Pagefind closes each block element with ". ".
    const term = [...raw].length === 3 && raw.endsWith('.') ? raw.slice(0, -1) : raw;
    const chars = [...term];
    const overlaps = previous.length === 2 && chars.length >= 1 && [...previous][1] === chars[0];
    if (overlaps) {
      current += chars.length === 2 ? chars[1] : '';
    } else {
      if (current) blocks.push(current);
      current = term;
    }
    previous = chars.length === 2 ? term : '';
    if (term !== raw) {
      blocks.push(current);
      current = '';
      previous = '';
    }
  }
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
