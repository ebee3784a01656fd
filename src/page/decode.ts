/**
 * Reading a page file whatever its encoding. OCR tools write UTF-8 (with or
 * without a byte order mark), UTF-16 with a BOM, or the Chinese national
 * encoding GB18030 (a superset of GBK and GB2312); line ends may be CRLF.
 */
import { PageError } from './errors.ts';

/** Larger than any newspaper page; a bigger file is not an OCR page. */
export const MAX_PAGE_BYTES = 20 * 1024 * 1024;

export type PageEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedPage {
  text: string;
  encoding: PageEncoding;
}

/**
 * The encoding announced by a byte order mark, and the mark's length.
 * @example sniffBom(new Uint8Array([0xff, 0xfe, 0x41, 0])) // { encoding: 'utf-16le', length: 2 }
 */
export function sniffBom(bytes: Uint8Array): { encoding: PageEncoding; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

function decodeStrict(bytes: Uint8Array, encoding: PageEncoding): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * The 1-based line of the first byte sequence that is not UTF-8, to point an
 * editor at the damage.
 * @example firstBadLine(new Uint8Array([0x61, 0x0a, 0xff])) // 2
 */
export function firstBadLine(bytes: Uint8Array): number {
  const text = new TextDecoder('utf-8').decode(bytes);
  const bad = text.indexOf('\uFFFD');
  return bad < 0 ? 1 : text.slice(0, bad).split('\n').length;
}

// Control characters other than tab, line feed, form feed and carriage return
// never occur in OCR text; they mark a binary file.
// eslint-disable-next-line no-control-regex -- control characters are what this pattern finds
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/;

/**
 * The text of a page file, line ends normalised to `\n`, or a PageError
 * naming what is wrong with it.
 * @example decodePage(new TextEncoder().encode('科学导报讯\r\n')).text // '科学导报讯\n'
 */
export function decodePage(bytes: Uint8Array): DecodedPage {
  if (bytes.length > MAX_PAGE_BYTES) {
    throw new PageError(`the file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB, more than the 20 MB a page can be`);
  }
  const bom = sniffBom(bytes);
  let decoded: DecodedPage | undefined;
  if (bom) {
    const text = decodeStrict(bytes.subarray(bom.length), bom.encoding);
    if (text === undefined) throw new PageError(`the file starts with a ${bom.encoding} byte order mark but is not valid ${bom.encoding}`);
    decoded = { text, encoding: bom.encoding };
  } else {
    if (bytes.includes(0)) {
      throw new PageError('the file is binary (it contains NUL bytes and no UTF-16 byte order mark), not an OCR text page');
    }
    const utf8 = decodeStrict(bytes, 'utf-8');
    const gb = utf8 === undefined ? decodeStrict(bytes, 'gb18030') : undefined;
    if (utf8 !== undefined) decoded = { text: utf8, encoding: 'utf-8' };
    else if (gb !== undefined) decoded = { text: gb, encoding: 'gb18030' };
    else throw new PageError('undecodable bytes: the text is neither UTF-8 nor GB18030', { line: firstBadLine(bytes) });
  }
  const text = decoded.text.replace(/\r\n?/g, '\n');
  const control = CONTROL.exec(text);
  if (control) {
    throw new PageError(
      `the file is binary (control character U+${control[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}), not an OCR text page`,
      {
        line: text.slice(0, control.index).split('\n').length,
      },
    );
  }
  if (text.trim() === '') throw new PageError('the file is empty');
  return { text, encoding: decoded.encoding };
}
