import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fieldTerms, normalizeQuery, normalizeSearchText, queryMatchesAt, queryTerms, TERM_FILL, TERM_LENGTH } from '../../src/search/terms.ts';
import { textOfTerms } from '../helpers/terms.ts';

const TEXT = fc.string({ unit: fc.constantFrom(...'阳泉蓝天生态环境局，。“”PM2.5VOCsA级 0123'), minLength: 1, maxLength: 40 });

/** Where `query` occurs in `text`, found through the terms as the search finds them: every query term at its offset. */
function termMatches(text: string, query: string): number[] {
  const terms = fieldTerms(text).map((term) => term.toLowerCase());
  return terms.map((_, start) => start).filter((start) => queryMatchesAt(terms, start, queryTerms(query)));
}

/** Where `query` occurs in `text`, by plain substring search on the normalised text. */
function substringMatches(text: string, query: string): number[] {
  const chars = [...normalizeSearchText(text).toLowerCase()];
  const wanted = [...query.toLowerCase()];
  return chars.map((_, start) => start).filter((start) => start + wanted.length <= chars.length && wanted.every((ch, i) => chars[start + i] === ch));
}

describe('search text', () => {
  it('folds widths and punctuation and drops whitespace and private-use characters', () => {
    expect(normalizeSearchText('ＰＭ２．５ 浓度同比下降 6.5%')).toBe('PM2.5浓度同比下降6.5%');
    expect(normalizeSearchText('坚守"主阵地",紧盯')).toBe('坚守＂主阵地＂，紧盯');
    expect(normalizeSearchText('2025\u3000年\uE000\uF8FF')).toBe('2025年');
    // The full-width forms at each end of the digits, capitals and small letters, and . % / + -.
    expect(normalizeSearchText('０９ＡＺａｚ．％／＋－')).toBe('09AZaz.%/+-');
    // Their neighbours stay full-width: ／ ：＠［｀｛ are no letters or digits.
    expect(normalizeSearchText('：＠［｀｛～')).toBe('：＠［｀｛～');
    expect(normalizeSearchText(',;:?!()"')).toBe('，；：？！（）＂');
    expect(normalizeSearchText(' \t\n\u00a0')).toBe('');
  });

  it('trims a query of surrounding spaces and punctuation only', () => {
    expect(normalizeQuery('  “ＶＯＣｓ”。 ')).toBe('VOCs');
    expect(normalizeQuery('色。温')).toBe('色。温');
    expect(normalizeQuery(' ，')).toBe('');
    // Symbols as well as punctuation, any number of them, at either end only.
    expect(normalizeQuery('<<黑臭+水体>>')).toBe('黑臭+水体');
    expect(normalizeQuery('++VOCs')).toBe('VOCs');
    expect(normalizeQuery('PM2.5...')).toBe('PM2.5');
  });

  it('starts a term of the next four characters at every character, filled at the field end', () => {
    expect(fieldTerms('阳泉蓝天好')).toEqual([
      '阳泉蓝天',
      '泉蓝天好',
      `蓝天好${TERM_FILL}`,
      `天好${TERM_FILL}${TERM_FILL}`,
      `好${TERM_FILL}${TERM_FILL}${TERM_FILL}`,
    ]);
    expect(fieldTerms('A 级')).toEqual([`A级${TERM_FILL}${TERM_FILL}`, `级${TERM_FILL}${TERM_FILL}${TERM_FILL}`]);
    expect(fieldTerms('')).toEqual([]);
    for (const term of fieldTerms('𠀀阳泉')) expect([...term]).toHaveLength(TERM_LENGTH);
  });

  it('reads the text back from its terms (property)', () => {
    fc.assert(
      fc.property(TEXT, (text) => {
        expect(textOfTerms(fieldTerms(text))).toBe(normalizeSearchText(text));
      }),
    );
  });

  it('covers a query with whole terms at offsets 0, 4, 8 … and one at its end; a short query is a prefix', () => {
    expect(queryTerms('黑臭水体治理')).toEqual([
      { offset: 0, term: '黑臭水体', prefix: false },
      { offset: 2, term: '水体治理', prefix: false },
    ]);
    expect(queryTerms('一泓清水入黄河').map((t) => t.term)).toEqual(['一泓清水', '水入黄河']);
    expect(queryTerms('生态环境')).toEqual([{ offset: 0, term: '生态环境', prefix: false }]);
    expect(queryTerms('VOCs')).toEqual([{ offset: 0, term: 'vocs', prefix: false }]);
    expect(queryTerms('阳')).toEqual([{ offset: 0, term: '阳', prefix: true }]);
    expect(queryTerms('')).toEqual([]);
    expect(queryTerms('x'.repeat(500))).toHaveLength(125);
  });

  it('finds nothing past the end of a text', () => {
    const terms = fieldTerms('阳泉蓝天').map((term) => term.toLowerCase());
    expect(queryMatchesAt(terms, terms.length, queryTerms('阳'))).toBe(false);
    expect(queryMatchesAt(terms, 3, queryTerms('天好'))).toBe(false);
    expect(queryMatchesAt(terms, 3, queryTerms('天'))).toBe(true);
  });

  it('finds through the terms exactly where the query is a substring (property)', () => {
    fc.assert(
      fc.property(TEXT, fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 12 }), (text, from, length) => {
        const chars = [...normalizeSearchText(text)];
        const query = chars.slice(from % chars.length, (from % chars.length) + length).join('') || chars.join('');
        fc.pre(query.length > 0);
        expect(termMatches(text, query)).toEqual(substringMatches(text, query));
        // And a query that is not in the text is found nowhere.
        expect(termMatches(text, `${query}鹳`)).toEqual(substringMatches(text, `${query}鹳`));
      }),
    );
  });
});
