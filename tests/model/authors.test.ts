import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { authorIds, bylinesOf, namePinyin, nameTag } from '../../src/model/authors.ts';
import { loadArticles } from '../helpers/content.ts';

describe('author ids', () => {
  it('reads a name as tone-less pinyin, ü as v', () => {
    expect(namePinyin('来虹')).toBe('laihong');
    expect(namePinyin('郝苗锋')).toBe('haomiaofeng');
    expect(namePinyin('吕梁')).toBe('lvliang');
    expect(namePinyin('Ｌｉ 王')).toBe('liwang');
  });

  it('gives the archive authors their plain pinyin', () => {
    const { articles } = loadArticles();
    const ids = authorIds(bylinesOf(articles.map((a) => a.data)));
    expect(ids.get('来虹')).toBe('laihong');
    expect(ids.get('温荣鑫')).toBe('wenrongxin');
    expect(ids.size).toBe(new Set(articles.flatMap((a) => a.data.authors)).size);
  });

  it('keeps the plain id for the earlier of two namesakes, and a stable suffix for the later', () => {
    const ids = authorIds([
      { name: '王梅', firstDate: '2025-03-01' },
      { name: '王玫', firstDate: '2024-06-01' },
    ]);
    expect(ids.get('王玫')).toBe('wangmei');
    expect(ids.get('王梅')).toBe(`wangmei-${nameTag('王梅')}`);
    // Adding unrelated authors changes neither.
    const more = authorIds([
      { name: '来虹', firstDate: '2020-01-01' },
      { name: '王梅', firstDate: '2025-03-01' },
      { name: '王玫', firstDate: '2024-06-01' },
    ]);
    expect(more.get('王梅')).toBe(ids.get('王梅'));
  });

  it('makes ids that are ASCII, unique and independent of input order', () => {
    const name = fc.array(fc.constantFrom(...'王梅玫李张刘虹红宏洪鸿来A b·'), { minLength: 1, maxLength: 4 }).map((c) => c.join(''));
    const byline = fc.record({ name, firstDate: fc.constantFrom('2024-01-01', '2025-01-01', '2025-06-30') });
    fc.assert(
      fc.property(fc.uniqueArray(byline, { selector: (b) => b.name, maxLength: 30 }), (bylines) => {
        const ids = authorIds(bylines);
        const values = [...ids.values()];
        expect(new Set(values).size).toBe(bylines.length);
        for (const id of values) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
        expect(authorIds([...bylines].reverse())).toEqual(ids);
      }),
    );
  });

  it('dates each author by their first article', () => {
    expect(
      bylinesOf([
        { authors: ['甲', '乙'], date: '2025-04-22' },
        { authors: ['甲'], date: '2024-01-02' },
      ]),
    ).toEqual([
      { name: '甲', firstDate: '2024-01-02' },
      { name: '乙', firstDate: '2025-04-22' },
    ]);
  });
});
