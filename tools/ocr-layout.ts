/**
 * Setting printed text in newspaper columns as OCR gives it back, line by
 * line: shared by the importer's tests, which lay the curated articles out
 * anew, and the page generator of the import benchmark.
 */
import { emWidth } from '../src/page/lines.ts';

/** How a paragraph's first line is marked: two ideographic spaces, or only by being two em short. */
export type Indent = 'fullwidth-spaces' | 'shortened';

/**
 * Sets a paragraph in a column `width` em wide, as a typesetter would: the
 * first line indented by two em, every other line as full as it can be. OCR
 * trims lines, so no line may begin or end next to a space the body keeps.
 * @example setParagraph('一二三四五六七八九十。', 6, 'shortened') // ['一二三四', '五六七八九十', '。']
 */
export function setParagraph(text: string, width: number, indent: Indent): string[] {
  const chars = [...text];
  const lines: string[] = [];
  let start = 0;
  while (start < chars.length) {
    const room = lines.length === 0 ? width - 2 : width;
    let end = start;
    while (end < chars.length && emWidth(chars.slice(start, end + 1).join('')) <= room) end++;
    while (end < chars.length && end > start + 1 && (chars[end] === ' ' || chars[end - 1] === ' ')) end--;
    const line = chars.slice(start, end).join('');
    lines.push(lines.length === 0 && indent === 'fullwidth-spaces' ? `\u3000\u3000${line}` : line);
    start = end;
  }
  return lines;
}
