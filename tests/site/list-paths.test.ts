import { describe, expect, it } from 'vitest';
import { listPaths } from '../../src/site/list-paths.ts';
import { PAGE_SIZE } from '../../src/view/pagination.ts';
import type { Article } from '../../src/site/articles.ts';

const articles = Array.from({ length: PAGE_SIZE * 2 + 1 }, (_, i) => ({ id: `a-${i}`, collection: 'articles', digest: String(i) }) as unknown as Article);

describe('the routes of a paged list', () => {
  it('are one per page, the front page at the list’s own address, each keyed by everything it renders from', () => {
    const paths = listPaths(articles, { topic: 'air' }, { topic: 'air' });
    expect(paths.map((p) => p.params)).toEqual([
      { topic: 'air', page: undefined },
      { topic: 'air', page: 'page/2' },
      { topic: 'air', page: 'page/1' },
    ]);
    expect(paths.map((p) => [p.props.topic, p.props.page.number, p.props.page.items.length])).toEqual([
      ['air', 0, PAGE_SIZE],
      ['air', 2, 1],
      ['air', 1, PAGE_SIZE],
    ]);
    expect(new Set(paths.map((p) => p.cacheKey)).size).toBe(3);
    expect(listPaths(articles, { topic: 'water' }, { topic: 'water' })[0]!.cacheKey).not.toBe(paths[0]!.cacheKey);
  });

  it('keep an older page’s key as the list grows at the front', () => {
    const keys = (list: readonly Article[]) => new Map(listPaths(list, {}, {}).map((p) => [p.params.page, p.cacheKey]));
    const newer = { id: 'a-new', collection: 'articles', digest: 'new' } as unknown as Article;
    const [before, after] = [keys(articles), keys([newer, ...articles])];
    expect(after.get('page/1')).toBe(before.get('page/1'));
    expect(after.get(undefined)).not.toBe(before.get(undefined));
  });

  it('give an empty list its one empty page, and take another form of page parameter', () => {
    expect(listPaths([], { city: 'taiyuan' }, {}).map((p) => [p.params.page, p.props.page.total])).toEqual([[undefined, 0]]);
    expect(listPaths(articles, {}, {}, String).map((p) => p.params.page)).toEqual(['0', '2', '1']);
  });
});
