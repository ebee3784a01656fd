import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateArchive } from '../../scripts/generate-archive.ts';
import { mulberry32 } from '../../tools/random.ts';
import { bodyText } from '../../src/text/markdown.ts';
import { checkArchive, checkArticles } from '../../src/checks/content-check.ts';
import { checkPages } from '../../src/checks/pages.ts';
import { CITIES, CITY_IDS } from '../../src/model/gazetteer.ts';
import { loadArticles } from '../helpers/content.ts';

const root = mkdtempSync(join(tmpdir(), 'generate-archive-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('generate-archive', () => {
  const dir = join(root, 'a');
  const files = generateArchive({ count: 400, dir, seed: 7 });
  const { problems, articles } = checkArticles(dir, root);

  it('writes entries that pass the content check, with unique slugs and uids', () => {
    expect(files).toHaveLength(400);
    expect(readdirSync(dir).filter((f) => f.endsWith('.md'))).toHaveLength(400);
    expect(problems).toEqual([]);
    expect(new Set(articles.map((a) => a.data.uid)).size).toBe(400);
  });

  it('covers all 11 cities, their counties, several years, authors and topics', () => {
    expect(new Set(articles.map((a) => a.data.city))).toEqual(new Set(CITY_IDS));
    expect(new Set(articles.map((a) => a.data.county).filter(Boolean)).size).toBeGreaterThan(60);
    expect(new Set(articles.map((a) => a.data.date.slice(0, 4))).size).toBeGreaterThanOrEqual(4);
    expect(new Set(articles.flatMap((a) => a.data.authors)).size).toBeGreaterThan(20);
    expect(new Set(articles.flatMap((a) => a.data.topics)).size).toBe(9);
    expect(articles.filter((a) => a.data.metrics.length > 0).length).toBeGreaterThan(100);
  });

  it('builds bodies from the seed articles real sentences, of varied length', () => {
    const seedText = loadArticles()
      .articles.map((a) => bodyText(a.body))
      .join('\n');
    const lengths = articles.map((a) => bodyText(a.body).length);
    expect(Math.max(...lengths)).toBeGreaterThan(3 * Math.min(...lengths));
    // A sentence without places or figures is copied verbatim from a seed article.
    const places = new RegExp(['\\d', ...CITIES.flatMap((c) => [c.name, ...c.counties.map((county) => county.short ?? county.name)])].join('|'), 'u');
    const plain = articles
      .flatMap((a) => bodyText(a.body).match(/[^。！？\n]+[。！？]/gu) ?? [])
      .map((s) => s.replace(/^[”’」）]+/u, ''))
      .filter((s) => !places.test(s));
    expect(plain.length).toBeGreaterThan(100);
    for (const sentence of plain.slice(0, 200)) expect(seedText).toContain(sentence.replace(/^科学导报讯[^，]*，/, ''));
  });

  it('is deterministic for a seed and different for another', () => {
    const again = join(root, 'b');
    generateArchive({ count: 400, dir: again, seed: 7 });
    for (const file of files.slice(0, 50)) expect(readFileSync(join(again, file), 'utf8')).toBe(readFileSync(join(dir, file), 'utf8'));
    const other = join(root, 'c');
    expect(generateArchive({ count: 400, dir: other, seed: 8 })).not.toEqual(files);
  });

  it('narrows to the cities, dates, topics and authors asked for', () => {
    const narrow = join(root, 'd');
    generateArchive({ count: 60, dir: narrow, seed: 1, cities: ['jincheng'], dates: ['2024-03-01', '2024-03-31'], topics: ['air'], authorCount: 2 });
    const { problems: narrowProblems, articles: narrowArticles } = checkArticles(narrow, root);
    expect(narrowProblems).toEqual([]);
    for (const { data } of narrowArticles) {
      expect(data.city).toBe('jincheng');
      expect(data.date.slice(0, 7)).toBe('2024-03');
      expect(data.topics).toEqual(['air']);
      for (const name of data.authors) expect(['王梅', '王玫']).toContain(name);
    }
  });

  it('prints the articles on pages of each day’s issue, so the archive passes the whole content check', () => {
    const articlesDir = join(root, 'e', 'articles');
    generateArchive({ count: 120, dir: articlesDir, seed: 3, dates: ['2024-03-01', '2024-03-10'] });
    const checked = checkArchive(articlesDir, root);
    expect(checked.problems).toEqual([]);
    const { pages } = checkPages(join(root, 'e', 'sources'), root);
    expect(pages.map((page) => page.data.date)).toEqual(expect.arrayContaining(['2024-03-01', '2024-03-10']));
    for (const article of checked.articles) {
      const page = pages.find((p) => p.data.file === article.data.source.file)!;
      expect([page.data.date, page.data.page]).toEqual([article.data.date, article.data.source.page]);
      expect(article.data.source.lines).toBeUndefined();
    }
    // Eight articles at most on a page, every page numbered from 1 in its issue.
    for (const page of pages) expect(checked.articles.filter((a) => a.data.source.file === page.data.file).length).toBeLessThanOrEqual(8);
    expect(Math.max(...pages.map((page) => page.data.page!))).toBeGreaterThan(1);
  });

  it('draws the same numbers from the same seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const draws = Array.from({ length: 100 }, () => a());
    expect(Array.from({ length: 100 }, () => b())).toEqual(draws);
    for (const n of draws) expect(n >= 0 && n < 1).toBe(true);
  });
});
