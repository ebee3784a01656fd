/**
 * The search record of an article: what Pagefind indexes in place of the
 * rendered article, and the article's text as the search page shows it.
 *
 * The record's text is the article's index terms (see terms.ts), one per
 * character, laid out in blocks at fixed positions: the headline, then the
 * kicker, subtitle and column, then the place (city name and pinyin), then
 * the body. A block shorter than its room is filled with `PAD`, which takes a
 * position and adds nothing to the index. So a match's position alone says
 * where in the article it is, before anything of the article is downloaded,
 * and the record's length (Pagefind's word count of the page) says how long
 * the body is: the ranking needs both for every match.
 *
 * A result shows the article's text from a small file of its own
 * (`ArticleText`, `<part>/text/<page id>.json`), the printed text as it is:
 * about half the bytes of Pagefind's copy of the record, which holds four
 * characters a position.
 */
import type { FacetKey } from './facets.ts';
import type { ArticleData } from '../model/schema.ts';
import { findCounty, getArea, isCityId } from '../model/gazetteer.ts';
import { TOPICS } from '../model/topics.ts';
import { fieldTerms, normalizeSearchText } from './terms.ts';
import { correctionSearchText } from '../model/corrections.ts';

/**
 * A position that holds no term: a private-use character, which is neither a
 * letter nor a digit, so Pagefind indexes nothing for it (the index build must
 * not list it among the characters to keep).
 */
export const PAD = '\uE000';

/** An article's text as the search page shows it, and as its record is made from. */
export interface ArticleText {
  url: string;
  title: string;
  kicker?: string;
  subtitle?: string;
  column?: string;
  city: string;
  county?: string;
  /** `YYYY-MM-DD`. */
  date: string;
  /** The place names the record adds: the city's name, and the city's and county's pinyin. */
  place: string[];
  /** The body as a reader sees it, paragraphs separated by line breaks. */
  body: string;
  /**
   * What the archive's corrections add, so that a reading finds the article
   * as the print does: corrected paragraphs as they read, corrected captions
   * as printed and as they read (see correctionSearchText). Usually empty.
   */
  corrections: string[];
}

/** Where a match lies in an article, from the most telling place to the least. */
export type RecordField = 'headline' | 'furniture' | 'body' | 'place';

/** The blocks of a record's header, in order, with their room in positions; the body follows. */
const BLOCKS = [
  ['headline', 128],
  ['furniture', 192],
  ['place', 64],
] as const satisfies readonly (readonly [RecordField, number])[];

/** The position where a record's body starts. */
export const BODY_START = BLOCKS.reduce((sum, [, room]) => sum + room, 0);

/**
 * The part of the article a term position lies in.
 * @example recordFieldAt(0) // 'headline'
 * @example recordFieldAt(BODY_START) // 'body'
 */
export function recordFieldAt(position: number): RecordField {
  let end = 0;
  for (const [field, room] of BLOCKS) {
    end += room;
    if (position < end) return field;
  }
  return 'body';
}

/**
 * The body's length in characters, from the record's word count (Pagefind's
 * count of its terms and padding).
 * @example bodyLength(BODY_START + 120) // 120
 */
export function bodyLength(wordCount: number): number {
  return Math.max(0, wordCount - BODY_START);
}

/** An article whose headline block does not fit the room the record gives it. */
export class RecordFieldTooLong extends Error {
  readonly field: string;
  constructor(field: string, length: number, room: number) {
    super(`${length} characters with what shares its block, more than the search record's ${room}`);
    this.field = field;
  }
}

/** Terms of one block: its fields separated by one PAD, the rest filled with PAD. */
function block(field: RecordField, parts: readonly { name: string; text: string }[]): string[] {
  const room = BLOCKS.find(([name]) => name === field)![1];
  const terms = parts.flatMap((part, i) => (i === 0 ? fieldTerms(part.text) : [PAD, ...fieldTerms(part.text)]));
  if (terms.length > room) throw new RecordFieldTooLong(parts.map((part) => part.name).join(', '), terms.length, room);
  return [...terms, ...Array<string>(room - terms.length).fill(PAD)];
}

