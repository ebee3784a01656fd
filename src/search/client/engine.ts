/**
 * The archive's search: finds the articles that contain a query, exactly,
 * and orders them, reading only the index parts it needs.
 *
 * - By relevance, every part is searched, then all matches are ranked
 *   (src/search/rank.ts).
 * - By date, parts are searched newest first, one at a time, so the first
 *   screen usually needs only the part `recent` (src/search/parts.ts) and
 *   the rest is counted after it is shown.
 *
 * For each query term (src/search/terms.ts) Pagefind gives every page that
 * holds it with the term's positions, before any record is downloaded; the
 * query occurs where all its terms sit at their offsets. A prefix term is
 * searched after loading every index chunk its words may lie in, since
 * Pagefind itself loads only one. When few candidates are left and terms
 * remain (a long query), the candidates' records are checked instead, which
 * costs less than the index chunks of many more terms.
 */
import { chunksForPrefix, type FacetIndex } from '../pagefind-files.ts';
import { bodyLength, recordTerms, type ArticleText } from '../record.ts';
import { articleMatch, compareRanked, frequencyScore, occurrences, type ArticleMatch, type TermPositions } from '../rank.ts';
import { queryMatchesAt, queryTerms } from '../terms.ts';
import { download, once, PagefindParts, type OpenedPart } from './pagefind.ts';

/** An index part as the search page names it. */
export interface PartRef {
  id: string;
  /** Its folder, ending in `/`. */
  path: string;
}

/** An article that contains the query. */
export interface Hit {
  part: PartRef;
  /** The article's page id in its part (Pagefind's). */
  id: string;
  /** The article's page in its part; pages are in date order. */
  page: number;
  match: ArticleMatch;
  /** Relevance within its field (see rank.ts); 0 until ranked. */
  score: number;
  /** Larger is newer. */
  order: number;
  /** The article's text (see record.ts), downloaded once, when first asked for. */
  text: () => Promise<ArticleText>;
}

/** Facet values chosen: an article must have one of the values of every facet named. */
export type FacetChoice = Record<string, readonly string[]>;

/**
 * About how many article text files one index chunk weighs (an estimate, not
 * a benchmark figure): with fewer candidates than this many per remaining
 * term, checking their texts costs less than the remaining terms' chunks.
 */
const RECORDS_PER_CHUNK = 5;

/** Pages per part kept apart in `Hit.order`. */
const ORDER_SPAN = 1e7;

/** Letters and digits are always kept in terms; any other character only if the index lists it. */
const ALWAYS_INDEXED = /[\p{Alphabetic}\p{N}]/u;

interface Candidate {
  id: string;
  text: () => Promise<ArticleText>;
  terms: TermPositions[];
}

/** An article's text file (see record.ts), written beside its part's index. */
async function downloadText(url: string): Promise<ArticleText> {
  return JSON.parse(new TextDecoder().decode(await download(url))) as ArticleText;
}

export class ArchiveSearch {
  private readonly opened = new Map<string, Promise<OpenedPart>>();
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

  /**
   * The articles of one part that contain `query` (normalised, see
   * normalizeQuery) and carry the chosen facet values, newest first.
   */
  async matchesIn(part: PartRef, query: string, facets: FacetChoice = {}): Promise<Hit[]> {
    const opened = await this.open(part);
    // A character the index does not keep occurs in no article.
    if (![...query].every((ch) => ALWAYS_INDEXED.test(ch) || opened.includeCharacters.has(ch))) return [];
    const allowed = await allowedPages(opened, facets);
    const terms = queryTerms(query);
    let candidates: Map<number, Candidate> | undefined;
    let searched = 0;
    for (const term of terms) {
      if (candidates && candidates.size <= RECORDS_PER_CHUNK * (terms.length - searched)) break;
      if (term.prefix) await Promise.all(chunksForPrefix(opened.metadata.chunks, term.term).map((chunk) => opened.pagefind.preload(chunk.from)));
      const { results } = await opened.pagefind.search(term.term);
      const next = new Map<number, Candidate>();
      for (const result of results) {
        const page = opened.pageIndex.get(result.id);
        if (page === undefined || (allowed && !allowed.has(page)) || (candidates && !candidates.has(page))) continue;
        const candidate = candidates?.get(page) ?? { id: result.id, text: once(() => downloadText(`${part.path}text/${result.id}.json`)), terms: [] };
        candidate.terms.push({ offset: term.offset, positions: result.words });
        next.set(page, candidate);
      }
      candidates = next;
      searched++;
      if (candidates.size === 0) break;
    }
    const inRecords = searched < terms.length;
    const hits: Hit[] = [];
    for (const [page, candidate] of candidates ?? []) {
      const starts = inRecords ? occurrencesInText(await candidate.text(), query) : occurrences(candidate.terms);
      if (starts.length === 0) continue;
      hits.push({
        part,
        id: candidate.id,
        page,
        match: articleMatch(starts, opened.metadata.pages[page]!.wordCount),
        score: 0,
        order: this.parts.indexOf(part) * ORDER_SPAN + page,
        text: candidate.text,
      });
    }
    return hits.sort((a, b) => b.order - a.order);
  }

