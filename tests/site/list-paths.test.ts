import { describe, expect, it } from 'vitest';
import { listPaths } from '../../src/site/list-paths.ts';
import { PAGE_SIZE } from '../../src/view/pagination.ts';
import type { Article } from '../../src/site/articles.ts';

const articles = Array.from({ length: PAGE_SIZE * 2 + 1 }, (_, i) => ({ id: `a-${i}`, collection: 'articles', digest: String(i) }) as unknown as Article);

describe('the routes of a paged list', () => {
  it('are one per page, page 1 at the list’s own address, each keyed by everything it renders from', () => {
    const paths = listPaths(articles, { topic: 'air' }, { topic: 'air' });
    expect(paths.map((p) => p.params)).toEqual([
      { topic: 'air', page: undefined },
      { topic: 'air', page: 'page/2' },
      { topic: 'air', page: 'page/3' },
    ]);
    expect(paths.map((p) => [p.props.topic, p.props.page.number, p.props.page.items.length])).toEqual([
      ['air', 1, PAGE_SIZE],
      ['air', 2, PAGE_SIZE],
      ['air', 3, 1],
    ]);
    expect(new Set(paths.map((p) => p.cacheKey)).size).toBe(3);
    expect(listPaths(articles, { topic: 'water' }, { topic: 'water' })[0]!.cacheKey).not.toBe(paths[0]!.cacheKey);
  });

  it('give an empty list its one empty page, and take another form of page parameter', () => {
    expect(listPaths([], { city: 'taiyuan' }, {}).map((p) => [p.params.page, p.props.page.total])).toEqual([[undefined, 0]]);
    expect(listPaths(articles, {}, {}, String).map((p) => p.params.page)).toEqual(['1', '2', '3']);
  });
});
