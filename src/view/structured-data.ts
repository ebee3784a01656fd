/**
 * Structured data for search engines: JSON-LD `NewsArticle` on article pages,
 * typed with schema-dts so a misspelt property fails the type check.
 */
import type { NewsArticle, WithContext } from 'schema-dts';

export interface NewsArticleInput {
  title: string;
  description: string;
  /** `YYYY-MM-DD`. */
  date: string;
  authors: readonly string[];
  /** The place the article is about, most general first: 山西省, 晋城市, 泽州县. */
  places: readonly string[];
  publication: string;
  /** Absolute canonical URL of the article page. */
  url: string;
  section?: string | undefined;
  keywords: readonly string[];
  wordCount: number;
}

/**
 * The JSON-LD object of an article.
 * @example newsArticle({ title: 't', description: 'd', date: '2025-04-22', authors: ['来虹'], places: ['山西省'], publication: '科学导报', url: 'https://x/', keywords: [], wordCount: 1 }).publisher
 * // { '@type': 'Organization', name: '科学导报' }
 */
export function newsArticle(input: NewsArticleInput): WithContext<NewsArticle> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: input.title,
    description: input.description,
    datePublished: input.date,
    inLanguage: 'zh-CN',
    author: input.authors.map((name) => ({ '@type': 'Person', name })),
    publisher: { '@type': 'Organization', name: input.publication },
    contentLocation: { '@type': 'Place', name: input.places.join('') },
    mainEntityOfPage: input.url,
    url: input.url,
    ...(input.section ? { articleSection: input.section } : {}),
    keywords: input.keywords.join(','),
    wordCount: input.wordCount,
  };
}

/**
 * JSON for an inline `<script type="application/ld+json">`: `<` is escaped so
 * no text in the data can close the script element.
 * @example jsonLdText({ a: '</script>' }) // '{"a":"\\u003c/script>"}'
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
