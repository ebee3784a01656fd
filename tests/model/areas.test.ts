import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkEntry } from '../../src/model/entry.ts';
import { formatProblem } from '../../src/model/problem.ts';
import { AREAS, CITY_IDS, getArea } from '../../src/model/gazetteer.ts';
import { makeSlug } from '../../src/model/slugs.ts';
import { areaDescription, areaTitle, listedAreas, offMapAreas } from '../../src/view/areas.ts';
import { ARTICLES_DIR } from '../helpers/content.ts';

const FILE = 'content/articles/x.md';
const GOOD = readFileSync(join(ARTICLES_DIR, 'xinzhou-2025-04-21-jubanweixian.md'), 'utf8');
const messages = (source: string) => checkEntry(FILE, source).problems.map(formatProblem);
const lineOf = (source: string, text: string) => source.split('\n').findIndex((line) => line.includes(text)) + 1;

describe('an article about no single city', () => {
  it('may be province-wide (city: shanxi) or have a city not yet known (city: unknown)', () => {
    for (const city of ['shanxi', 'unknown']) {
      const checked = checkEntry(FILE, GOOD.replace(/^city: xinzhou$/m, `city: ${city}`));
      expect(checked.problems.map(formatProblem), city).toEqual([]);
      expect(checked.article!.data.city).toBe(city);
    }
  });

  it('still needs a city line, so a deleted one is never read as “unknown”', () => {
    const source = GOOD.replace(/^city: xinzhou\n/m, '');
    expect(messages(source)).toEqual([`${FILE}:2 city: is required`]);
  });

  it('has no county, and says why', () => {
    const withCounty = (city: string) => GOOD.replace(/^city: xinzhou$/m, `city: ${city}\ncounty: 原平市`);
    const province = withCounty('shanxi');
    expect(messages(province)).toEqual([
      `${FILE}:${lineOf(province, 'county: 原平市')} county: county "原平市" needs its city: a province-wide article (city: shanxi) has no county`,
    ]);
    const unknown = withCounty('unknown');
    expect(messages(unknown)).toEqual([
      `${FILE}:${lineOf(unknown, 'county: 原平市')} county: county "原平市" needs its city: an article whose city is unknown (city: unknown) has no county`,
    ]);
    expect(messages(withCounty('xinzhou'))).toEqual([]);
  });
});

describe('areas as the site lists them', () => {
  it('are the 11 cities in gazetteer order, then 全省, then 城市未定', () => {
    expect(AREAS.map((area) => area.id)).toEqual([...CITY_IDS, 'shanxi', 'unknown']);
    expect(AREAS.map((area) => area.name).slice(-2)).toEqual(['全省', '城市未定']);
    expect(getArea('jincheng')).toMatchObject({ kind: 'city', name: '晋城', fullName: '晋城市', pinyin: 'jincheng', searchName: '晋城' });
    expect(getArea('unknown').pinyin).toBeUndefined();
    expect(getArea('unknown').searchName).toBeUndefined();
  });

  it('list 全省 and 城市未定 only when they hold articles, and keep them off the map', () => {
    expect(listedAreas(new Map()).map((area) => area.id)).toEqual([...CITY_IDS]);
    const counts = new Map([
      ['jincheng', 2],
      ['unknown', 3],
    ]);
    expect(listedAreas(counts).map((area) => area.id)).toEqual([...CITY_IDS, 'unknown']);
    expect(offMapAreas(counts)).toEqual([{ area: getArea('unknown'), count: 3 }]);
  });

  it('name their lists', () => {
    expect(areaTitle(getArea('jincheng'))).toBe('晋城市生态环境新闻');
    expect(areaTitle(getArea('shanxi'))).toBe('全省生态环境新闻');
    expect(areaTitle(getArea('unknown'))).toBe('城市未定的文章');
    expect(areaDescription(getArea('jincheng'), 2)).toBe('晋城市（Jìnchéng）的生态环境新闻，共 2 篇。');
  });
});

describe('slugs', () => {
  it('carry the place only when given one', () => {
    expect(makeSlug('jincheng', '2025-04-22', '厚植生态优势')).toBe('jincheng-2025-04-22-houzhishengtai');
    expect(makeSlug('shanxi', '2025-04-22', '厚植生态优势')).toBe('shanxi-2025-04-22-houzhishengtai');
    expect(makeSlug(undefined, '2025-04-22', '厚植生态优势')).toBe('2025-04-22-houzhishengtai');
  });
});
