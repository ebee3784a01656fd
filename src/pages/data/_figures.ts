/**
 * The open-data records of the whole archive, built once per build from the
 * collection, with absolute URLs so downloaded files still point home.
 */
import { getArticles } from '../../site/articles.ts';
import { articleRecord, type ArticleRecord, type FigureRecord } from '../../open-data/datasets.ts';
import { articleUrl, url } from '../../site/urls.ts';

let cache: Promise<{ articles: ArticleRecord[]; figures: FigureRecord[] }> | undefined;

/** Every article and every figure, newest article first, figures in print order. */
export function getFigureData(site: URL | undefined): Promise<{ articles: ArticleRecord[]; figures: FigureRecord[] }> {
  cache ??= getArticles().then((entries) => {
    const articles = entries.map((entry) => articleRecord(entry, absolute(articleUrl(entry.id), site)));
    return { articles, figures: articles.flatMap((article) => article.figures) };
  });
  return cache;
}

/** An absolute URL of a site path. */
export function absolute(path: string, site: URL | undefined): string {
  return new URL(path, site ?? 'http://localhost/').href;
}

export const schemaPath = () => url('data/schema.json');
