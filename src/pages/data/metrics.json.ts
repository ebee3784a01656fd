import type { APIRoute } from 'astro';
import { getFigureData } from './_figures.ts';

/** `/data/metrics.json`: every figure of the archive, one record each. */
export const GET: APIRoute = async ({ site }) => {
  const { figures } = await getFigureData(site);
  return new Response(`${JSON.stringify({ figures }, null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
