import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bigrams, makeExcerpt, normalizeQuery, normalizeSearchText, pagefindTerm, rebuildText } from '../../src/search/terms.ts';

describe('search text', () => {
  it('folds widths and punctuation and drops whitespace', () => {
    expect(normalizeSearchText('ＰＭ２．５ 浓度同比下降 6.5%')).toBe('PM2.5浓度同比下降6.5%');
    expect(normalizeSearchText('坚守“主阵地”,紧盯')).toBe('坚守“主阵地”，紧盯');
    expect(normalizeSearchText('2025\u3000年')).toBe('2025年');
  });

  it('trims a query of surrounding spaces and punctuation only', () => {
    expect(normalizeQuery('  “ＶＯＣｓ”。 ')).toBe('VOCs');
    expect(normalizeQuery('色。温')).toBe('色。温');
    expect(normalizeQuery(' ，')).toBe('');
  });

  it('cuts text into overlapping pairs and the last character', () => {
    expect(bigrams('阳泉蓝')).toEqual(['阳泉', '泉蓝', '蓝']);
    expect(bigrams('A 级')).toEqual(['A级', '级']);
    expect(bigrams('')).toEqual([]);
  });

  it('searches a query as the phrase of its pairs, a single character as a prefix', () => {
    expect(pagefindTerm('阳泉蓝')).toBe('"阳泉 泉蓝"');
    expect(pagefindTerm('VOCs')).toBe('"vo oc cs"');
    expect(pagefindTerm('阳')).toBe('阳');
  });

  it('rebuilds the text from its terms, field by field', () => {
    const content = `${bigrams('标题文字').join(' ')}. ${bigrams('正文，第一段。').join(' ')}. ${bigrams('yangquan').join(' ')}.`;
    expect(rebuildText(content)).toEqual(['标题文字', '正文，第一段。', 'yangquan']);
    expect(rebuildText('M2 2. .5 5 浓度 度')).toEqual(['M2.5', '浓度']);
  });

  it('rebuilds any text whose terms it was given (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'阳泉蓝天生态环境局，。“”PM2.5VOCsA级 0123'), minLength: 1 }), (text) => {
        const normalized = normalizeSearchText(text);
        fc.pre(normalized.length > 0);
        expect(rebuildText(`${bigrams(text).join(' ')}.`).join('')).toBe(normalized);
      }),
    );
  });

  it('shows the passage around a match', () => {
    expect(makeExcerpt('春日的阳泉，几只黑鹳', '阳泉', 2)).toEqual({ before: '…日的', match: '阳泉', after: '，几…' });
    expect(makeExcerpt('VOCs 含量', 'vocs')).toEqual({ before: '', match: 'VOCs', after: ' 含量' });
    expect(makeExcerpt('阳泉', '晋城')).toBeUndefined();
  });
});
