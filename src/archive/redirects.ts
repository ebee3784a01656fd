/**
 * Reading the archive's redirects file (`old-slug: new-slug`, one a line):
 * its pairs with their lines, and what is wrong with the YAML. Whether each
 * pair points at a live article is the content check's question
 * (src/checks/redirects.ts); the importer needs only the old slugs, which
 * no new article may take.
 */
import { existsSync, readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';
import type { Problem } from '../model/problem.ts';

export interface RedirectPair {
  from: string;
  to: string;
  line: number;
}

/**
 * The pairs of a redirects file, and its YAML problems; nothing when there is no file.
 * @example readRedirects('/no/such/file.yaml').pairs.length // 0
 */
export function readRedirects(file: string): { pairs: RedirectPair[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const pairs: RedirectPair[] = [];
  if (!existsSync(file)) return { pairs, problems };
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter, schema: 'failsafe', uniqueKeys: true });
  for (const error of doc.errors)
    problems.push({ file, line: error.linePos?.[0].line ?? 1, field: 'redirects', message: `YAML: ${error.message.split('\n')[0]}` });
  if (doc.errors.length > 0 || doc.contents === null) return { pairs, problems };
  if (!isMap(doc.contents)) {
    problems.push({ file, line: 1, field: 'redirects', message: 'must be a mapping of old slug: new slug' });
    return { pairs, problems };
  }
  for (const pair of doc.contents.items) {
    const from = isScalar(pair.key) ? String(pair.key.value) : '';
    const to = isScalar(pair.value) ? String(pair.value.value) : '';
    pairs.push({ from, to, line: lineCounter.linePos((pair.key as { range?: number[] })?.range?.[0] ?? 0).line });
  }
  return { pairs, problems };
}
