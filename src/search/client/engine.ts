/**
 * The archive's search: finds the articles a query asks for (query.ts),
 * exactly, and orders them, reading only the index parts it needs.
 *
 * - By relevance, every part is searched, then all matches are ranked
 *   (src/search/rank.ts).
 * - By date, parts are searched newest first, one at a time, so the first
 *   screen usually needs only the part `recent` (src/search/parts.ts) and
 *   the rest is counted after it is shown.
 * - A date range skips the parts that hold no article in it, before anything
 *   of them is read; facets, the range and the printed pages narrow each
 *   part's pages through its filter indexes.
 *
 * Each word is found as a single query always was: for each of its terms
 * (src/search/terms.ts) the index chunks its words may lie in give every
 * page that holds it with the term's positions, before any record is
 * downloaded; the word occurs where all its terms sit at their offsets. The
 * chunks are read directly (src/search/pagefind-files.ts says why). Words are searched rarest-looking (longest) first; each next word only
 * among the articles still in question, and when those are few, their records
 * are checked instead of the index chunks of the word's terms, which costs
 * less. So an exclusion, a second word or a search within one printed page
 * often reads no index chunk at all.
 */
import { inRange, overlaps, type DateRange } from '../date-range.ts';
import { chunksForPrefix, type FacetIndex } from '../pagefind-files.ts';
import type { ParsedQuery } from '../query.ts';
import { articleMatch, compareRanked, matchScore, occurrences, type ArticleMatch, type Occurrence, type TermPositions } from '../rank.ts';
import { bodyLength, recordFieldAt, recordTerms, type ArticleText } from '../record.ts';
import { queryMatchesAt, queryTerms, TERM_LENGTH, type QueryTerm } from '../terms.ts';
import { download, once, PagefindParts, type OpenedPart } from './pagefind.ts';

/** An index part as the search page names it. */
export interface PartRef {
  id: string;
  /** Its folder, ending in `/`. */
  path: string;
  /** The date of its oldest and of its newest article, when known: a search in a date range skips the parts outside it. */
  first?: string;
  last?: string;
}

/** An article that the query finds. */
export interface Hit {
  part: PartRef;
  /** The article's page id in its part (Pagefind's). */
  id: string;
  /** The article's page in its part; pages are in date order. */
  page: number;
  match: ArticleMatch;
  /** Relevance within its tier (see rank.ts); 0 until ranked. */
  score: number;
  /** Larger is newer. */
  order: number;
  /** The article's text (see record.ts), downloaded once, when first asked for. */
  text: () => Promise<ArticleText>;
}

/** Facet values chosen: an article must have one of the values of every facet named. */
export type FacetChoice = Record<string, readonly string[]>;

/** What a search is narrowed to besides its words. */
export interface SearchScope {
  facets?: FacetChoice;
  /** Printed pages, by their file's name (the page entry's `file`): the article must be on one of them. */
  pages?: readonly string[];
  range?: DateRange;
}

/**
 * About how many article text files one index chunk weighs (an estimate, not
 * a benchmark figure): with fewer candidates than this many per index chunk
 * a word would read, checking their texts costs less than those chunks.
 */
const RECORDS_PER_CHUNK = 5;

/** Pages per part kept apart in `Hit.order`. */
const ORDER_SPAN = 1e7;

/** Letters and digits are always kept in terms; any other character only if the index lists it. */
const ALWAYS_INDEXED = /[\p{Alphabetic}\p{N}]/u;

/** Where each occurrence of a word starts, by page. */
type WordPages = Map<number, number[]>;

const inHeadlineBlock = (start: number) => ['headline', 'furniture'].includes(recordFieldAt(start));

/** The index chunks the words of a term may lie in; a form with diacritics lies where its form without them does. */
function chunksOf(opened: OpenedPart, term: QueryTerm) {
  return chunksForPrefix(opened.metadata.chunks, term.term.normalize('NFD').replace(/\p{Mn}/gu, ''));
}

/** An article's text file (see record.ts), written beside its part's index. */
async function downloadText(url: string): Promise<ArticleText> {
  return JSON.parse(new TextDecoder().decode(await download(url))) as ArticleText;
}

