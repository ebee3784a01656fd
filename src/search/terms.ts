/**
 * Search text: how article text and queries are cut into index terms.
 *
 * Chinese has no spaces, so a word index (Pagefind cuts Chinese with a word
 * segmenter) misses every query that crosses a word boundary. The archive
 * indexes character n-grams instead: every character of a text starts one
 * term, the next `TERM_LENGTH` characters (fewer at the end of a field), so
 * term positions are character positions. A query occurs at a position
 * exactly when the terms that cover it occur at the matching offsets (see
 * queryTerms): a match is a substring match, whatever the words. The same
 * cut applies to Latin letters and digits (PM2.5, VOCs, 120.48), so mixed
 * queries behave alike.
 *
 * Four characters a term is a measured trade (docs/benchmarks.md): a query of
 * up to four characters is one term, and common phrases (生态环境) are terms
 * of their own whose lists are far shorter than those of their pairs (生态,
 * 环境); longer terms would swell the index and Pagefind's memory.
 *
 * Both sides normalise the same way: full-width letters and digits to
 * half-width, ASCII punctuation to its full-width Chinese form, no whitespace
 * (the OCR keeps a space around numbers: 2025 年 = 2025年), no private-use
 * characters (the index uses two of them, `TERM_FILL` and the record's `PAD`).
 */

const FOLD: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）', '"': '＂' };

/** Characters that are no text: whitespace, and the private-use area the search record pads with. */
const NOT_TEXT = /[\s\p{Co}]/u;

/**
 * The text as the index sees it: whitespace removed, widths and punctuation folded.
 * @example normalizeSearchText('ＰＭ２．５ 浓度, 2025 年') // 'PM2.5浓度，2025年'
 */
export function normalizeSearchText(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (NOT_TEXT.test(ch)) continue;
    // Full-width ASCII letters, digits and . % / + - (Ａ, ２, ．) read as their half-width forms.
    if ((code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a) || '．％／＋－'.includes(ch)) {
      out += String.fromCodePoint(code - 0xfee0);
    } else {
      out += FOLD[ch] ?? ch;
    }
  }
  return out;
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

/** Characters in an index term: every position of a text starts a term this long. */
export const TERM_LENGTH = 4;

/**
 * Fills the terms at a field's end up to `TERM_LENGTH`: a private-use
 * character the index keeps as part of the term (the build lists it among the
 * characters to keep). So every term of the text is a full `TERM_LENGTH` long.
 * That matters because Pagefind, when no term starts with what is searched,
 * falls back to the longest term that is a prefix of it: with full-length
 * terms there is never such a term in the text, and no false match.
 */
export const TERM_FILL = '\uF8FF';

/**
 * The index terms of one field of text, one per character: the next
 * `TERM_LENGTH` characters, filled with `TERM_FILL` at the field's end, so
 * that no term crosses into the next field.
 * @example fieldTerms('阳泉蓝天好') // ['阳泉蓝天', '泉蓝天好', '蓝天好\uF8FF', '天好\uF8FF\uF8FF', '好\uF8FF\uF8FF\uF8FF']
 */
export function fieldTerms(text: string): string[] {
  const chars = [...normalizeSearchText(text)];
  return chars.map((_, i) => {
    const term = chars.slice(i, i + TERM_LENGTH);
    while (term.length < TERM_LENGTH) term.push(TERM_FILL);
    return term.join('');
  });
}

export interface QueryTerm {
  /** Characters from the start of the query to where this term starts. */
  offset: number;
  /** As Pagefind holds it: lower case. */
  term: string;
  /**
   * The query is shorter than a term: every term that starts with it counts
   * (Pagefind's prefix search), and the index must be read over the whole
   * range of such terms.
   */
  prefix: boolean;
}

/**
 * The index terms a normalised query is searched by: the query occurs at
 * position p exactly when each term occurs at p + its offset. Terms of full
 * length at offsets 0, 4, 8 … and one ending where the query ends cover every
 * character; a query shorter than a term is searched as a prefix.
 * @example queryTerms('黑臭水体治理').map((t) => `${t.offset}:${t.term}`) // ['0:黑臭水体', '2:水体治理']
 * @example queryTerms('PM2.5').map((t) => t.term) // ['pm2.', 'm2.5']
 * @example queryTerms('阳泉') // [{ offset: 0, term: '阳泉', prefix: true }]
 */
export function queryTerms(normalized: string): QueryTerm[] {
  const chars = [...normalized.toLowerCase()];
  if (chars.length === 0) return [];
  if (chars.length < TERM_LENGTH) return [{ offset: 0, term: chars.join(''), prefix: true }];
  // One term every TERM_LENGTH characters, the last moved back to end where the query ends.
  const offsets = Array.from({ length: Math.ceil(chars.length / TERM_LENGTH) }, (_, i) => Math.min(i * TERM_LENGTH, chars.length - TERM_LENGTH));
  return offsets.map((offset) => ({ offset, term: chars.slice(offset, offset + TERM_LENGTH).join(''), prefix: false }));
}

/**
 * Whether a query occurs at `start` in a text given as its index terms in
 * lower case: each query term stands at its offset (a prefix term at the
 * start of one). The index matches by this rule; so does the search page when
 * it checks an article's text itself.
 * @example queryMatchesAt(fieldTerms('黑臭水体治理').map((t) => t.toLowerCase()), 0, queryTerms('黑臭水体治理')) // true
 */
export function queryMatchesAt(terms: readonly string[], start: number, query: readonly QueryTerm[]): boolean {
  return query.every(({ offset, term, prefix }) => {
    const at = terms[start + offset];
    return at !== undefined && (prefix ? at.startsWith(term) : at === term);
  });
}
