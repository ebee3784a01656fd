/**
 * The ranking benchmark: the planted archive (bench/ranking-archive.ts),
 * indexed as the build indexes (writeSearchIndex) and searched in Node as the
 * search page searches, sorted by relevance. Reports, per planted term and
 * per planted pair of words (searched as two words), and on average, NDCG@10
 * against the graded relevance and whether the article with the term, or
 * both words, in its headline comes first.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeSearchIndex } from '../src/integrations/search-index.ts';
import { indexPartPath } from '../src/search/parts.ts';
import { makeBuildDir } from '../tools/build.ts';
import { serveStatic } from '../tools/static-server.ts';
import { pairQuery, PLANTED_PAIRS, PLANTED_TERMS, writeRankingArchive, type GradedArticle } from './ranking-archive.ts';
import { indexSearch, searchInSite } from './search-quality.ts';

export interface TermRanking {
  term: string;
  ndcg: number;
  /** The article with the term in its headline is ranked first. */
  headlineFirst: boolean;
  /** The top ten as found: slug and grade. */
  top: GradedArticle[];
  /** Articles found that do not print the term (must be none). */
  wrong: string[];
}

export interface RankingReport {
  articles: number;
  /** Mean NDCG@10 over the planted terms. */
  ndcg: number;
  /** Terms whose headline article comes first, of all planted terms. */
  headlineFirst: number;
  terms: TermRanking[];
  /** The same for the planted pairs, each searched as its two words. */
  pairs: { ndcg: number; headlineFirst: number; terms: TermRanking[] };
}

/**
 * Normalised discounted cumulative gain of a ranking at `k`, with gain
 * 2^grade − 1 and the ideal order of all graded articles.
 * @example ndcgAt([2, 1], [2, 1], 10) // 1
 */
export function ndcgAt(found: readonly number[], all: readonly number[], k: number): number {
  const dcg = (grades: readonly number[]) => grades.slice(0, k).reduce((sum, grade, i) => sum + (2 ** grade - 1) / Math.log2(i + 2), 0);
  const ideal = dcg([...all].sort((a, b) => b - a));
  return ideal === 0 ? 1 : dcg(found) / ideal;
}

/** Ranks each planted term in an archive of `base` generated articles plus the planted ones. */
export async function measureRanking(base: number, seed = 1): Promise<RankingReport> {
  const work = makeBuildDir('ranking-');
  try {
    const { grades, articles } = writeRankingArchive(join(work, 'articles'), base, seed);
    const site = join(work, 'site');
    const { parts } = await writeSearchIndex(articles, site, join(work, 'cache'));
    const server = await serveStatic(site);
    try {
      const search = indexSearch(
        site,
        parts.map(({ id }) => ({ id, path: `${server.url}${indexPartPath(id)}` })),
      );
      const queries = [...PLANTED_TERMS, ...PLANTED_PAIRS.map(pairQuery)];
      const found = await searchInSite(search, queries);
      const rankings = queries.map((term, i) => {
        const graded = new Map(grades.get(term)!.map((article) => [article.slug, article.grade]));
        const ranking = found[i]!.map((slug) => ({ slug, grade: graded.get(slug) ?? 0 }));
        return {
          term,
          ndcg: ndcgAt(
            ranking.map((article) => article.grade),
            [...graded.values()],
            10,
          ),
          headlineFirst: ranking[0]?.grade === 4,
          top: ranking.slice(0, 10),
          wrong: ranking.filter((article) => article.grade === 0).map((article) => article.slug),
        };
      });
      const summary = (terms: TermRanking[]) => ({
        ndcg: terms.reduce((sum, term) => sum + term.ndcg, 0) / terms.length,
        headlineFirst: terms.filter((term) => term.headlineFirst).length / terms.length,
        terms,
      });
      return { articles: articles.length, ...summary(rankings.slice(0, PLANTED_TERMS.length)), pairs: summary(rankings.slice(PLANTED_TERMS.length)) };
    } finally {
      await server.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
