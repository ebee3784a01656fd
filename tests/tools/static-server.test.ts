import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentType, serveStatic } from '../../tools/static-server.ts';

/** GB18030 bytes of a text, from a page of the corpus written in that encoding. */
function encodeGb18030(text: string): Uint8Array {
  const page = readFileSync(join('tests/importer/corpus/04-yixian.txt'));
  expect(new TextDecoder('gb18030').decode(page)).toContain(text);
  return page;
}

describe('the static server', () => {
  it('serves each OCR page in the charset it is written in', () => {
    expect(contentType('p.txt', new TextEncoder().encode('科学导报讯'))).toBe('text/plain; charset=utf-8');
    expect(contentType('p.txt', encodeGb18030('一线传真'))).toBe('text/plain; charset=gb18030');
    expect(contentType('index.html', new Uint8Array())).toBe('text/html; charset=utf-8');
  });

  it('answers on the port asked for, with the page file’s charset in the header', async () => {
    const root = mkdtempSync(join(tmpdir(), 'serve-'));
    writeFileSync(join(root, 'p.txt'), encodeGb18030('一线传真'));
    const server = await serveStatic(root, '/', 0);
    try {
      const response = await fetch(`${server.url}p.txt`);
      expect(response.headers.get('content-type')).toBe('text/plain; charset=gb18030');
      expect(new TextDecoder('gb18030').decode(await response.arrayBuffer())).toContain('一线传真');
    } finally {
      await server.close();
    }
  });
});
