import type { APIRoute } from 'astro';
import { openDataJsonSchema } from '../../open-data/datasets.ts';
import { absolute, schemaPath } from './_figures.ts';

/** `/data/schema.json`: JSON Schema of the JSON files, generated from the zod schemas. */
export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(openDataJsonSchema(absolute(schemaPath(), site)), null, 2)}\n`, {
    headers: { 'content-type': 'application/schema+json; charset=utf-8' },
  });
