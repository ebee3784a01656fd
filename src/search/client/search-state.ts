/**
 * What a search asks, as the search page's URL holds it, so that a search can
 * be shared and the back button works:
 *
 * - `q`: the query (src/search/query.ts);
 * - `sort=date`: newest first (by relevance without it);
 * - `city`, `county`, `year`, `topic`, `author`: facet values, each repeatable;
 * - `from`, `to`: the date range as the reader wrote it (src/search/date-range.ts);
 * - `page`: printed pages by their files' names, separated by commas (a page
 *   file's name holds none) or repeated: one page, or an issue's pages; with
 *   `within`, how the page view or issue page names them for the reader.
 *
 * No DOM: the search page and its tests share it.
 */

import { FACETS } from '../facets.ts';

/** Longest name of a printed page or issue shown from the URL: longer is cut, as no view names a page at such length. */
const WITHIN_LENGTH = 40;

export interface SearchState {
  q: string;
  sort: 'relevance' | 'date';
  filters: Record<string, string[]>;
  from: string;
  to: string;
  /** Printed pages by file name; empty for the whole archive. */
  pages: string[];
  /** How the pages are named for the reader (2025年4月22日 第1版); may be empty. */
  within: string;
}

/**
 * The state a URL's query string holds.
 * @example readSearchState('?q=阳泉&from=2024&page=a.txt,b.txt').pages // ['a.txt', 'b.txt']
 */
export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: Record<string, string[]> = {};
  for (const [key] of FACETS) {
    const values = params.getAll(key).filter(Boolean);
    if (values.length > 0) filters[key] = values;
  }
  return {
    q: params.get('q') ?? '',
    sort: params.get('sort') === 'date' ? 'date' : 'relevance',
    filters,
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    pages: [
      ...new Set(
        params
          .getAll('page')
          .flatMap((value) => value.split(','))
          .filter(Boolean),
      ),
    ],
    within: [...(params.get('within') ?? '')].slice(0, WITHIN_LENGTH).join(''),
  };
}

/**
 * The query string of a state, `?…` (empty when it asks nothing).
 * @example searchQueryString({ q: '阳泉', sort: 'date', filters: {}, from: '2024', to: '', pages: [], within: '' }) // '?q=%E9%98%B3%E6%B3%89&sort=date&from=2024'
 */
export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.sort === 'date') params.set('sort', 'date');
  for (const [key] of FACETS) for (const value of state.filters[key] ?? []) params.append(key, value);
  if (state.from.trim()) params.set('from', state.from.trim());
  if (state.to.trim()) params.set('to', state.to.trim());
  if (state.pages.length > 0) params.set('page', state.pages.join(','));
  if (state.pages.length > 0 && state.within) params.set('within', state.within);
  const query = params.toString();
  return query ? `?${query}` : '';
}
