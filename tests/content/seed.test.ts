import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { bodyText } from '../../src/text/markdown.ts';
import { formatProblem } from '../../src/model/problem.ts';
import { SEED_PAGE, loadArticles } from '../helpers/content.ts';

const { problems, articles } = loadArticles();
const squeeze = (text: string) => text.replace(/\s+/g, '');

describe('the seed page as curated entries', () => {
  it('passes the content check', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('holds the seven articles of the page, each in its place', () => {
    const places = articles.map((a) => [a.data.city, a.data.county ?? null, a.data.authors.join(' ')]).sort();
    expect(places).toEqual(
      [
        ['changzhi', null, '牛建国'],
        ['jincheng', '泽州县', '来虹'],
        ['jincheng', '高平市', '来虹'],
        ['jinzhong', '榆次区', '王梅'],
        ['lvliang', '岚县', '郝苗锋'],
        ['xinzhou', null, '邵康'],
        ['yangquan', null, '温荣鑫 王钢'],
      ].sort(),
    );
  });

  it('keeps every body as printed: one unbroken run of the OCR page once line breaks are joined', () => {
    const page = squeeze(readFileSync(SEED_PAGE, 'utf8'));
    for (const article of articles) {
      const body = squeeze(article.body.replace(/^## /gm, ''));
      expect(body.length, article.slug).toBeGreaterThan(200);
      expect(page.includes(body), article.slug).toBe(true);
    }
  });

  it('keeps headlines, bylines, column labels and captions out of the bodies', () => {
    for (const { data, body, slug } of articles) {
      const blocks = bodyText(body).split('\n');
      const printedElsewhere = [data.title, data.kicker, data.subtitle, data.column, ...data.photos.flatMap((p) => [p.caption, p.credit])];
      for (const text of printedElsewhere.filter(Boolean)) {
        expect(blocks.some((block) => block.includes(text!) && block.length < text!.length + 4), `${slug}: ${text}`).toBe(false);
      }
      for (const name of data.authors) expect(blocks.at(-1)!.endsWith(name), `${slug} byline ${name}`).toBe(false);
    }
  });

  it('says honestly what the page does not print', () => {
    const editorTitles = articles.filter((a) => a.data.titleSource === 'editor').map((a) => a.data.city);
    expect(editorTitles).toEqual(['yangquan']);
    const datelined = articles.filter((a) => a.data.dateSource === 'dateline').map((a) => `${a.data.city} ${a.data.date}`).sort();
    expect(datelined).toEqual(['changzhi 2025-04-18', 'jinzhong 2025-04-22', 'lvliang 2025-04-22']);
  });
});
