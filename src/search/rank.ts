/**
 * Relevance: which articles a query finds, and in what order, from the
 * positions of its terms (see terms.ts) in each article's record (see
 * record.ts). Pure: the search page and the benchmarks run the same code.
 *
 * In order of importance:
 * 1. where the exact query occurs: the headline, then the kicker, subtitle
 *    or column, then the body, then only the place names the record adds;
 * 2. how often the exact query occurs (the phrase, not its terms), saturating
 *    and normalised for the body's length, in BM25's shape;
 * 3. the newer article.
 */
import { bodyLength, recordFieldAt, type RecordField } from './record.ts';

/** Positions of one query term in one record, with the term's offset in the query. */
export interface TermPositions {
  offset: number;
  positions: readonly number[];
}

/**
 * Where the query starts in the record: the positions at which every term
 * sits at its offset. Exact: a position counts only if the whole query is
 * there.
 * @example occurrences([{ offset: 0, positions: [3, 9, 20] }, { offset: 2, positions: [5, 12, 22] }]) // [3, 20]
 */
export function occurrences(terms: readonly TermPositions[]): number[] {
  const [first, ...rest] = terms;
  if (!first) return [];
  const others = rest.map((term) => ({ offset: term.offset, positions: new Set(term.positions) }));
  return first.positions.map((p) => p - first.offset).filter((start) => start >= 0 && others.every((term) => term.positions.has(start + term.offset)));
}

/** The fields, where a match weighs most first; the place names the record adds count least. */
const BY_WEIGHT: readonly RecordField[] = ['headline', 'furniture', 'body', 'place'];

/**
 * BM25's saturation (k1) and length normalisation (b). A softer length
 * normalisation than BM25's usual 0.75: an article that prints the query
 * twice as often as another still comes first when it is three times as long
 * (the seed archive's 湿地, tests/e2e/search-quality.test.ts; the property in tests/search/rank.test.ts).
 */
export const RANKING = { saturation: 1.2, lengthWeight: 0.35 } as const;

export interface ArticleMatch {
  /** Where in the record each occurrence starts. */
  starts: number[];
  /** The most telling field the query occurs in. */
  field: RecordField;
  /** Occurrences in the printed text (all fields but the added place names). */
  count: number;
  /** The body's length in characters. */
  length: number;
}

/**
 * An article's match from its occurrences and the record's word count
 * (Pagefind's count of the page's terms and padding).
 * @example articleMatch([0, 400], 484) // { starts: [0, 400], field: 'headline', count: 2, length: 100 }
 */
export function articleMatch(starts: number[], wordCount: number): ArticleMatch {
  const fields = starts.map(recordFieldAt);
  const field = BY_WEIGHT.find((f) => fields.includes(f)) ?? 'place';
  return { starts, field, count: fields.filter((f) => f !== 'place').length, length: bodyLength(wordCount) };
}

/**
 * How strongly the article's text carries the query: BM25's term weight for
 * the phrase's count, given the body's length against the average.
 * @example frequencyScore(4, 1000, 1000) // 1.692…
 */
export function frequencyScore(count: number, length: number, averageLength: number): number {
  const { saturation: k1, lengthWeight: b } = RANKING;
  const norm = 1 - b + b * (averageLength > 0 ? length / averageLength : 1);
  return (count * (k1 + 1)) / (count + k1 * norm);
}

export interface Ranked {
  match: ArticleMatch;
  score: number;
  /** Larger is newer: the article's place in the archive's date order. */
  order: number;
}

/**
 * Sorts by relevance: field first, then frequency, then the newer article.
 * @example [a, b].sort(compareRanked)
 */
export function compareRanked(a: Ranked, b: Ranked): number {
  return BY_WEIGHT.indexOf(a.match.field) - BY_WEIGHT.indexOf(b.match.field) || b.score - a.score || b.order - a.order;
}
