/**
 * A minimal static file server for a built site, as a CDN would serve it:
 * directory URLs map to index.html, unknown paths to 404.html with status 404,
 * text gzip-compressed when the client accepts it (so the benchmark measures
 * the bytes a reader would transfer).
 */
import { createServer, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { decodePage } from '../src/page/decode.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The content type of a file: by its extension, and for a text page by its
 * bytes, since the archive serves OCR pages byte for byte in UTF-8, UTF-16
 * or GB18030 and a browser shows a page in the wrong charset as mojibake.
 * @example contentType('a.txt', new TextEncoder().encode('科学')) // 'text/plain; charset=utf-8'
 */
export function contentType(file: string, body: Uint8Array): string {
  if (extname(file) !== '.txt') return TYPES[extname(file)] ?? 'application/octet-stream';
  try {
    return `text/plain; charset=${decodePage(body).encoding}`;
  } catch {
    return 'text/plain';
  }
}

export async function serveStatic(root: string, base = '/', port = 0): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const inside = pathname.startsWith(base) ? pathname.slice(base.length - 1) : undefined;
    const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const send = async (file: string, status = 200) => {
      const body = await readFile(file);
      const type = contentType(file, body);
      // Pagefind's own files are compressed already.
      if (gzip && /^(text|application\/(json|xml))|svg/.test(type)) {
        response.writeHead(status, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
        response.end(gzipSync(body));
      } else {
        response.writeHead(status, { 'content-type': type });
        response.end(body);
      }
    };
    try {
      if (inside === undefined) throw new Error('outside base');
      let file = join(root, normalize(inside));
      if (!file.startsWith(root)) throw new Error('outside root');
      if ((await stat(file).catch(() => undefined))?.isDirectory()) file = join(file, 'index.html');
      await send(file);
    } catch {
      await send(join(root, '404.html'), 404).catch(() => {
        response.writeHead(404);
        response.end();
      });
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const listening = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${listening}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
