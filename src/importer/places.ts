/**
 * Places named in a text, read with the site's gazetteer: city names (阳泉,
 * 阳泉市), county-level names (泽州县) and their short forms (泽州).
 */
import { placeSpellings, type CityId } from '../model/gazetteer.ts';

export interface PlaceMention {
  /** The name as it occurs in the text. */
  name: string;
  city: CityId;
  /** Full name of the county-level division, absent for a mention of the city itself. */
  county?: string;
  /** Offset of the mention in the text. */
  index: number;
}

// 城区, 矿区 and 郊区 count only with their city before them (the gazetteer spells them so);
// one-character county names (岚县, 兴县) are guarded in findPlaces.
const NAMES = placeSpellings().map(({ form: _form, ...place }) => place);
const BY_NAME = new Map(NAMES.map((place) => [place.name, place]));
const PATTERN = new RegExp(NAMES.map((place) => place.name).join('|'), 'gu');

// Characters that make a one-character county name part of another word:
// 莅临县城 is not 临县, 相应县级 is not 应县, 全县 is no county at all.
const BEFORE_NOT_COUNTY = /[莅相全本该各每邻外省]$/u;
const AFTER_NOT_COUNTY = /^[城级域委志]/u;

/**
 * Place names in a text, in order, longest spelling first where two overlap.
 * @example findPlaces('晋城市生态环境局泽州分局').map((p) => p.county ?? p.city) // ['jincheng', '泽州县']
 */
export function findPlaces(text: string): PlaceMention[] {
  const mentions: PlaceMention[] = [];
  for (const match of text.matchAll(PATTERN)) {
    const place = BY_NAME.get(match[0])!;
    const index = match.index;
    if (place.county && place.name.length === 2 && place.name === place.county && place.name.endsWith('县')) {
      if (BEFORE_NOT_COUNTY.test(text.slice(0, index)) || AFTER_NOT_COUNTY.test(text.slice(index + 2))) continue;
    }
    mentions.push({ ...place, index });
  }
  return mentions;
}

// The offices that issue the news: 生态环境局, its county 分局, and the like.
const OFFICE = /(?:局|厅|委员会|办公室|中心|大队|支队|分局|政府)$/u;

/**
 * Whether a line is the name of an office of a Shanxi place, as printed above
 * a headline (the kicker): 忻州市生态环境局, 晋中市生态环境局榆次分局, and
 * the province's own, 山西省生态环境厅.
 * @example isOfficeName('晋中市生态环境局榆次分局') // true
 * @example isOfficeName('晋城市生态环境局高平分局以习近平新时代') // false
 */
export function isOfficeName(text: string): boolean {
  if (text.length > 24 || /[\s，。；：、！？“”]/u.test(text) || !OFFICE.test(text)) return false;
  return findPlaces(text)[0]?.index === 0 || isProvinceOffice(text);
}

// An office of the province: 山西省生态环境厅, 省生态环境厅, 省委, 省政府; 省 alone only where a word starts.
const PROVINCE_OFFICE = /(?:山西省|(?<![\p{Script=Han}])省|(?<=[从由据向与和及])省)(?:委|政府|\p{Script=Han}{1,10}?(?:厅|委员会|办公室|中心|总队))/u;
// What follows a place's name when the name is that of an office: 生态环境局, 榆次分局.
const OFFICE_AFTER = /^\p{Script=Han}{0,12}?(?:局|厅|委员会|办公室|中心|大队|支队|分局|政府)/u;

/**
 * Whether a text begins with an office of the province itself, as a kicker
 * names the one that issues the news.
 * @example isProvinceOffice('省生态环境厅召开全省会议') // true
 * @example isProvinceOffice('省内各市') // false
 */
export function isProvinceOffice(text: string): boolean {
  return PROVINCE_OFFICE.exec(text)?.index === 0;
}

/**
 * The first office a text names, a city's (晋城市生态环境局) or the
 * province's (省生态环境厅): where a dateline says the news comes from. A
 * place named otherwise (太原、大同等地) is not an office.
 * @example firstOffice('记者从省生态环境厅获悉，太原市生态环境局') // 'shanxi'
 * @example firstOffice('阳泉一些村庄') // undefined
 */
export function firstOffice(text: string): CityId | 'shanxi' | undefined {
  const city = findPlaces(text).find((place) => OFFICE_AFTER.test(text.slice(place.index + place.name.length)));
  const province = PROVINCE_OFFICE.exec(text);
  if (province && (!city || province.index < city.index)) return 'shanxi';
  return city?.city;
}

/**
 * How often a text names the province as a whole: 山西, 全省, 我省.
 * @example provinceMentions('全省各地，山西省') // 2
 */
export function provinceMentions(text: string): number {
  return text.match(/山西|全省|我省/gu)?.length ?? 0;
}
