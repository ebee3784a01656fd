/**
 * Where the importer files an article, and what goes into its slug: a page
 * for each case, from the printed office that settles the city to the
 * article that names no place at all.
 */
import { describe, expect, it } from 'vitest';
import { importPage, type ImportedEntry } from '../../src/importer/import.ts';
import { chooseCounty, locate, printedCity, slugPlace } from '../../src/importer/extract.ts';
import { findPlaces, firstOffice, isOfficeName } from '../../src/importer/places.ts';
import { checkEntry } from '../../src/model/entry.ts';

/** Imports a page of one article, given as its printed lines. */
function importOne(lines: string[]): ImportedEntry {
  const text = `${lines.join('\n')}\n`;
  const { entries } = importPage(text, { file: 'page.txt', bytes: new TextEncoder().encode(text), date: '2025-04-24' });
  expect(entries).toHaveLength(1);
  expect(checkEntry(entries[0]!.name, entries[0]!.content).problems).toEqual([]);
  return entries[0]!;
}

const placeOf = (entry: ImportedEntry) => ({
  name: entry.name,
  city: entry.data.city,
  county: entry.data.county,
  review: (entry.data.review ?? []).filter((field) => field === 'city' || field === 'county'),
});

describe('importing pages: the city and county an article is filed under', () => {
  it('files an article that names no place as city: unknown, for review, with no place in its slug', () => {
    const entry = importOne([
      '科学导报讯 4 月 22 日，记者从有关部门获悉，今年以来，各地持续推进危险废物规范化管理，',
      '开展专项检查行动，督促企业落实主体责任，危险废物规范化管理水平明显提升。 张晓东',
      '危险废物规范化管理水平明显提升',
    ]);
    expect(placeOf(entry)).toEqual({ name: '2025-04-22-weixianfeiwu.md', city: 'unknown', county: undefined, review: ['city'] });
    expect(entry.content).toMatch(/^city: unknown$/m);
  });

  it('files an article under the province when its kicker is the province’s office, and says so in the slug', () => {
    const entry = importOne([
      '科学导报讯 4 月 22 日，山西省生态环境厅召开全省危险废物规范化管理工作会议，太原、大同、',
      '长治等市生态环境局负责人参加会议。会议要求，全省各地持续推进危险废物规范化管理。 张晓东',
      '山西省生态环境厅',
      '全省危废管理工作会议召开',
    ]);
    expect(placeOf(entry)).toEqual({ name: 'shanxi-2025-04-22-quanshengweifei.md', city: 'shanxi', county: undefined, review: [] });
    expect(entry.data.kicker).toBe('山西省生态环境厅');
  });

  it('proposes the province for a roundup of several cities, for review, and keeps the guess out of the slug', () => {
    const entry = importOne([
      '科学导报讯 4 月 22 日，记者获悉，今年以来，全省各地持续推进危险废物规范化管理，太原、',
      '大同、长治三市率先完成专项检查，督促企业落实主体责任，危险废物管理水平明显提升。 张晓东',
      '各地推进危险废物规范化管理',
    ]);
    expect(placeOf(entry)).toEqual({ name: '2025-04-22-gedituijin.md', city: 'shanxi', county: undefined, review: ['city'] });
  });

  it('gives a citywide story no county, and flags the county, though the body names counties', () => {
    const entry = importOne([
      '科学导报讯 4 月 22 日，朔州市生态环境局召开全市生态环境保护工作会议。会议指出，朔州',
      '市生态环境质量持续改善，右玉县、怀仁市等地治理成效明显。右玉县持续推进防沙治沙，',
      '朔州全市空气质量优良天数比例不断提高，朔州市将持续巩固治理成果。 张晓东',
      '朔州市生态环境局',
      '朔州召开全市生态环境保护工作会议',
    ]);
    expect(placeOf(entry)).toEqual({ name: 'shuozhou-2025-04-22-shuozhouzhaokai.md', city: 'shuozhou', county: undefined, review: ['county'] });
  });

  it('proposes the county named most, flagged when the article names another county too', () => {
    const entry = importOne([
      '科学导报讯 4 月 22 日，记者获悉，今年以来，泽州县持续推进农村生活污水治理，泽州县',
      '巴公镇等地污水管网不断完善，高平市也在推进同类工程，泽州县农村人居环境明显改善。 张晓东',
      '泽州推进农村生活污水治理',
    ]);
    expect(placeOf(entry)).toEqual({ name: 'jincheng-2025-04-22-zezhoutuijin.md', city: 'jincheng', county: '泽州县', review: ['county'] });
  });

  it('keeps a city named only once as a guess for review, out of the slug', () => {
    const entry = importOne([
      '科学导报讯 4 月 22 日，记者获悉，今年以来，当地持续推进农村生活污水治理，阳泉一些',
      '村庄的污水管网不断完善，农村人居环境明显改善，群众满意度持续提升。 张晓东',
      '推进农村生活污水治理',
    ]);
    expect(placeOf(entry)).toEqual({ name: '2025-04-22-tuijinnongcun.md', city: 'yangquan', county: undefined, review: ['city'] });
  });
});

describe('the evidence for a place', () => {
  it('is an office: in the kicker, or the first a dateline names', () => {
    expect(printedCity('吕梁市生态环境局', '晋城市生态环境局')).toBe('lvliang');
    expect(printedCity(undefined, '晋中市生态环境局榆次分局与榆次区')).toBe('jinzhong');
    expect(printedCity(undefined, '记者从省生态环境厅获悉，太原市生态环境局')).toBe('shanxi');
    expect(printedCity('山西省生态环境厅', undefined)).toBe('shanxi');
    expect(printedCity(undefined, '太原、大同等地持续推进')).toBeUndefined();
    expect(firstOffice('节省资金，晋城市生态环境局')).toBe('jincheng');
    expect(isOfficeName('山西省生态环境厅')).toBe(true);
    expect(isOfficeName('省内各市')).toBe(false);
  });

  it('puts the place in the slug only when it is not a guess', () => {
    expect(slugPlace(locate('吕梁市生态环境局', '深入岚县调研。'))).toBe('lvliang');
    expect(slugPlace(locate(undefined, '阳泉阳泉阳泉。'))).toBe('yangquan');
    expect(slugPlace(locate(undefined, '阳泉一地。'))).toBeUndefined();
    expect(slugPlace(locate(undefined, '太原、大同两市。'))).toBeUndefined();
    expect(slugPlace(locate(undefined, '各地。'))).toBeUndefined();
  });

  it('leaves a county for review where the body speaks of several or of the whole city', () => {
    const county = (body: string, kicker?: string) => chooseCounty('jincheng', kicker, findPlaces(body));
    expect(county('泽州县，泽州县，泽州县。晋城。')).toEqual({ county: '泽州县', unsure: [] });
    expect(county('泽州县，泽州县，高平市，高平市。')).toEqual({ county: '泽州县', unsure: ['county'] });
    expect(county('泽州县，泽州县。晋城市，晋城市全市。')).toEqual({ unsure: ['county'] });
    expect(county('泽州县一地。')).toEqual({ unsure: [] });
    expect(county('高平市，高平市，晋城，晋城，晋城。', '晋城市生态环境局泽州分局')).toEqual({ county: '泽州县', unsure: [] });
  });
});
