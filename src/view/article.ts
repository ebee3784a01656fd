/**
 * What the article page says about an article besides its text: the summary
 * line for search engines and link previews, how its date is known, the
 * places it is about, its citation and its structured data. Pure: the page
 * (src/pages/articles/[slug].astro) passes the entry's data, its text and
 * its stable address.
 */
import type { NewsArticle, WithContext } from 'schema-dts';
import type { ArticleData } from '../model/schema.ts';
import { getArea } from '../model/gazetteer.ts';
import { formatChineseDate } from '../model/dates.ts';
import { TOPICS } from '../model/topics.ts';
import { gbt7714 } from './citation.ts';
import { newsArticle } from './structured-data.ts';

/** How the date of an article is known, as the source line says it. */
export const DATE_SOURCE_NOTES: Readonly<Record<ArticleData['dateSource'], string>> = {
  dateline: '据电头',
  issue: '见报日期',
  inferred: '推定日期：版面未印出',
};

/**
 * The article's summary line (`<meta name="description">`, link previews, JSON-LD).
 * @example articleDescription({ city: 'jincheng', county: '泽州县', date: '2025-04-22' }) // '晋城 · 泽州县，2025年4月22日，《科学导报》。'
 * @example articleDescription({ city: 'shanxi', date: '2025-04-22' }) // '全省，2025年4月22日，《科学导报》。'
 */
export function articleDescription(data: Pick<ArticleData, 'city' | 'county' | 'date'>): string {
  return `${getArea(data.city).name}${data.county ? ` · ${data.county}` : ''}，${formatChineseDate(data.date)}，《科学导报》。`;
}

/**
 * The places the article is about, most general first.
 * @example articlePlaces({ city: 'jincheng', county: '泽州县' }) // ['山西省', '晋城市', '泽州县']
 * @example articlePlaces({ city: 'unknown' }) // ['山西省']
 */
export function articlePlaces(data: Pick<ArticleData, 'city' | 'county'>): string[] {
  const area = getArea(data.city);
  return ['山西省', ...(area.kind === 'city' ? [area.fullName] : []), ...(data.county ? [data.county] : [])];
}

/**
 * The names of the article's topics, in its order.
 * @example topicNames({ topics: ['air', 'water'] }) // ['大气污染防治', '水环境']
 */
export function topicNames(data: Pick<ArticleData, 'topics'>): string[] {
  return data.topics.map((topic) => TOPICS[topic]);
}

/**
 * The GB/T 7714 reference to the printed article, with its stable address.
 * A reference cites the issue it was printed in: the page's date and number
 * where its page entry knows them (the article's own date is its dateline's),
 * else the article's date and `source.page`.
 * @example articleCitation({ title: '守护“阳泉蓝”', authors: ['温荣鑫'], date: '2025-04-22', source: { publication: '科学导报', file: 'x.txt' } }, 'https://example.org/a/')
 * // '温荣鑫. 守护“阳泉蓝”[N]. 科学导报, 2025-04-22. https://example.org/a/.'
 */
export function articleCitation(
  data: Pick<ArticleData, 'title' | 'authors' | 'date' | 'source'>,
  stableUrl: string,
  issue: { date: string | null; page: number | null } = { date: null, page: null },
): string {
  return gbt7714(
    { title: data.title, authors: data.authors, publication: data.source.publication, date: issue.date ?? data.date, page: issue.page ?? data.source.page },
    stableUrl,
  );
}

/**
 * The article's JSON-LD `NewsArticle`, at its stable address, with the
 * number of characters it prints as its word count.
 * @example articleStructuredData(data, 'https://example.org/articles/x/', 1200).headline // data.title
 */
export function articleStructuredData(data: ArticleData, stableUrl: string, wordCount: number): WithContext<NewsArticle> {
  return newsArticle({
    title: data.title,
    description: articleDescription(data),
    date: data.date,
    authors: data.authors,
    places: articlePlaces(data),
    publication: data.source.publication,
    url: stableUrl,
    section: data.column,
    keywords: topicNames(data),
    wordCount,
  });
}
