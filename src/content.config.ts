import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './model/schema.ts';
import { slugOfFile } from './model/slugs.ts';
import { pageIdOf, pageSchema } from './model/page.ts';
import { archiveLayout } from './archive/layout.ts';

const layout = archiveLayout();

/**
 * Each file in the archive's articles folder (in any sub-folder) is one printed
 * article; its file name is its slug and so its URL. Its `page` is a
 * reference to the page it was printed on, derived from `source.file`.
 */
const articles = defineCollection({
  loader: glob({
    pattern: '**/*.md',
    base: layout.articles,
    generateId: ({ entry }) => slugOfFile(entry),
  }),
  schema: articleSchema.transform((article) => ({ ...article, page: { collection: 'pages' as const, id: pageIdOf(article.source.file) } })),
});

/**
 * Each page entry `<id>.yaml` of the archive's sources folder is one printed page; the OCR
 * text beside it (`<id>.txt`) is read by the page view and served as it is.
 */
const pages = defineCollection({
  loader: glob({
    pattern: '*.yaml',
    base: layout.sources,
    generateId: ({ entry }) => pageIdOf(entry),
  }),
  schema: pageSchema,
});

export const collections = { articles, pages };
