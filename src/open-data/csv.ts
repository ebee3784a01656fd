/**
 * CSV as RFC 4180 writes it, with the UTF-8 byte order mark spreadsheet
 * programs need to read Chinese text as UTF-8.
 */

export const BOM = '\uFEFF';

/**
 * One field: quoted when it holds a comma, a quotation mark or a line break, quotes doubled.
 * @example csvField('不高于 35，达标') // '不高于 35，达标' (a Chinese comma needs no quotes)
 * @example csvField('a,"b"') // '"a,""b"""'
 */
export function csvField(value: string | number | boolean | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A whole file: BOM, header, one record a line, CRLF line ends as RFC 4180 has them.
 * @example toCsv(['a', 'b'], [[1, 'x,y']]) // '\uFEFFa,b\r\n1,"x,y"\r\n'
 */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return BOM + [header, ...rows].map((row) => row.map(csvField).join(',') + '\r\n').join('');
}
