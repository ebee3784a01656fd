/**
 * The search record of an article: the HTML page Pagefind indexes in place of
 * the rendered article. Its text is the bigram terms of the headline block,
 * the body and the place names' pinyin (see search-text.ts); its metadata,
 * filters and sort key come from the frontmatter.
 */
import type { ArticleData } from '../model/schema.ts';
import { findCounty, getArea, isCityId } from '../model/gazetteer.ts';
import { TOPICS } from '../model/topics.ts';
import { bigrams } from './terms.ts';
import { formatChineseDate } from '../model/dates.ts';
import { correctionSearchText } from '../model/corrections.ts';

/** Weight of the headline terms against body terms, so a match in a headline ranks first. */
export const HEADLINE_WEIGHT = 10;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

/** An element that carries a Pagefind meta, filter or sort value in an attribute, adding no text. */
const tag = (kind: 'meta' | 'filter' | 'sort', key: string, value: string) =>
  `<span data-pagefind-${kind}="${key}[data-value]" data-value="${escapeHtml(value)}"></span>`;

/**
 * The record's HTML.
 * @param text the body as a reader sees it (see bodyText in content-check.ts)
 * @param part the index part it goes into (see index-parts.ts), a hidden
 *   filter: sorting by date searches the parts newest first, one at a time
 */
export function searchRecordHtml(data: ArticleData, text: string, part: string): string {
  // A city, or 全省 / 城市未定 for an article about no single city (its name is its facet).
  const city = getArea(data.city);
  const county = data.county && isCityId(data.city) ? findCounty(data.city, data.county) : undefined;
  const headline = [data.kicker, data.title, data.subtitle].filter(Boolean) as string[];
  // Pinyin of the city and county, whole and without the 区/县/市 suffix, so
  // that "yangquan" or "zezhou" finds the place's articles.
  const pinyin = [city.pinyin, county?.pinyin, county?.pinyin.replace(/(qu|xian|shi)$/, '')].filter(Boolean).join(' ');
  const terms = (part: string) => escapeHtml(bigrams(part).join(' '));
  return [
    '<html lang="und"><body>',
    ...headline.map((line) => `<h1 data-pagefind-weight="${HEADLINE_WEIGHT}">${terms(line)}</h1>`),
    ...text.split('\n').map((paragraph) => `<p>${terms(paragraph)}</p>`),
    // Corrected passages as they read (and corrected captions as printed), so the reading finds the article too.
    ...correctionSearchText(data, text).map((passage) => `<p>${terms(passage)}</p>`),
    `<p>${terms(city.searchName ?? '')}</p>`,
    `<p>${escapeHtml(pinyin.split(' ').map((word) => bigrams(word).join(' ')).join(' '))}</p>`,
    tag('meta', 'title', data.title),
    data.kicker ? tag('meta', 'kicker', data.kicker) : '',
    tag('meta', 'city', city.name),
    data.county ? tag('meta', 'county', data.county) : '',
    // Pagefind indexes meta values too: an ISO date would add the words 2025, 04
    // and 22 to every record, and a search for 04 would find them all.
    tag('meta', 'date', formatChineseDate(data.date)),
    tag('filter', 'city', city.name),
    data.county ? tag('filter', 'county', data.county) : '',
    tag('filter', 'year', data.date.slice(0, 4)),
    ...data.topics.map((topic) => tag('filter', 'topic', TOPICS[topic])),
    ...data.authors.map((author) => tag('filter', 'author', author)),
    tag('filter', 'part', part),
    tag('sort', 'date', data.date),
    '</body></html>',
  ].join('');
}
