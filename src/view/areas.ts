/**
 * How the site lists articles by place: the 11 cities, and beside them the
 * articles about no single city, province-wide (全省) or with a city not yet
 * known (城市未定). Those two groups have no seat on the map and show only
 * when they hold articles.
 */
import { AREAS, type Area } from '../model/gazetteer.ts';
import { countClause } from './pagination.ts';

/**
 * The areas a list of cities shows, in order: every city, then 全省 and
 * 城市未定 when they hold articles.
 * @example listedAreas(new Map([['shanxi', 2]])).map((a) => a.id).slice(-1) // ['shanxi']
 */
export function listedAreas(counts: ReadonlyMap<string, number>): Area[] {
  return AREAS.filter((area) => area.kind === 'city' || (counts.get(area.id) ?? 0) > 0);
}

/**
 * The listed areas the map cannot place, with their counts, for the line under it.
 * @example offMapAreas(new Map([['unknown', 3]])) // [{ area: getArea('unknown'), count: 3 }]
 */
export function offMapAreas(counts: ReadonlyMap<string, number>): { area: Area; count: number }[] {
  return listedAreas(counts)
    .filter((area) => !area.seat)
    .map((area) => ({ area, count: counts.get(area.id) ?? 0 }));
}

/**
 * The heading of an area's list of articles.
 * @example areaTitle(getArea('jincheng')) // '晋城市生态环境新闻'
 * @example areaTitle(getArea('shanxi')) // '全省生态环境新闻'
 */
export function areaTitle(area: Area): string {
  if (area.kind === 'unknown') return '城市未定的文章';
  return `${area.kind === 'province' ? area.name : area.fullName}生态环境新闻`;
}

/**
 * What an area's list holds, in a sentence; with its count on the front page only.
 * @example areaDescription(getArea('unknown'), 2) // '报道的城市尚待编辑确认的文章，共 2 篇。'
 * @example areaDescription(getArea('unknown')) // '报道的城市尚待编辑确认的文章。'
 */
export function areaDescription(area: Area, total?: number): string {
  const count = countClause(total);
  if (area.kind === 'province') return `报道山西全省、不属于某一个城市的生态环境新闻${count}。`;
  if (area.kind === 'unknown') return `报道的城市尚待编辑确认的文章${count}。`;
  return `${area.fullName}（${area.pinyinDisplay}）的生态环境新闻${count}。`;
}
