/**
 * What an article's text says about it: its place (city and county), its
 * date, its topics, and a title when the page prints none (its figures:
 * `figures.ts`).
 */
import { opensWithDateline, readDateline } from '../text/dateline.ts';
import { PROVINCE_ID, UNKNOWN_CITY_ID, type AreaId, type CityId } from '../model/gazetteer.ts';
import { isCalendarDate } from '../model/dates.ts';
import type { TopicId } from '../model/topics.ts';
import { findPlaces, firstOffice, isProvinceOffice, provinceMentions, type PlaceMention } from './places.ts';

export interface Location {
  /** A city, `shanxi` for a province-wide article, or `unknown` when the article names no place to file it under. */
  city: AreaId;
  county?: string;
  /** Fields whose value is a best guess an editor should confirm; a guessed city stays out of the slug. */
  unsure: ('city' | 'county')[];
}

function tally<T>(values: readonly T[]): [T, number][] {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}

/**
 * Where an article is from, and whether the page prints it: the issuing
 * office in the kicker or in the dateline's first clause (a city's, or the
 * province's) is printed evidence, and so is a body that names one city
 * at least twice and more than any other. Anything else is a guess an
 * editor must confirm: the province when the body names it (全省, 山西) and
 * no one city, or three cities or more; else the city the body names most;
 * else `unknown`. A page's other articles are no evidence.
 * @example locate('山西省生态环境厅', '会议。').city // 'shanxi'
 * @example locate(undefined, '各地推进治理。') // { city: 'unknown', unsure: ['city'] }
 */
export function locate(kicker: string | undefined, body: string): Location {
  // The clause after the dateline says where: 科学导报讯 4 月 21 日，忻州市生态环境局…
  const opening = readDateline(body);
  const dateline = opening ? /^[^，。]*，([^。]*)/u.exec(body.trimStart().slice(opening.text.length))?.[1]?.slice(0, 30) : undefined;
  const inBody = findPlaces(body);
  const printed = printedCity(kicker, dateline);
  if (printed === PROVINCE_ID) return { city: PROVINCE_ID, unsure: [] };
  if (printed) return { city: printed, ...chooseCounty(printed, kicker, inBody) };
  const ranked = tally(inBody.map((place) => place.city));
  const [top, second] = ranked;
  const roundup = provinceMentions(body) > 0 && (!top || top[1] < 2 || second?.[1] === top[1] || ranked.length >= 3);
  if (roundup) return { city: PROVINCE_ID, unsure: ['city'] };
  if (!top) return { city: UNKNOWN_CITY_ID, unsure: ['city'] };
  const sure = top[1] >= 2 && second?.[1] !== top[1];
  const county = chooseCounty(top[0], undefined, inBody);
  return { city: top[0], ...county, unsure: [...(sure ? [] : (['city'] as const)), ...county.unsure] };
}

/**
 * The city (or `shanxi`) of the office the kicker names, else of the first
 * office the dateline's first clause names: what the page prints about
 * where the news is from.
 * @example printedCity('吕梁市生态环境局', undefined) // 'lvliang'
 * @example printedCity(undefined, '记者从省生态环境厅获悉') // 'shanxi'
 */
export function printedCity(kicker: string | undefined, dateline: string | undefined): CityId | typeof PROVINCE_ID | undefined {
  if (kicker && isProvinceOffice(kicker.trim())) return PROVINCE_ID;
  const inKicker = kicker ? findPlaces(kicker)[0]?.city : undefined;
  return inKicker ?? (dateline ? firstOffice(dateline) : undefined);
}

/**
 * The county of an article in `city`: the one its kicker names; else the
 * county of that city the body names most (at least twice), for review when
 * another county ties with it or is named too. A story the body tells of the
 * city as a whole (naming the city at least as often as the county) gets no
 * county, and the county is left for review.
 * @example chooseCounty('lvliang', '吕梁市生态环境局', findPlaces('深入岚县，岚县经济开发区，岚县污水处理厂')) // { county: '岚县', unsure: [] }
 */