/**
 * The order in which a query's groups are searched: the one whose shortest
 * word is longest first, as a longer word tends to be rarer and leaves fewer
 * articles for the next.
 * @example searchOrder([[{ text: '阳泉', headline: false }], [{ text: '尾矿库', headline: false }]]) // [1, 0]
 */
export function searchOrder(groups: ParsedQuery['groups']): number[] {
  const shortest = groups.map((group) => Math.min(...group.map((word) => [...word.text].length)));
  return groups.map((_, i) => i).sort((a, b) => shortest[b]! - shortest[a]! || a - b);
}

export class ArchiveSearch {
  private readonly opened = new Map<string, Promise<OpenedPart>>();
  private readonly texts = new Map<string, () => Promise<ArticleText>>();
  /** Each word's pages in each part, for words searched among all of a part's pages. */
  private readonly words = new Map<string, Promise<WordPages>>();
  private readonly averages = new Map<string, Promise<number>>();
  private readonly parts: readonly PartRef[];
  private readonly loader: PagefindParts;

  /** @param parts the index parts, oldest first */
  constructor(parts: readonly PartRef[], loader = new PagefindParts()) {
    this.parts = parts;
    this.loader = loader;
  }

  /** Opens a part once; a failed open (the network dropped) is tried again next time. */
  private open(part: PartRef): Promise<OpenedPart> {
    let opened = this.opened.get(part.id);
    if (!opened) {
      opened = this.loader.open(part.path);
      this.opened.set(part.id, opened);
      opened.catch(() => this.opened.delete(part.id));
    }
    return opened;
  }

  /** An article's text, downloaded once. */
  private text(part: PartRef, id: string): () => Promise<ArticleText> {
    const key = `${part.id}/${id}`;
    let text = this.texts.get(key);
    if (!text) {
      text = once(() => downloadText(`${part.path}text/${id}.json`));
      this.texts.set(key, text);
    }
    return text;
  }

  /** The parts that may hold articles in the scope's date range, oldest first: a part known to lie outside it is never read. */
  partsFor(scope: SearchScope = {}): PartRef[] {
    const { range } = scope;
    return this.parts.filter((part) => !range || !part.first || !part.last || overlaps(part.first, part.last, range));
  }

  /** The pages of a part the scope allows, or undefined when it allows all. */
  private async allowed(part: PartRef, opened: OpenedPart, scope: SearchScope): Promise<Set<number> | undefined> {
    const withAny = (index: FacetIndex | undefined, values: readonly string[]) => new Set(values.flatMap((value) => index?.values.get(value) ?? []));
    const sets: Set<number>[] = [];
    for (const [facet, values] of Object.entries(scope.facets ?? {})) if (values.length > 0) sets.push(withAny(await opened.filter(facet), values));
    if (scope.pages && scope.pages.length > 0) sets.push(withAny(await opened.filter('page'), scope.pages));
    const { range } = scope;
    // A part wholly inside the range needs no look at its dates.
    if (range && !(part.first && part.last && inRange(part.first, range) && inRange(part.last, range))) {
      const dates = [...((await opened.filter('date'))?.values ?? [])].filter(([date]) => inRange(date, range));
      sets.push(new Set(dates.flatMap(([, pages]) => pages)));
    }
    if (sets.length === 0) return undefined;
    return sets.reduce((kept, set) => new Set([...kept].filter((page) => set.has(page))));
  }

  /** The pages of a part holding a word, with where it starts in each; only among `within` when given. */
  private async wordIn(part: PartRef, opened: OpenedPart, word: string, within?: ReadonlySet<number>): Promise<WordPages> {
    const key = `${part.id}\u0000${word}`;
    const known = this.words.get(key);
    if (known || !within) {
      let all = known;
      if (!all) {
        all = this.findWord(part, opened, word);
        this.words.set(key, all);
        all.catch(() => this.words.delete(key));
      }
      const pages = await all;
      return within ? new Map([...pages].filter(([page]) => within.has(page))) : pages;
    }
    return this.findWord(part, opened, word, within);
  }

