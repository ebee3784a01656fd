/**
 * SHA-256 digests, lower-case hex: of a page file's bytes (its page entry
 * fixes it, its permanent ids start with it) and of an entry's text (the
 * import recognises an entry it wrote before).
 */
import { createHash } from 'node:crypto';

/**
 * SHA-256 of bytes or of a text's UTF-8, lower-case hex.
 * @example sha256Hex(new TextEncoder().encode('abc')).slice(0, 8) // 'ba7816bf'
 * @example sha256Hex('abc').slice(0, 8) // 'ba7816bf'
 */
export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}
