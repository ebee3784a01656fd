/**
 * The text of a run of index terms (see fieldTerms in src/search/terms.ts):
 * the first character of each. Only tests read records back into text.
 * @example textOfTerms(fieldTerms('阳泉蓝天')) // '阳泉蓝天'
 */
export function textOfTerms(terms: readonly string[]): string {
  return terms.map((term) => String.fromCodePoint(term.codePointAt(0)!)).join('');
}
