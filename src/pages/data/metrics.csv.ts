import type { APIRoute } from 'astro';
import { metricsCsv } from '../../open-data/datasets.ts';
import { getFigureData } from './_figures.ts';

/** `/data/metrics.csv`: the figures as CSV, UTF-8 with BOM, RFC 4180. */
export const GET: APIRoute = async ({ site }) => {
  const { figures } = await getFigureData(site);
  return new Response(metricsCsv(figures), { headers: { 'content-type': 'text/csv; charset=utf-8; header=present' } });
};
