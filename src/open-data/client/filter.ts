/**
 * The rules of the /data/ page's figure filter, apart from the page so they
 * can be tested: which rows a choice shows, what the count line says, and
 * how the choice is kept in the address.
 */

/** The chosen city id, topic id and year; '' for any. */
export interface FigureFilter {
  city: string;
  topic: string;
  year: string;
}

/** What a table row carries (its `data-city`, `data-topics`, `data-year`). */
export interface FigureRowData {
  city?: string | undefined;
  /** Topic ids, space-separated. */
  topics?: string | undefined;
  year?: string | undefined;
}

const FILTER_FIELDS = ['city', 'topic', 'year'] as const;

/**
 * Whether a row shows under the chosen filter.
 * @example rowMatches({ city: 'jincheng', topics: 'air water', year: '2025' }, { city: 'jincheng', topic: 'water', year: '' }) // true
 */
export function rowMatches(row: FigureRowData, filter: FigureFilter): boolean {
  return (
    (!filter.city || row.city === filter.city) &&
    (!filter.topic || (row.topics ?? '').split(' ').includes(filter.topic)) &&
    (!filter.year || row.year === filter.year)
  );
}

/**
 * The count line under the filters.
 * @example figureCountText(3, 10) // '显示 3 条数据（共 10 条）。'
 * @example figureCountText(10, 10) // '共 10 条数据。'
 */
export function figureCountText(shown: number, total: number): string {
  return shown === total ? `共 ${total} 条数据。` : `显示 ${shown} 条数据（共 ${total} 条）。`;
}

/**
 * The address's query for a filter: only what is chosen, so the unfiltered table has none.
 * @example filterQuery({ city: 'yangquan', topic: '', year: '' }) // 'city=yangquan'
 */
export function filterQuery(filter: FigureFilter): string {
  return new URLSearchParams(FILTER_FIELDS.filter((field) => filter[field] !== '').map((field) => [field, filter[field]])).toString();
}
