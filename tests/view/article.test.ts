import { describe, expect, it } from 'vitest';
import { loadArticles } from '../helpers/content.ts';
import { DATE_SOURCE_NOTES, articleCitation, articleDescription, articlePlaces, articleStructuredData, topicNames } from '../../src/view/article.ts';

const { articles } = loadArticles();
const article = (slug: string) => articles.find((a) => a.slug === slug)!.data;
const URL_OF = 'https://example.org/articles/jincheng-2025-04-22-houzhishengtai/';

describe('what the article page says about an article', () => {
  it('sums it up by place and date, with or without a county', () => {
    const data = article('jincheng-2025-04-22-houzhishengtai');
    expect(articleDescription(data)).toBe('晋城 · 泽州县，2025年4月22日，《科学导报》。');
    expect(articleDescription({ ...data, county: undefined })).toBe('晋城，2025年4月22日，《科学导报》。');
    expect(articlePlaces(data)).toEqual(['山西省', '晋城市', '泽州县']);
    expect(articlePlaces({ city: 'yangquan', county: undefined })).toEqual(['山西省', '阳泉市']);
  });

  it('says how each kind of date is known', () => {
    expect(Object.keys(DATE_SOURCE_NOTES).sort()).toEqual(['dateline', 'inferred', 'issue']);
    expect(DATE_SOURCE_NOTES.inferred).toBe('推定日期：版面未印出');
  });

  it('cites the printed article with its stable address, and its page when known', () => {
    const data = article('jincheng-2025-04-22-houzhishengtai');
    expect(articleCitation(data, URL_OF)).toBe(`来虹. 厚植生态优势 擦亮发展底色[N]. 科学导报, 2025-04-22. ${URL_OF}.`);
    expect(articleCitation({ ...data, source: { ...data.source, page: 3 } }, URL_OF)).toContain('科学导报, 2025-04-22(3). ');
    // An article dated by its dateline is cited by the issue it was printed in.
    expect(articleCitation(data, URL_OF, { date: '2025-04-24', page: 5 })).toBe(`来虹. 厚植生态优势 擦亮发展底色[N]. 科学导报, 2025-04-24(5). ${URL_OF}.`);
  });

  it('describes it as a NewsArticle with its place, topics and length', () => {
    const data = article('jincheng-2025-04-22-houzhishengtai');
    expect(articleStructuredData(data, URL_OF, 2345)).toMatchObject({
      '@type': 'NewsArticle',
      headline: data.title,
      description: '晋城 · 泽州县，2025年4月22日，《科学导报》。',
      datePublished: '2025-04-22',
      author: [{ '@type': 'Person', name: '来虹' }],
      contentLocation: { '@type': 'Place', name: '山西省晋城市泽州县' },
      url: URL_OF,
      keywords: '大气污染防治,水环境,土壤与地下水,农村环境,执法监管,固体废物与危险废物',
      wordCount: 2345,
    });
    const column = article('changzhi-2025-04-18-kaizhanweixian');
    expect(articleStructuredData(column, URL_OF, 1)).toMatchObject({ articleSection: column.column });
    expect(articleStructuredData(data, URL_OF, 1)).not.toHaveProperty('articleSection');
    expect(topicNames(data)).toEqual(['大气污染防治', '水环境', '土壤与地下水', '农村环境', '执法监管', '固体废物与危险废物']);
  });
});