  private averageBodyLength: Promise<number> | undefined;

  /** The mean body length of the archive's articles, BM25's yardstick: the same for every query, so worked out once. */
  private averageLength(): Promise<number> {
    this.averageBodyLength ??= Promise.all(this.parts.map((part) => this.open(part))).then((opened) => {
      const lengths = opened.flatMap((part) => part.metadata.pages.map((page) => bodyLength(page.wordCount)));
      return lengths.reduce((sum, length) => sum + length, 0) / Math.max(1, lengths.length);
    });
    this.averageBodyLength.catch(() => (this.averageBodyLength = undefined));
    return this.averageBodyLength;
  }

  /** Every article that contains the query, most relevant first (see rank.ts). */
  async byRelevance(query: string, facets: FacetChoice = {}): Promise<Hit[]> {
    const [found, averageLength] = await Promise.all([Promise.all(this.parts.map((part) => this.matchesIn(part, query, facets))), this.averageLength()]);
    const hits = found.flat();
    for (const hit of hits) hit.score = frequencyScore(hit.match.count, hit.match.length, averageLength);
    return hits.sort(compareRanked);
  }

  /**
   * The articles that contain the query, newest first, one part at a time:
   * the next part is searched only when the caller asks for more.
   */
  async *byDate(query: string, facets: FacetChoice = {}): AsyncGenerator<Hit[]> {
    for (const part of [...this.parts].reverse()) yield await this.matchesIn(part, query, facets);
  }

  /** How many of the hits carry each value of each facet. */
  async facetCounts(hits: readonly Hit[]): Promise<Record<string, Record<string, number>>> {
    const counts: Record<string, Record<string, number>> = {};
    for (const part of this.parts) {
      const pages = hits.filter((hit) => hit.part === part).map((hit) => hit.page);
      for (const { facet, values } of await (await this.open(part)).facets()) {
        const ofFacet = (counts[facet] ??= {});
        for (const [value, withValue] of values) {
          const set = new Set(withValue);
          const count = pages.filter((page) => set.has(page)).length;
          ofFacet[value] = (ofFacet[value] ?? 0) + count;
        }
      }
    }
    return counts;
  }
}

/** The pages of a part that carry the chosen facet values, or undefined when none is chosen. */
async function allowedPages(opened: OpenedPart, facets: FacetChoice): Promise<Set<number> | undefined> {
  const chosen = Object.entries(facets).filter(([, values]) => values.length > 0);
  if (chosen.length === 0) return undefined;
  const indexes = new Map<string, FacetIndex>((await opened.facets()).map((index) => [index.facet, index]));
  let allowed: Set<number> | undefined;
  for (const [facet, values] of chosen) {
    const withAny = new Set(values.flatMap((value) => indexes.get(facet)?.values.get(value) ?? []));
    allowed = allowed ? new Set([...allowed].filter((page) => withAny.has(page))) : withAny;
  }
  return allowed;
}

/**
 * Where `query` starts in an article's record, found in the article's text
 * laid out as the record is (see record.ts) by the rule the index applies:
 * every query term at its offset. So positions agree with the index's, and no
 * match crosses from one field or paragraph into the next.
 */
export function occurrencesInText(text: ArticleText, query: string): number[] {
  const terms = recordTerms(text).map((term) => term.toLowerCase());
  const wanted = queryTerms(query);
  const starts: number[] = [];
  for (let start = 0; start < terms.length; start++) if (queryMatchesAt(terms, start, wanted)) starts.push(start);
  return starts;
}
