import { describe, expect, it } from 'vitest';
import { pageCacheKey } from '../../src/site/cache-key.ts';

const entry = (id: string, digest: string, title = '标题') => ({
  id,
  collection: 'articles',
  digest,
  data: { title },
  body: '正文',
  rendered: { html: '<p>正文</p>' },
});

describe('pageCacheKey', () => {
  it('is the same for the same props, and differs when a value changes', () => {
    expect(pageCacheKey({ page: 2, city: 'yangquan' })).toBe(pageCacheKey({ page: 2, city: 'yangquan' }));
    expect(pageCacheKey({ page: 2, city: 'yangquan' })).not.toBe(pageCacheKey({ page: 3, city: 'yangquan' }));
    expect(pageCacheKey({ newer: { id: 'a', title: '旧题' } })).not.toBe(pageCacheKey({ newer: { id: 'a', title: '新题' } }));
  });

  it('stands an article for its id and content digest, wherever it is in the props', () => {
    const page = (items: unknown[]) => ({ page: { number: 1, items } });
    expect(pageCacheKey(page([entry('a', '1')]))).not.toBe(pageCacheKey(page([entry('a', '2')])));
    expect(pageCacheKey(page([entry('a', '1')]))).not.toBe(pageCacheKey(page([entry('b', '1')])));
    expect(pageCacheKey(page([entry('a', '1'), entry('b', '1')]))).not.toBe(pageCacheKey(page([entry('b', '1'), entry('a', '1')])));
    // The digest covers the entry's file: what the loader derived from it adds nothing.
    expect(pageCacheKey(page([entry('a', '1', '甲')]))).toBe(pageCacheKey(page([entry('a', '1', '乙')])));
  });
});
