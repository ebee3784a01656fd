import type { APIRoute } from 'astro';
import { getFigureData } from './_figures.ts';

/** `/data/articles.json`: every article with its figures. */
export const GET: APIRoute = async ({ site }) => {
  const { articles } = await getFigureData(site);
  return new Response(`${JSON.stringify({ articles }, null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
