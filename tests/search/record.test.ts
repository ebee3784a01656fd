import { describe, expect, it } from 'vitest';
import { loadArticles } from '../helpers/content.ts';
import { bodyText } from '../../src/text/markdown.ts';
import {
  articleText,
  BODY_START,
  bodyLength,
  PAD,
  printedOffsets,
  recordFieldAt,
  recordTerms,
  RecordFieldTooLong,
  searchRecordHtml,
  type ArticleText,
} from '../../src/search/record.ts';
import { normalizeSearchText } from '../../src/search/terms.ts';
import { textOfTerms } from '../helpers/terms.ts';

const { articles } = loadArticles();
const texts = articles.map((article) => ({ article, text: articleText(article.data, bodyText(article.body), `/articles/${article.slug}/`) }));

/** The characters at each position of a record, PAD kept. */
const positions = (text: ArticleText) => recordTerms(text).map((term) => (term === PAD ? PAD : String.fromCodePoint(term.codePointAt(0)!)));

describe('search record', () => {
  it('lays out every field at its fixed block, so a position tells the field', () => {
    for (const { text } of texts) {
      const chars = positions(text);
      expect(chars.slice(0, [...normalizeSearchText(text.title)].length).join('')).toBe(normalizeSearchText(text.title));
      expect(recordFieldAt(0)).toBe('headline');
      if (text.kicker) expect(recordFieldAt(chars.join('').indexOf(normalizeSearchText(text.kicker)))).toBe('furniture');
      if (text.subtitle) expect(recordFieldAt(chars.join('').indexOf(normalizeSearchText(text.subtitle)))).toBe('furniture');
      expect(recordFieldAt(chars.indexOf(text.place[0]![0]!, 128 + 192))).toBe('place');
      // The body starts at BODY_START and fills the rest, followed by what corrections add: its length is the word count less the header.
      const body = normalizeSearchText([text.body, ...text.corrections].join(''));
      expect(textOfTerms(recordTerms(text).slice(BODY_START))).toBe(body);
      expect(bodyLength(recordTerms(text).length)).toBe([...body].length);
    }
  });

  it('holds the place names the search adds: the city and the pinyin of city and county', () => {
    const zezhou = texts.find(({ text }) => text.county === '泽州县')!.text;
    expect(zezhou.place).toEqual(['晋城', 'jincheng', 'zezhouxian', 'zezhou']);
  });

  it('gives Pagefind the terms as the only text, with facets and no metadata', () => {
    const { article, text } = texts[0]!;
    const html = searchRecordHtml(article.data, text);
    expect(html).not.toContain('data-pagefind-meta');
    expect(html).toContain(`data-pagefind-filter="city[data-value]" data-value="${text.city}"`);
    expect(html).not.toMatch(/<(p|h\d|div)\b/);
  });

  it('refuses a headline block longer than its room, naming the field', () => {
    const { text } = texts[0]!;
    expect(() => recordTerms({ ...text, title: '长'.repeat(200) })).toThrowError(RecordFieldTooLong);
    expect(() => recordTerms({ ...text, title: '长'.repeat(200) })).toThrowError(expect.objectContaining({ field: 'title' }));
    expect(() => recordTerms({ ...text, subtitle: '长'.repeat(300) })).toThrowError(expect.objectContaining({ field: 'kicker, subtitle, column' }));
    // Exactly the room fits: 128 positions of headline, 192 of kicker, subtitle and column with one PAD between each.
    expect(() => recordTerms({ ...text, title: '长'.repeat(128) })).not.toThrow();
    expect(() => recordTerms({ ...text, title: '长'.repeat(129) })).toThrowError(RecordFieldTooLong);
  });

  it('maps index positions back to the printed text, spaces skipped', () => {
    expect(printedOffsets('2025 年')).toEqual([0, 1, 2, 3, 5]);
    expect(printedOffsets('𠀀阳\n泉')).toEqual([0, 2, 4]);
  });
});
