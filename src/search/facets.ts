/**
 * The facets a search narrows by: the filters each search record carries
 * (src/search/record.ts) and the search page offers (client/search-state.ts),
 * with their Chinese names. The one home of their keys.
 */
export const FACETS = [
  ['city', '城市'],
  ['county', '县区'],
  ['year', '年份'],
  ['topic', '主题'],
  ['author', '作者'],
] as const;

export type FacetKey = (typeof FACETS)[number][0];
