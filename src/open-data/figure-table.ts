/**
 * The /data/ page's table of every figure: each figure beside its article's
 * headline and topics, and the choices its filters offer. Pure, over the
 * open-data records (datasets.ts).
 */
import type { ArticleRecord, FigureRecord } from './datasets.ts';
import { AREAS, type Area } from '../model/gazetteer.ts';
import { TOPIC_IDS, type TopicId } from '../model/topics.ts';

export interface FigureRow {
  figure: FigureRecord;
  /** The headline of the article the figure is printed in. */
  headline: string;
  /** That article's topics, which the topic filter selects by. */
  topics: readonly TopicId[];
}

export interface FilterChoices {
  cities: Area[];
  topics: TopicId[];
  years: number[];
}

/**
 * Every figure of the articles, article by article in print order, with its article's headline and topics.
 * @example figureRows(articles).map((row) => row.figure) // articles.flatMap((a) => a.figures)
 */
export function figureRows(articles: readonly ArticleRecord[]): FigureRow[] {
  return articles.flatMap((article) => article.figures.map((figure) => ({ figure, headline: article.headline, topics: article.topics })));
}

/**
 * What the table's filters offer: the cities, topics and years some figure
 * has; cities in gazetteer order (then 全省 and 城市未定), topics in the topic list's, years newest first.
 * @example filterChoices(rows).years // [2025, 2024]
 */
export function filterChoices(rows: readonly FigureRow[]): FilterChoices {
  return {
    cities: AREAS.filter((city) => rows.some((row) => row.figure.city === city.id)),
    topics: TOPIC_IDS.filter((topic) => rows.some((row) => row.topics.includes(topic))),
    years: [...new Set(rows.map((row) => row.figure.year))].sort((a, b) => b - a),
  };
}

/**
 * The canonical value shown beside the printed one; empty where it would
 * only repeat it (the same unit) or say nothing more (a count).
 * @example canonicalNote({ unit: '万元', canonicalValue: 1204800, canonicalUnit: 'yuan' }) // '1,204,800 yuan'
 * @example canonicalNote({ unit: '家', canonicalValue: 121, canonicalUnit: 'count' }) // ''
 */
export function canonicalNote(figure: Pick<FigureRecord, 'unit' | 'canonicalValue' | 'canonicalUnit'>): string {
  return figure.canonicalUnit === 'count' || figure.canonicalUnit === figure.unit
    ? ''
    : `${figure.canonicalValue.toLocaleString('en-US')} ${figure.canonicalUnit}`;
}
