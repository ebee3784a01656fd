/**
 * `npm run preview`: serves the built archive (dist/, or ARCHIVE_OUT_DIR)
 * on http://localhost:4321 under BASE, as a static host would, with each
 * OCR page file in its own charset (tools/static-server.ts).
 */
import { resolve } from 'node:path';
import { buildFolders } from '../src/archive/layout.ts';
import { serveStatic } from '../tools/static-server.ts';

const port = Number(process.env.PORT) || 4321;
const base = process.env.BASE ?? '/';
const server = await serveStatic(resolve(buildFolders().out), base.endsWith('/') ? base : `${base}/`, port);
console.log(`The archive is served on ${server.url.replace('127.0.0.1', 'localhost')} (Ctrl+C stops it).`);
