/**
 * CSV read back by csv-parse, a reader of RFC 4180 independent of the site's
 * writer (src/open-data/csv.ts), so a test of what the site writes does not
 * check it against itself.
 * @example readCsv('\uFEFFa,b\r\n1,"x,""y"""\r\n') // [['a', 'b'], ['1', 'x,"y"']]
 */
import { parse } from 'csv-parse/sync';

export function readCsv(text: string): string[][] {
  return parse(text, { bom: true }) as string[][];
}
