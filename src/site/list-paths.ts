/**
 * The static paths of the archive's paged lists (home, city, month, author,
 * topic): one route a page of 50, each with its cache key, so every list
 * pages and caches the same way.
 */
import type { Article } from './articles.ts';
import { pageCacheKey } from './cache-key.ts';
import { paginate, pageParam, type Page } from '../view/pagination.ts';

export interface ListPath<Params, Props> {
  params: Params & { page: string | undefined };
  props: Props & { page: Page<Article> };
  cacheKey: string;
}

/**
 * A list's routes: `params` and `props` of the list, plus each page's rest
 * parameter (`page/2`; none for page 1) and the page itself; the cache key
 * hashes the props, which are all a list page renders from.
 * @example listPaths(articles, { topic: 'air' }, { topic: 'air' })[1]?.params // { topic: 'air', page: 'page/2' }
 */
export function listPaths<const Params extends Record<string, string>, const Props extends Record<string, unknown>>(
  articles: readonly Article[],
  params: Params,
  props: Props,
  pageParamOf: (number: number) => string | undefined = pageParam,
): ListPath<Params, Props>[] {
  return paginate(articles).map((page) => {
    const pageProps = { ...props, page };
    return { params: { ...params, page: pageParamOf(page.number) }, props: pageProps, cacheKey: pageCacheKey(pageProps) };
  });
}
