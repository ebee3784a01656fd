/**
 * The printed pages as the site uses them: the page entries of the `pages`
 * collection, the OCR text each was imported from (read from beside the
 * entry), and the articles of each page in print order.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { decodePage } from '../page/decode.ts';
import { pageLines, type Line } from '../page/lines.ts';
import { fileLines } from '../page/provenance.ts';
import { bodyText } from '../text/markdown.ts';
import { bodyStart, printOrder } from '../view/printed.ts';
import { getArticles, type Article } from './articles.ts';

export type PageEntry = CollectionEntry<'pages'>;

/** An article on its page, with the line its text begins on when its lines are known. */
export interface PrintedArticle {
  article: Article;
  uid: string;
  start?: number | undefined;
}

let cache: Promise<PageEntry[]> | undefined;

/** Every page, by id. */
export function getPages(): Promise<PageEntry[]> {
  cache ??= getCollection('pages').then((pages) => pages.sort((a, b) => a.id.localeCompare(b.id)));
  return cache;
}

/** The page file beside the page entry. */
function sourcePath(page: PageEntry): string {
  return resolve(dirname(page.filePath!), page.data.file);
}

/** The page file's bytes, exactly as imported (the content check has matched them to the entry's SHA-256). */
export function pageBytes(page: PageEntry): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(sourcePath(page)));
}

/** The page's text: every line of the file, blank ones included, and the printed (non-blank) lines. */
export function pageText(page: PageEntry): { lines: string[]; printed: Line[] } {
  const { text } = decodePage(pageBytes(page));
  return { lines: fileLines(text), printed: pageLines(text) };
}

let byPage: Promise<Map<string, PrintedArticle[]>> | undefined;

/** The articles of every page, in print order, by page id. */
export function getArticlesByPage(): Promise<Map<string, PrintedArticle[]>> {
  byPage ??= Promise.all([getArticles(), getPages()]).then(([articles, pages]) => {
    const map = Map.groupBy(articles, (article) => article.data.page.id);
    return new Map(pages.map((page) => [page.id, printed(page, map.get(page.id) ?? [])]));
  });
  return byPage;
}

/** A page's articles in print order; its text is read only when some article records its lines. */
function printed(page: PageEntry, articles: readonly Article[]): PrintedArticle[] {
  const lines = articles.some((article) => article.data.source.lines) ? pageText(page).printed : [];
  return printOrder(
    articles.map((article) => {
      const ranges = article.data.source.lines;
      return { article, uid: article.data.uid, start: ranges ? bodyStart(lines, ranges, bodyText(article.body ?? '')) : undefined };
    }),
  );
}

/** Looks up the page of an article (the content check has made sure it exists). */
export async function getPageOf(): Promise<(article: Article) => PageEntry> {
  const pages = new Map((await getPages()).map((page) => [page.id, page]));
  return (article) => pages.get(article.data.page.id)!;
}
