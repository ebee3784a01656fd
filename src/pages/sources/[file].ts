import type { APIRoute, GetStaticPaths } from 'astro';
import { getPages, pageBytes, type PageEntry } from '../../site/pages.ts';
import { pageCacheKey } from '../../site/cache-key.ts';

/** `/sources/<file>`: each page file exactly as imported, byte for byte. */
export const getStaticPaths = (async () =>
  (await getPages()).map((page) => ({ params: { file: page.data.file }, props: { page }, cacheKey: pageCacheKey({ page }) }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const bytes = pageBytes((props as { page: PageEntry }).page);
  return new Response(bytes, { headers: { 'content-type': 'text/plain' } });
};