  /**
   * The pages of a part holding an index term, with its positions: read from
   * the chunks its words may lie in, words of a term's full length only (a
   * prefix term: every such word that starts with it).
   */
  private async termPages(opened: OpenedPart, term: QueryTerm): Promise<Map<number, number[]>> {
    const pages = new Map<number, number[]>();
    for (const chunk of await Promise.all(chunksOf(opened, term).map((chunk) => opened.chunk(chunk.file)))) {
      for (const { word, length, pages: ofWord } of chunk) {
        if (length !== TERM_LENGTH || !(term.prefix ? word.startsWith(term.term) : word === term.term)) continue;
        for (const { page, positions } of ofWord) {
          const known = pages.get(page);
          if (known) known.push(...positions);
          else pages.set(page, [...positions]);
        }
      }
    }
    return pages;
  }

  private async findWord(part: PartRef, opened: OpenedPart, word: string, within?: ReadonlySet<number>): Promise<WordPages> {
    const found: WordPages = new Map();
    // A character the index does not keep occurs in no article.
    if (within?.size === 0 || ![...word].every((ch) => ALWAYS_INDEXED.test(ch) || opened.includeCharacters.has(ch))) return found;
    const terms = queryTerms(word);
    const chunks = terms.map((term) => Math.max(1, chunksOf(opened, term).length));
    let candidates: Map<number, TermPositions[]> | undefined = within && new Map([...within].map((page) => [page, []]));
    let searched = 0;
    for (const term of terms) {
      const unread = chunks.slice(searched).reduce((sum, n) => sum + n, 0);
      if (candidates && candidates.size <= RECORDS_PER_CHUNK * unread) break;
      const next = new Map<number, TermPositions[]>();
      for (const [page, positions] of await this.termPages(opened, term)) {
        if (candidates && !candidates.has(page)) continue;
        next.set(page, [...(candidates?.get(page) ?? []), { offset: term.offset, positions }]);
      }
      candidates = next;
      searched++;
      if (candidates.size === 0) return found;
    }
    const inTexts = searched < terms.length;
    const pages = [...candidates!];
    const starts = await Promise.all(
      pages.map(async ([page, positions]) =>
        inTexts ? occurrencesInText(await this.text(part, opened.metadata.pages[page]!.id)(), word) : occurrences(positions),
      ),
    );
    pages.forEach(([page], i) => {
      if (starts[i]!.length > 0) found.set(page, starts[i]!);
    });
    return found;
  }

  /**
   * The articles of one part that the query finds within the scope, newest
   * first. A query with no group to find finds nothing.
   */
  async matchesIn(part: PartRef, query: ParsedQuery, scope: SearchScope = {}): Promise<Hit[]> {
    if (query.groups.length === 0) return [];
    const opened = await this.open(part);
    let candidates = await this.allowed(part, opened, scope);
    const found = query.groups.map(() => new Map<number, Occurrence[]>());
    for (const g of searchOrder(query.groups)) {
      for (const word of query.groups[g]!) {
        const length = [...word.text].length;
        for (const [page, starts] of await this.wordIn(part, opened, word.text, candidates)) {
          const kept = word.headline ? starts.filter(inHeadlineBlock) : starts;
          if (kept.length === 0) continue;
          const occurrencesOf = found[g]!.get(page) ?? [];
          occurrencesOf.push(...kept.map((start) => ({ start, length })));
          found[g]!.set(page, occurrencesOf);
        }
      }
      candidates = new Set(found[g]!.keys());
      if (candidates.size === 0) return [];
    }
    for (const word of query.excluded) {
      for (const [page, starts] of await this.wordIn(part, opened, word.text, candidates))
        if (!word.headline || starts.some(inHeadlineBlock)) candidates!.delete(page);
      if (candidates!.size === 0) return [];
    }
    const order = this.parts.indexOf(part) * ORDER_SPAN;
    const hits = [...candidates!].map((page) => {
      const id = opened.metadata.pages[page]!.id;
      const groups = found.map((pages) => pages.get(page)!.sort((a, b) => a.start - b.start));
      return { part, id, page, match: articleMatch(groups, opened.metadata.pages[page]!.wordCount), score: 0, order: order + page, text: this.text(part, id) };
    });
    return hits.sort((a, b) => b.order - a.order);
  }

