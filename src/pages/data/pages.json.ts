import type { APIRoute } from 'astro';
import { pageRecord } from '../../open-data/pages.ts';
import { getArticlesByPage, getPages } from '../../site/pages.ts';
import { articleUrl, pageUrl, sourceUrl } from '../../site/urls.ts';
import { absolute } from './_figures.ts';

/** `/data/pages.json`: every printed page with its issue, file, hash and articles. */
export const GET: APIRoute = async ({ site }) => {
  const byPage = await getArticlesByPage();
  const pages = (await getPages()).map((page) =>
    pageRecord(
      page,
      { page: absolute(pageUrl(page.id), site), source: absolute(sourceUrl(page.data.file), site) },
      (byPage.get(page.id) ?? []).map(({ article }) => ({ uid: article.data.uid, url: absolute(articleUrl(article.id), site) })),
    ),
  );
  return new Response(`${JSON.stringify({ pages }, null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
