/**
 * Relevance: which articles a query finds, and in what order, from the
 * positions of its terms (see terms.ts) in each article's record (see
 * record.ts). Pure: the search page and the benchmarks run the same code.
 *
 * A query has one or more groups of words (see query.ts: the words the
 * space separates; a group's words are alternatives). In order of importance:
 * 1. how many groups occur in the headline block (headline, kicker, subtitle,
 *    column), then how many in the headline itself, then how many in the
 *    printed text at all rather than only in the place names the record adds:
 *    for one word, the field order headline, kicker…, body, place;
 * 2. how many groups occur close together, within `PROXIMITY` characters of
 *    one another in one field;
 * 3. the sum of each group's frequency score: how often its words occur
 *    (the phrase, not its terms), saturating and normalised for the body's
 *    length, in BM25's shape;
 * 4. the newer article.
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

/** An occurrence of a query word in a record: where it starts, and how many positions it takes. */
export interface Occurrence {
  start: number;
  length: number;
}

/** Characters that words may stand apart, first to last, and count as close together (about a sentence). */
export const PROXIMITY = 50;

/**
 * BM25's saturation (k1) and length normalisation (b). A softer length
 * normalisation than BM25's usual 0.75: an article that prints the query
 * twice as often as another still comes first when it is three times as long
 * (the seed archive's 湿地, tests/e2e/search-quality.test.ts; the property in tests/search/rank.test.ts).
 */
export const RANKING = { saturation: 1.2, lengthWeight: 0.35 } as const;

/** What the ranking knows of an article's match, from positions alone. */
export interface ArticleMatch {
  /** For each group of the query, in the query's order: where its words occur, by start. */
  groups: Occurrence[][];
  /** Groups found in the headline block (headline, kicker, subtitle, column). */
  inHeadlineBlock: number;
  /** Groups found in the headline itself. */
  inHeadline: number;
  /** Groups found in the printed text, not only in the place names the record adds. */
  printed: number;
  /** The most groups found within PROXIMITY characters of one another in one field. */
  close: number;
  /** For each group: its occurrences in the printed text. */
  counts: number[];
  /** The body's length in characters. */
  length: number;
}

/**
 * The most groups whose occurrences fit in one span of PROXIMITY characters
 * within one field (the place names left out).
 * @example closeGroups([[{ start: 400, length: 2 }], [{ start: 430, length: 2 }]]) // 2
 */
export function closeGroups(groups: readonly (readonly Occurrence[])[]): number {
  const all = groups
    .flatMap((occurrences, group) => occurrences.map((occurrence) => ({ ...occurrence, group, field: recordFieldAt(occurrence.start) })))
    .filter((occurrence) => occurrence.field !== 'place')
    .sort((a, b) => a.start - b.start);
  const inWindow = new Map<number, number>();
  let best = 0;
  for (let first = 0, last = 0; first < all.length; first++) {
    const from = all[first]!;
    for (; last < all.length && all[last]!.field === from.field && all[last]!.start + all[last]!.length - from.start <= PROXIMITY; last++) {
      inWindow.set(all[last]!.group, (inWindow.get(all[last]!.group) ?? 0) + 1);
    }
    best = Math.max(best, inWindow.size);
    if (last === first) last++;
    else if (inWindow.get(from.group) === 1) inWindow.delete(from.group);
    else inWindow.set(from.group, inWindow.get(from.group)! - 1);
  }
  return best;
}

/**
 * An article's match from where each group's words occur and the record's
 * word count (Pagefind's count of the page's terms and padding).
 * @example articleMatch([[{ start: 0, length: 2 }, { start: 400, length: 2 }]], 484) // { inHeadline: 1, counts: [2], length: 100, … }
 */
export function articleMatch(groups: Occurrence[][], wordCount: number): ArticleMatch {
  const fields = groups.map((occurrences) => occurrences.map((occurrence) => recordFieldAt(occurrence.start)));
  const having = (test: (field: RecordField) => boolean) => fields.filter((found) => found.some(test)).length;
  return {
    groups,
    inHeadlineBlock: having((field) => field === 'headline' || field === 'furniture'),
    inHeadline: having((field) => field === 'headline'),
    printed: having((field) => field !== 'place'),
    close: closeGroups(groups),
    counts: fields.map((found) => found.filter((field) => field !== 'place').length),
    length: bodyLength(wordCount),
  };
}

/**
 * How strongly the article's text carries a word: BM25's term weight for
 * the phrase's count, given the body's length against the average.
 * @example frequencyScore(4, 1000, 1000) // 1.692…
 */
export function frequencyScore(count: number, length: number, averageLength: number): number {
  const { saturation: k1, lengthWeight: b } = RANKING;
  const norm = 1 - b + b * (averageLength > 0 ? length / averageLength : 1);
  return (count * (k1 + 1)) / (count + k1 * norm);
}

/**
 * The sum of every group's frequency score.
 * @example matchScore(articleMatch([[{ start: 400, length: 2 }]], 1384), 1000) // frequencyScore(1, 1000, 1000)
 */
export function matchScore(match: ArticleMatch, averageLength: number): number {
  return match.counts.reduce((sum, count) => sum + frequencyScore(count, match.length, averageLength), 0);
}

export interface Ranked {
  match: ArticleMatch;
  /** See matchScore. */
  score: number;
  /** Larger is newer: the article's place in the archive's date order. */
  order: number;
}

/**
 * Sorts by relevance: groups in the headline block, in the headline, printed
 * at all; groups close together; frequency; the newer article.
 * @example [a, b].sort(compareRanked)
 */
export function compareRanked(a: Ranked, b: Ranked): number {
  return (
    b.match.inHeadlineBlock - a.match.inHeadlineBlock ||
    b.match.inHeadline - a.match.inHeadline ||
    b.match.printed - a.match.printed ||
    b.match.close - a.match.close ||
    b.score - a.score ||
    b.order - a.order
  );
}