  /** The mean body length of the articles of the parts searched, BM25's yardstick: worked out once for each set of parts. */
  private averageLength(parts: readonly PartRef[]): Promise<number> {
    const key = parts.map((part) => part.id).join('\u0000');
    let average = this.averages.get(key);
    if (!average) {
      average = Promise.all(parts.map((part) => this.open(part))).then((opened) => {
        const lengths = opened.flatMap((part) => part.metadata.pages.map((page) => bodyLength(page.wordCount)));
        return lengths.reduce((sum, length) => sum + length, 0) / Math.max(1, lengths.length);
      });
      this.averages.set(key, average);
      average.catch(() => this.averages.delete(key));
    }
    return average;
  }

  /** Every article the query finds within the scope, most relevant first (see rank.ts). */
  async byRelevance(query: ParsedQuery, scope: SearchScope = {}): Promise<Hit[]> {
    const parts = this.partsFor(scope);
    const [found, averageLength] = await Promise.all([Promise.all(parts.map((part) => this.matchesIn(part, query, scope))), this.averageLength(parts)]);
    const hits = found.flat();
    for (const hit of hits) hit.score = matchScore(hit.match, averageLength);
    return hits.sort(compareRanked);
  }

  /**
   * The articles the query finds within the scope, newest first, one part at
   * a time: the next part is searched only when the caller asks for more.
   */
  async *byDate(query: ParsedQuery, scope: SearchScope = {}): AsyncGenerator<Hit[]> {
    for (const part of this.partsFor(scope).reverse()) yield await this.matchesIn(part, query, scope);
  }

  /** How many articles the query finds within the scope. */
  async count(query: ParsedQuery, scope: SearchScope = {}): Promise<number> {
    const found = await Promise.all(this.partsFor(scope).map((part) => this.matchesIn(part, query, scope)));
    return found.reduce((sum, hits) => sum + hits.length, 0);
  }

  /** Each part that holds some of the hits, with their pages. */
  private byPart(hits: readonly Hit[]): [PartRef, number[]][] {
    return [...Map.groupBy(hits, (hit) => hit.part)].map(([part, ofPart]) => [part, ofPart.map((hit) => hit.page)]);
  }

  /** How many of the hits carry each value of each of these facets; only the parts holding hits are read. */
  async facetCounts(hits: readonly Hit[], facets: readonly string[]): Promise<Record<string, Record<string, number>>> {
    const counts: Record<string, Record<string, number>> = {};
    for (const [part, pages] of this.byPart(hits)) {
      const opened = await this.open(part);
      for (const facet of facets) {
        const ofFacet = (counts[facet] ??= {});
        for (const [value, withValue] of (await opened.filter(facet))?.values ?? []) {
          const set = new Set(withValue);
          ofFacet[value] = (ofFacet[value] ?? 0) + pages.filter((page) => set.has(page)).length;
        }
      }
    }
    return counts;
  }

  /**
   * The date of each hit, in the hits' order, from the date filter of each
   * part that holds some (a part whose articles all share one date needs none).
   */
  async dates(hits: readonly Hit[]): Promise<string[]> {
    const byPage = new Map<PartRef, Map<number, string>>();
    for (const [part] of this.byPart(hits)) {
      const ofPart = new Map<number, string>();
      byPage.set(part, ofPart);
      if (part.first && part.first === part.last) continue;
      for (const [date, pages] of (await (await this.open(part)).filter('date'))?.values ?? []) for (const page of pages) ofPart.set(page, date);
    }
    return hits.map((hit) => byPage.get(hit.part)!.get(hit.page) ?? hit.part.first ?? '');
  }
}

const termsOfText = new WeakMap<ArticleText, string[]>();

/** An article's record terms in lower case, made once for each text however many words are checked against it. */
function lowerTerms(text: ArticleText): string[] {
  let terms = termsOfText.get(text);
  if (!terms) {
    terms = recordTerms(text).map((term) => term.toLowerCase());
    termsOfText.set(text, terms);
  }
  return terms;
}

/**
 * Where `word` starts in an article's record, found in the article's text
 * laid out as the record is (see record.ts) by the rule the index applies:
 * every query term at its offset. So positions agree with the index's, and no
 * match crosses from one field or paragraph into the next.
 */
export function occurrencesInText(text: ArticleText, word: string): number[] {
  const terms = lowerTerms(text);
  const wanted = queryTerms(word);
  const starts: number[] = [];
  for (let start = 0; start < terms.length; start++) if (queryMatchesAt(terms, start, wanted)) starts.push(start);
  return starts;
}
