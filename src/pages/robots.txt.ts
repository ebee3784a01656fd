import type { APIRoute } from 'astro';
import { url } from '../site/urls.ts';

/** Everything may be crawled; the sitemap is named with its absolute URL, as robots.txt requires. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(url('sitemap-index.xml'), site).href}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
