import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './model/schema.ts';
import { slugOfFile } from './model/slugs.ts';

/**
 * Each file under `content/articles/` (in any sub-folder) is one printed
 * article; its file name is its slug and so its URL.
 */
const articles = defineCollection({
  loader: glob({
    pattern: '**/*.md',
    // The benchmark points this at a generated archive.
    base: process.env.ARCHIVE_CONTENT_DIR ?? './content/articles',
    generateId: ({ entry }) => slugOfFile(entry),
  }),
  schema: articleSchema,
});

export const collections = { articles };
