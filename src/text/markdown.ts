/**
 * Printed text in Markdown, both ways. An article body is printed text that
 * must never turn into markup: `escapeMarkdown` escapes what Markdown or HTML
 * would read, and `unescapeMarkdown` reads it back, so that
 * `unescapeMarkdown(escapeMarkdown(line)) === line` for any printed line.
 */

/** Characters escaped anywhere in a line: backslash, emphasis, code, links, raw HTML and entities, table pipes, headings. */
const INLINE_MARKUP = /[\\`*_[\]<>&|#]/g;
/** Block quotes, list markers and fences start with these at a line's start (`>` and `#` are escaped anywhere). */
const LINE_START_MARKUP = /^([-+~])/u;
/** An ordered-list marker: up to nine digits, then `.` or `)`. */
const ORDERED_LIST_MARKER = /^(\d{1,9})([.)])/u;
/**
 * CommonMark lets a backslash escape any ASCII punctuation, and renders the
 * character alone; reading back does the same, so it also reads entries
 * written by hand.
 */
const ESCAPED_PUNCTUATION = /\\([!-/:-@[-`{-~])/g;

/**
 * Escapes a line of printed text so Markdown shows it as it is.
 * @example escapeMarkdown('1. <b>a*b</b>') // '1\\. \\<b\\>a\\*b\\</b\\>'
 */
export function escapeMarkdown(text: string): string {
  return text.replace(INLINE_MARKUP, '\\$&').replace(LINE_START_MARKUP, '\\$1').replace(ORDERED_LIST_MARKER, '$1\\$2');
}

/**
 * The printed text of an escaped line: what Markdown renders of it.
 * @example unescapeMarkdown('1\\. \\<b\\>a\\*b\\</b\\>') // '1. <b>a*b</b>'
 */
export function unescapeMarkdown(text: string): string {
  return text.replace(ESCAPED_PUNCTUATION, '$1');
}

/**
 * The text a reader sees of a body: heading markers and escapes removed,
 * one paragraph or heading a line, blank lines dropped.
 * @example bodyText('## 标题\n\n正文\\*。\n') // '标题\n正文*。'
 */
export function bodyText(body: string): string {
  return body
    .split(/\r?\n/)
    .map((line) => unescapeMarkdown(line.replace(/^#{1,6}\s+/, '')))
    .filter((line) => line.trim() !== '')
    .join('\n');
}
