/**
 * Cache keys for Astro's incremental builds (`experimental.incrementalBuild`):
 * a page built before is copied from the build cache instead of rendered
 * again when its key and its code are unchanged. Astro hashes the page's own
 * module graph; the key must stand for everything else the page is made
 * from. Every paged route here renders from its props alone, so the key is a
 * hash of the props, each article in them standing as its id and content
 * digest.
 */
import { createHash } from 'node:crypto';

/**
 * Code that shapes a page without being in the page's module graph: the
 * Markdown plugins run by the content layer (astro.config.ts). Astro's config
 * hash does not see a change to them, since a plugin is a function.
 */
const MARKDOWN_CODE = Object.entries(import.meta.glob<string>('../markdown/*.ts', { query: '?raw', import: 'default', eager: true }))
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([file, source]) => `${file}\n${source}`)
  .join('\n');

interface Entry {
  collection: string;
  id: string;
  digest?: string | number;
}

const isEntry = (value: unknown): value is Entry => typeof value === 'object' && value !== null && 'collection' in value && 'id' in value && 'digest' in value;

/**
 * The cache key of a page made from `props`.
 * @example pageCacheKey({ page: 2 }) === pageCacheKey({ page: 2 }) // true
 */
export function pageCacheKey(props: unknown): string {
  const json = JSON.stringify(props, (_key, value: unknown) => (isEntry(value) ? `${value.collection}/${value.id}@${value.digest}` : value));
  return createHash('sha256').update(MARKDOWN_CODE).update('\n').update(json).digest('base64url');
}
