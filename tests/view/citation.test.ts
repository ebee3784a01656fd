import { describe, expect, it } from 'vitest';
import { gbt7714 } from '../../src/view/citation.ts';
import { jsonLdText, newsArticle } from '../../src/view/structured-data.ts';
import { excerpt, feedDate } from '../../src/view/feeds.ts';

describe('citation', () => {
  it('cites a newspaper article as GB/T 7714 does', () => {
    const article = { title: '守护“阳泉蓝”', authors: ['温荣鑫', '王钢'], publication: '科学导报', date: '2025-04-22' };
    expect(gbt7714(article, 'https://example.org/articles/x/')).toBe('温荣鑫, 王钢. 守护“阳泉蓝”[N]. 科学导报, 2025-04-22. https://example.org/articles/x/.');
    expect(gbt7714({ ...article, page: 3 }, 'u')).toContain('科学导报, 2025-04-22(3). u.');
    expect(gbt7714({ ...article, authors: ['甲', '乙', '丙', '丁'] }, 'u')).toMatch(/^甲, 乙, 丙, 等\. /);
  });
});

describe('JSON-LD', () => {
  const input = {
    title: '守护“阳泉蓝”',
    description: 'd',
    date: '2025-04-22',
    authors: ['温荣鑫', '王钢'],
    places: ['山西省', '阳泉市'],
    publication: '科学导报',
    url: 'https://example.org/articles/x/',
    keywords: ['大气污染防治'],
    wordCount: 1200,
  };

  it('describes a NewsArticle with its authors, publisher and place', () => {
    const data = newsArticle(input);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: '守护“阳泉蓝”',
      datePublished: '2025-04-22',
      author: [
        { '@type': 'Person', name: '温荣鑫' },
        { '@type': 'Person', name: '王钢' },
      ],
      publisher: { '@type': 'Organization', name: '科学导报' },
      contentLocation: { '@type': 'Place', name: '山西省阳泉市' },
    });
    expect(data).not.toHaveProperty('articleSection');
    expect(newsArticle({ ...input, section: '一线传真' })).toHaveProperty('articleSection', '一线传真');
  });

  it('cannot be closed early by text inside the data', () => {
    const text = jsonLdText(newsArticle({ ...input, title: '</script><script>alert(1)</script>' }));
    expect(text).not.toContain('<');
    expect(JSON.parse(text).headline).toBe('</script><script>alert(1)</script>');
  });
});

describe('feeds', () => {
  it('cuts an excerpt after a sentence, keeping the printed words', () => {
    expect(excerpt('一句。二句。三句很长很长。', 8)).toBe('一句。二句。…');
    expect(excerpt('短文。', 120)).toBe('短文。');
    expect(excerpt('第一段。\n第二段。', 120)).toBe('第一段。 第二段。');
    expect(excerpt('没有句号的很长的一段文字', 5)).toBe('没有句号的…');
  });

  it('dates an item at midnight in China', () => {
    expect(feedDate('2025-04-22').toISOString()).toBe('2025-04-21T16:00:00.000Z');
  });
});
