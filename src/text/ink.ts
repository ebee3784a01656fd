/**
 * The ink of a text: its printed characters, white space left out. The
 * importer accounts for every one of a page's, and a page entry records
 * their totals.
 */

/**
 * The ink of a text: the text without its whitespace, which is all that
 * accounting and provenance compare.
 * @example ink(' 2024 年\n') // '2024年'
 */
export function ink(text: string): string {
  return text.replace(/\s+/gu, '');
}

/**
 * Number of non-whitespace characters (code points) in a text.
 * @example inkCount('科学 导报\n2025') // 8
 */
export function inkCount(text: string): number {
  let count = 0;
  for (const ch of text) if (!/\s/u.test(ch)) count++;
  return count;
}