/**
 * Every term of an article's record, in position order. The build indexes
 * them; the search page lays out a downloaded article the same way when it
 * checks a long query against it.
 */
export function recordTerms(text: ArticleText): string[] {
  return [
    ...block('headline', [{ name: 'title', text: text.title }]),
    ...block('furniture', [
      { name: 'kicker', text: text.kicker ?? '' },
      { name: 'subtitle', text: text.subtitle ?? '' },
      { name: 'column', text: text.column ?? '' },
    ]),
    ...block(
      'place',
      text.place.map((name) => ({ name: 'city', text: name })),
    ),
    // Paragraphs one after the other: no term crosses from one into the next,
    // and a match needs its terms at consecutive offsets, so none spans two.
    ...text.body.split('\n').flatMap((paragraph) => fieldTerms(paragraph)),
    // After the body, so that positions in the body stay those of the print.
    ...text.corrections.flatMap((passage) => fieldTerms(passage)),
  ];
}

/**
 * An article's text for the search page.
 * @param body the body as a reader sees it (see bodyText in src/text/markdown.ts)
 */
export function articleText(data: ArticleData, body: string, url: string): ArticleText {
  // A city, or 全省 / 城市未定 for an article about no single city (its name is its facet).
  const city = getArea(data.city);
  const county = data.county && isCityId(data.city) ? findCounty(data.city, data.county) : undefined;
  // Pinyin of the city and county, whole and without the 区/县/市 suffix, so
  // that "yangquan" or "zezhou" finds the place's articles.
  const pinyin = [city.pinyin, county?.pinyin, county?.pinyin.replace(/(qu|xian|shi)$/, '')].filter((word): word is string => !!word);
  return {
    url,
    title: data.title,
    ...(data.kicker ? { kicker: data.kicker } : {}),
    ...(data.subtitle ? { subtitle: data.subtitle } : {}),
    ...(data.column ? { column: data.column } : {}),
    city: city.name,
    ...(data.county ? { county: data.county } : {}),
    date: data.date,
    place: [...(city.searchName ? [city.searchName] : []), ...new Set(pinyin)],
    body,
    corrections: correctionSearchText(data, body),
  };
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

/** An element that carries a Pagefind filter value in an attribute, adding no text. */
const filter = (key: FacetKey | 'date' | 'page', value: string) => `<span data-pagefind-filter="${key}[data-value]" data-value="${escapeHtml(value)}"></span>`;

/**
 * The record's HTML: the terms as the body's only text (outside any block
 * element, where Pagefind would end the text with a full stop) and the
 * filters: the facets, the date and the printed page. No metadata (Pagefind would index it as words) and no sort key: a
 * part's pages are added oldest first, and the search page reads their order
 * from the index (see src/search/pagefind-files.ts).
 */
export function searchRecordHtml(data: ArticleData, text: ArticleText): string {
  return [
    '<html lang="und"><body>',
    escapeHtml(recordTerms(text).join(' ')),
    filter('city', text.city),
    data.county ? filter('county', data.county) : '',
    filter('year', data.date.slice(0, 4)),
    // Not offered as facets: the date, for the range and the trend; the printed
    // page, for a search within a page or an issue, by its file's name, which
    // the content check holds equal to the page entry's `file`.
    filter('date', data.date),
    filter('page', data.source.file),
    ...data.topics.map((topic) => filter('topic', TOPICS[topic])),
    ...data.authors.map((author) => filter('author', author)),
    '</body></html>',
  ].join('');
}

/**
 * The characters of a text at each of its index positions: normalising
 * (terms.ts) drops spaces, so index positions skip them; this maps them back.
 * @example printedOffsets('2025 年') // [0, 1, 2, 3, 5]
 */
export function printedOffsets(text: string): number[] {
  const offsets: number[] = [];
  let offset = 0;
  for (const ch of text) {
    if (normalizeSearchText(ch)) offsets.push(offset);
    offset += ch.length;
  }
  return offsets;
}
