/**
 * The archive's articles as the pages use them: sorted newest first, with
 * their neighbours, grouped by city and county.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { AREAS, getArea, type AreaId } from '../model/gazetteer.ts';
import { authorIds, bylinesOf } from '../model/authors.ts';

export type Article = CollectionEntry<'articles'>;

/** Newest first; same-day articles by city (全省 and 城市未定 after the cities), then headline, so the order is stable. */
export function compareArticles(a: Article, b: Article): number {
  return (
    b.data.date.localeCompare(a.data.date) ||
    CITY_ORDER.get(a.data.city)! - CITY_ORDER.get(b.data.city)! ||
    a.data.title.localeCompare(b.data.title, 'zh-CN') ||
    a.id.localeCompare(b.id)
  );
}

const CITY_ORDER = new Map<string, number>(AREAS.map((area, index) => [area.id, index]));

let cache: Promise<Article[]> | undefined;

/** All articles, newest first. */
export function getArticles(): Promise<Article[]> {
  cache ??= getCollection('articles').then((entries) => entries.sort(compareArticles));
  return cache;
}

/** Articles of one city (or of 全省, or of 城市未定), newest first. */
export async function getCityArticles(city: AreaId): Promise<Article[]> {
  return (await getArticles()).filter((article) => article.data.city === city);
}

/**
 * A city's articles grouped by county, counties in gazetteer order, then the
 * articles about the city as a whole (no county) under `undefined`.
 */
export function groupByCounty(city: AreaId, articles: Article[]): { county?: string; articles: Article[] }[] {
  const counties = getArea(city).counties.map((c) => c.name);
  const groups = counties
    .map((county) => ({ county, articles: articles.filter((a) => a.data.county === county) }))
    .filter((group) => group.articles.length > 0);
  const citywide = articles.filter((a) => !a.data.county);
  return citywide.length > 0 ? [...groups, { articles: citywide }] : groups;
}

let authorIdCache: Promise<Map<string, string>> | undefined;

/** Every author's id (`/authors/<id>/`), by name as printed. */
export function getAuthorIds(): Promise<Map<string, string>> {
  authorIdCache ??= getArticles().then((articles) => authorIds(bylinesOf(articles.map((a) => a.data))));
  return authorIdCache;
}

/** Article counts by city id. */
export function countByCity(articles: Article[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const article of articles) counts.set(article.data.city, (counts.get(article.data.city) ?? 0) + 1);
  return counts;
}