export function chooseCounty(city: CityId, kicker: string | undefined, inBody: readonly PlaceMention[]): Pick<Location, 'county' | 'unsure'> {
  const inKicker = kicker ? findPlaces(kicker).find((place) => place.city === city && place.county) : undefined;
  if (inKicker) return { county: inKicker.county!, unsure: [] };
  const ranked = tally(inBody.filter((place) => place.city === city && place.county).map((place) => place.county!));
  const top = ranked[0];
  if (!top || top[1] < 2) return { unsure: [] };
  const citywide = inBody.filter((place) => place.city === city && !place.county).length >= top[1];
  if (citywide) return { unsure: ['county'] };
  return { county: top[0], unsure: ranked.length > 1 ? ['county'] : [] };
}

/**
 * The place an article's slug carries: its city (or `shanxi`) when the page
 * prints it, nothing while it is a guess, so a URL never bakes a guess in.
 * @example slugPlace({ city: 'jincheng', unsure: [] }) // 'jincheng'
 * @example slugPlace({ city: 'jincheng', unsure: ['city'] }) // undefined
 */
export function slugPlace(location: Location): Exclude<AreaId, typeof UNKNOWN_CITY_ID> | undefined {
  return location.unsure.includes('city') || location.city === UNKNOWN_CITY_ID ? undefined : location.city;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Month and day printed in a dateline: 科学导报讯 4 月 18 日, 新华社太原6月8日电.
 * @example datelineMonthDay('科学导报讯 4 月 18 日，长治市') // { month: 4, day: 18 }
 * @example datelineMonthDay('科学导报讯（通讯员 贾晓华）6 月 7 日，') // { month: 6, day: 7 }
 */
export function datelineMonthDay(body: string): { month: number; day: number } | undefined {
  const dateline = readDateline(body);
  return dateline?.month && dateline.day ? { month: dateline.month, day: dateline.day } : undefined;
}

/**
 * The first month and day a text mentions (without a year before it).
 * @example firstMonthDay('为…，4 月 21 日，忻州市') // { month: 4, day: 21 }
 */
export function firstMonthDay(text: string): { month: number; day: number } | undefined {
  const match = /(?<!年\s*)(?<!\d\s*)(\d{1,2})\s*月\s*(\d{1,2})\s*日/u.exec(text);
  return match ? { month: Number(match[1]), day: Number(match[2]) } : undefined;
}

/**
 * The latest year a page mentions (2025 年) that is not in the future: a page
 * reports on the past and may announce targets for later years.
 * @example latestYear('2024 年…2025 年…2035 年', 2026) // 2025
 */
export function latestYear(text: string, thisYear = new Date().getFullYear()): number | undefined {
  const years = [...text.matchAll(/(?<!\d)((?:19|20)\d\d)\s*年/gu)].map((m) => Number(m[1])).filter((year) => year <= thisYear);
  return years.length ? Math.max(...years) : undefined;
}

/**
 * A `YYYY-MM-DD` date from a month and day printed without a year. With the
 * issue date known, a month after the issue's month is of the year before
 * (a January page reporting on 12 月 30 日).
 * @example calendarDay({ month: 4, day: 18 }, 2025) // '2025-04-18'
 * @example calendarDay({ month: 12, day: 30 }, 2025, '2025-01-03') // '2024-12-30'
 */
export function calendarDay(monthDay: { month: number; day: number }, year: number, issue?: string): string | undefined {
  const issueMonth = issue ? Number(issue.slice(5, 7)) : undefined;
  const y = issueMonth !== undefined && monthDay.month > issueMonth ? year - 1 : year;
  const date = `${y}-${pad(monthDay.month)}-${pad(monthDay.day)}`;
  return isCalendarDate(date) ? date : undefined;
}

/** Keywords of each topic, as they are printed. */
const TOPIC_WORDS: Record<TopicId, RegExp> = {
  air: /大气|空气|蓝天|扬尘|PM2\.5|臭氧|油烟|散煤|燃煤|VOCs|挥发性有机物|二氧化硫|氮氧化物|除尘|脱硝|超低排放|重型?载货车|柴油/gu,
  water: /水环境|水生态|水质|污水|黑臭水体|河道|湿地|入河排污口|水源|一泓清水|断面|再生水|饮用水/gu,
  soil: /土壤|地下水|建设用地|耕地/gu,
  waste: /危险废物|危废|固废|固体废物|尾矿库|无废|煤矸石|垃圾/gu,
  enforcement: /执法|督察|查处|违法|处罚|整改|监管/gu,
  rural: /农村|乡村|村庄|千万工程|村民/gu,
  ecology: /生态保护|生物多样性|候鸟|黑鹳|绿水青山|湿地公园|黄河/gu,
  carbon: /减污降碳|碳达峰|碳中和|低碳|降碳|节能减排|新能源/gu,
  training: /培训|普法|宣讲|授课/gu,
};

/**
 * Topics proposed for an article: those whose keywords occur at least twice,
 * most frequent first (at least the most frequent one).
 * @example proposeTopics('危险废物培训，危险废物培训会') // ['waste', 'training']
 */
export function proposeTopics(body: string): TopicId[] {
  const counts = (Object.keys(TOPIC_WORDS) as TopicId[])
    .map((topic) => [topic, body.match(TOPIC_WORDS[topic])?.length ?? 0] as const)
    .filter(([, count]) => count > 0)
    .sort((a, b) => b[1] - a[1]);
  const chosen = counts.filter(([, count]) => count >= 2).map(([topic]) => topic);
  if (chosen.length === 0 && counts[0]) chosen.push(counts[0][0]);
  return chosen;
}

/**
 * A title for an article the page prints without a headline: the first short
 * phrase of the body built around a quoted term (守护“阳泉蓝”), else its first
 * short clause. Always for an editor to review.
 * @example proposeTitle('空气质量关系群众。守护“阳泉蓝”，阳泉市没有等待。') // '守护“阳泉蓝”'
 */
export function proposeTitle(body: string): string {
  const clauses = body
    .split(/[，。；：！？、\n]/u)
    .map((clause) => clause.trim())
    .filter(Boolean);
  const quoted = clauses.find((clause) => clause.length <= 12 && /“[^“”]{2,}”/u.test(clause) && /^[^“”]*“[^“”]+”[^“”]*$/u.test(clause));
  const short = clauses.find((clause) => clause.length >= 4 && clause.length <= 16 && !opensWithDateline(clause));
  return quoted ?? short ?? [...body.replace(/\s+/gu, '')].slice(0, 12).join('');
}

/**
 * A headline printed over two lines, joined as one. A phrase broken across the
 * lines is joined with nothing; two phrases set one per line are joined with
 * a space. The body decides: a phrase broken across the lines usually occurs
 * in it whole (开展危险废物 / 法律法规专题培训). Without that evidence the
 * lines are taken as two phrases, and the title is marked for review.
 * @example joinHeadline(['开展危险废物', '法律法规专题培训'], '开展危险废物法律法规专题培训。') // { title: '开展危险废物法律法规专题培训', sure: true }
 * @example joinHeadline(['协同攻坚治污染', '共筑蓝天保生态'], '治理油烟。') // { title: '协同攻坚治污染 共筑蓝天保生态', sure: false }
 */
export function joinHeadline(lines: readonly string[], body: string): { title: string; sure: boolean } {
  if (lines.length < 2) return { title: lines[0] ?? '', sure: true };
  const [first, second] = lines as [string, string];
  const junction = [...first].slice(-2).join('') + [...second].slice(0, 2).join('');
  if (body.replace(/\s+/gu, '').includes(junction)) return { title: first + second, sure: true };
  return { title: `${first} ${second}`, sure: false };
}
