import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { groupQuery, MAX_QUERY_WORDS, parseQuery, queryText, queryWordCount, wantedWords, wordQuery, type ParsedQuery } from '../../src/search/query.ts';
import { normalizeQuery } from '../../src/search/terms.ts';

/** A parsed query written compactly: groups joined by spaces, a group's words by |, excluded words after !, headline words with ^. */
const shape = (query: ParsedQuery) =>
  [
    ...query.groups.map((group) => group.map((word) => `${word.headline ? '^' : ''}${word.text}`).join('|')),
    ...query.excluded.map((word) => `!${word.headline ? '^' : ''}${word.text}`),
  ].join(' ');

describe('the query language', () => {
  it('reads words separated by half- or full-width spaces as all required', () => {
    expect(shape(parseQuery('阳泉 空气'))).toBe('阳泉 空气');
    expect(shape(parseQuery('阳泉\u3000空气'))).toBe('阳泉 空气');
    expect(shape(parseQuery('  阳泉 \t 空气  '))).toBe('阳泉 空气');
  });

  it('excludes a word with a leading minus, half- or full-width', () => {
    expect(shape(parseQuery('阳泉 -空气'))).toBe('阳泉 !空气');
    expect(shape(parseQuery('阳泉 －空气'))).toBe('阳泉 !空气');
  });

  it('reads OR and | as either, binding tighter than the space', () => {
    expect(shape(parseQuery('空气 OR 大气'))).toBe('空气|大气');
    expect(shape(parseQuery('空气 | 大气'))).toBe('空气|大气');
    expect(shape(parseQuery('空气|大气'))).toBe('空气|大气');
    expect(shape(parseQuery('空气｜大气'))).toBe('空气|大气');
    expect(shape(parseQuery('阳泉 空气 OR 大气'))).toBe('阳泉 空气|大气');
    expect(shape(parseQuery('阳泉 空气 OR 大气 OR 蓝天 晋城'))).toBe('阳泉 空气|大气|蓝天 晋城');
    expect(shape(parseQuery('空气 OR OR 大气'))).toBe('空气|大气');
  });

  it('keeps a quoted phrase as one word, its spaces dropped', () => {
    expect(shape(parseQuery('"2025 年 目标"'))).toBe('2025年目标');
    expect(shape(parseQuery('“阳泉 蓝” 空气'))).toBe('阳泉蓝 空气');
    expect(shape(parseQuery('＂空气 OR 大气＂'))).toBe('空气OR大气');
    expect(shape(parseQuery('-"阳泉 蓝"'))).toBe('!阳泉蓝');
    // Quotes in the middle of a word are text, as the print has them.
    expect(shape(parseQuery('守护“阳泉蓝”'))).toBe('守护“阳泉蓝');
  });

  it('restricts a word to the headline block with 标题:, title: or 标题：', () => {
    expect(shape(parseQuery('标题:阳泉'))).toBe('^阳泉');
    expect(shape(parseQuery('Title:阳泉 空气'))).toBe('^阳泉 空气');
    expect(shape(parseQuery('标题：阳泉'))).toBe('^阳泉');
    expect(shape(parseQuery('-标题:阳泉 空气'))).toBe('空气 !^阳泉');
    expect(shape(parseQuery('标题:"阳泉 蓝"'))).toBe('^阳泉蓝');
    expect(shape(parseQuery('标题:阳泉 OR 晋城'))).toBe('^阳泉|晋城');
  });

  it('reads anything else literally, never failing', () => {
    // An unbalanced quote is a character of its word (and trimmed at its edge).
    expect(shape(parseQuery('"阳泉 空气'))).toBe('阳泉 空气');
    // A lone minus is punctuation: nothing.
    expect(shape(parseQuery('阳泉 - 空气'))).toBe('阳泉 空气');
    // OR at either end, or beside an exclusion, is the word OR.
    expect(shape(parseQuery('OR 阳泉'))).toBe('OR 阳泉');
    expect(shape(parseQuery('阳泉 OR'))).toBe('阳泉 OR');
    expect(shape(parseQuery('阳泉 OR -空气'))).toBe('阳泉 OR !空气');
    expect(shape(parseQuery('| 阳泉 |'))).toBe('阳泉');
    // A minus inside a word is part of it; or is a word.
    expect(shape(parseQuery('PM2.5-10'))).toBe('PM2.5-10');
    expect(shape(parseQuery('空气 or 大气'))).toBe('空气 or 大气');
    // A field prefix with no word is text (its colon trimmed as any punctuation at a word's edge).
    expect(shape(parseQuery('标题:'))).toBe('标题');
    expect(shape(parseQuery('标题: 阳泉'))).toBe('标题 阳泉');
    expect(shape(parseQuery('，。！？'))).toBe('');
    expect(shape(parseQuery(''))).toBe('');
  });

  it('needs a word to find: exclusions alone find nothing', () => {
    const query = parseQuery('-阳泉 -空气');
    expect(query.groups).toEqual([]);
    expect(query.excluded.map((word) => word.text)).toEqual(['阳泉', '空气']);
  });

  it('normalises each word as a single query is normalised', () => {
    expect(shape(parseQuery('ＰＭ２．５ “ＶＯＣｓ”'))).toBe('PM2.5 VOCs');
    expect(shape(parseQuery('2025 年'))).toBe('2025 年');
    expect(shape(parseQuery('"2025 年"'))).toBe('2025年');
  });

  it('searches each word once', () => {
    expect(shape(parseQuery('阳泉 阳泉 空气 OR 空气 -煤 -煤'))).toBe('阳泉 空气 !煤');
  });

  it('keeps at most MAX_QUERY_WORDS words and says it cut the rest', () => {
    const many = Array.from({ length: MAX_QUERY_WORDS + 20 }, (_, i) => `词${i}`).join(' ');
    const query = parseQuery(many);
    expect(queryWordCount(query)).toBe(MAX_QUERY_WORDS);
    expect(query.truncated).toBe(true);
    expect(parseQuery('阳泉 空气').truncated).toBeUndefined();
  });

  it('lists the words a result highlights, not the excluded ones', () => {
    expect(wantedWords(parseQuery('阳泉 空气 OR 大气 -煤 标题:阳泉'))).toEqual(['阳泉', '空气', '大气']);
  });

  it('writes a group or a query out again so that it reads back the same', () => {
    expect(groupQuery(parseQuery('空气 | 标题:大气').groups[0]!)).toBe('空气 OR 标题:大气');
    expect(wordQuery({ text: 'OR', headline: false })).toBe('"OR"');
    expect(wordQuery({ text: '阳|泉', headline: false })).toBe('"阳|泉"');
    expect(queryText(parseQuery('阳泉  空气|大气 －煤'))).toBe('阳泉 空气 OR 大气 -煤');
  });

  const WORD = fc.string({ unit: fc.constantFrom(...'阳泉空气蓝天PM2.5-|"“”＂：: 　标题titleOR'), minLength: 0, maxLength: 12 });

  it('never throws, and yields only normalised, non-empty words (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const query = parseQuery(text);
        for (const word of [...query.groups.flat(), ...query.excluded]) {
          expect(word.text.length).toBeGreaterThan(0);
          expect(normalizeQuery(word.text)).toBe(word.text);
        }
        expect(query.groups.every((group) => group.length > 0)).toBe(true);
      }),
    );
    fc.assert(fc.property(fc.array(WORD, { maxLength: 12 }), (words) => void parseQuery(words.join(' '))));
  });

  it('reads back what it writes out (property)', () => {
    fc.assert(
      fc.property(fc.array(WORD, { maxLength: 10 }), (words) => {
        const query = parseQuery(words.join(' '));
        // The language has no escape: a word holding both closing quotes and syntax cannot be written out.
        fc.pre(
          query.groups
            .flat()
            .concat(query.excluded)
            .every((word) => !(word.text.includes('＂') && word.text.includes('”'))),
        );
        expect(shape(parseQuery(queryText(query)))).toBe(shape(query));
      }),
    );
  });

  it('finds a plain word list as all of its words, whatever the spaces between them (property)', () => {
    const plain = fc.string({ unit: fc.constantFrom(...'阳泉空气蓝天晋城生态'), minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(fc.array(plain, { minLength: 1, maxLength: 8 }), fc.constantFrom(' ', '\u3000', '  ', ' \u3000 '), (words, space) => {
        expect(parseQuery(words.join(space)).groups.map((group) => group.map((word) => word.text))).toEqual([...new Set(words)].map((word) => [word]));
      }),
    );
  });
});
