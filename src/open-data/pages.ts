/**
 * `/data/pages.json`: every printed page the archive holds, with its issue,
 * its file and hash, and the articles printed on it. The record schema
 * extends the page entry's schema (`src/model/page.ts`); `/data/schema.json`
 * publishes it as `#/$defs/pagesFile`.
 */
import { z } from 'astro/zod';
import { pageSchema, type PageData } from '../model/page.ts';

const shape = pageSchema.shape;

export const pageRecordSchema = z
  .strictObject({
    id: z.string().meta({ description: 'The page id: its file name without extension.' }),
    url: z.url().meta({ description: 'The page view (版面).' }),
    file: shape.file,
    sourceUrl: z.url().meta({ description: 'The OCR file, byte for byte as imported.' }),
    sha256: shape.sha256,
    publication: z.string(),
    date: z.string().nullable().meta({ description: 'The issue’s date, YYYY-MM-DD, or null when the page does not print it.' }),
    issueNumber: z.int().nullable().meta({ description: '期号, or null.' }),
    page: z.int().nullable().meta({ description: '版次, the page number in its issue, or null.' }),
    pageName: z.string().nullable().meta({ description: '版名, or null.' }),
    articles: z.array(z.strictObject({ uid: z.string(), url: z.url() })).meta({ description: 'The articles printed on the page, in print order.' }),
  })
  .meta({ title: 'Page', description: 'A printed page of 科学导报.' });

export type PageRecord = z.output<typeof pageRecordSchema>;

export const pagesFileSchema = z.strictObject({ pages: z.array(pageRecordSchema) }).meta({ title: '/data/pages.json' });

/** A page as a record of `/data/pages.json`; URLs absolute. */
export function pageRecord(page: { id: string; data: PageData }, urls: { page: string; source: string }, articles: PageRecord['articles']): PageRecord {
  const { data } = page;
  return pageRecordSchema.parse({
    id: page.id,
    url: urls.page,
    file: data.file,
    sourceUrl: urls.source,
    sha256: data.sha256,
    publication: data.publication,
    date: data.date,
    issueNumber: data.issueNumber,
    page: data.page,
    pageName: data.pageName,
    articles,
  });
}
