/**
 * "Cite this article": a reference to the printed article in the Chinese
 * national standard for references (GB/T 7714-2015, newspaper article [N]),
 * with the archive's stable address as its access path.
 */

export interface CitableArticle {
  title: string;
  authors: readonly string[];
  publication: string;
  /** `YYYY-MM-DD`. */
  date: string;
  page?: number | undefined;
}

/**
 * The GB/T 7714 reference of an article: authors, title [N], paper, date (page), URL.
 * More than three authors are cited as the first three and 等.
 * @example gbt7714({ title: '守护“阳泉蓝”', authors: ['温荣鑫', '王钢'], publication: '科学导报', date: '2025-04-22' }, 'https://example.org/a/')
 * // '温荣鑫, 王钢. 守护“阳泉蓝”[N]. 科学导报, 2025-04-22. https://example.org/a/.'
 */
export function gbt7714(article: CitableArticle, stableUrl: string): string {
  const names = article.authors.length > 3 ? [...article.authors.slice(0, 3), '等'] : article.authors;
  const page = article.page ? `(${article.page})` : '';
  return `${names.join(', ')}. ${article.title}[N]. ${article.publication}, ${article.date}${page}. ${stableUrl}.`;
}
