/**
 * The gazetteer of Shanxi province (山西省): its 11 prefecture-level cities and
 * their 117 county-level divisions (districts 区, county-level cities 市 and
 * counties 县), as the administrative map stands since the 2019–2021 reforms
 * (e.g. 长治 潞州区/上党区/屯留区/潞城区, 大同 平城区/云冈区/云州区, 晋中 太谷区).
 *
 * Both the site (schema checks, city pages, the map) and the importer (finding
 * the place an article is about) read this one table, so a place is spelled the
 * same everywhere.
 */

export const CITY_IDS = ['taiyuan', 'datong', 'shuozhou', 'xinzhou', 'yangquan', 'lvliang', 'jinzhong', 'changzhi', 'jincheng', 'linfen', 'yuncheng'] as const;

export type CityId = (typeof CITY_IDS)[number];

export type CountyKind = 'district' | 'city' | 'county';

export interface County {
  /** Full Chinese name as used officially, e.g. `泽州县`. */
  name: string;
  /** Name without the generic suffix, as often printed: `泽州`. Absent when the bare form would be ambiguous (城区, 矿区, 郊区). */
  short?: string;
  /** Hanyu pinyin of the full name, lower case, ü written `v`: `zezhouxian`. */
  pinyin: string;
  kind: CountyKind;
}

export interface City {
  id: CityId;
  /** Chinese name without 市, as printed in running text: `阳泉`. */
  name: string;
  /** Official name: `阳泉市`. */
  fullName: string;
  /** Hanyu pinyin with tone marks, for display: `Yángquán`. */
  pinyinDisplay: string;
  /** Latitude and longitude of the city's seat (WGS 84), for the schematic map. */
  seat: { lat: number; lon: number };
  counties: readonly County[];
}

/** Builds a county record; the short form drops the one-character suffix. */
function county(name: string, pinyin: string, kind: CountyKind): County {
  const suffix = name.at(-1);
  const bare = name.slice(0, -1);
  // 城区/矿区/郊区 reduce to one ambiguous character; 县 names of one character
  // plus 县 (应县, 古县, 吉县 …) would reduce to a character that occurs everywhere.
  const short = bare.length >= 2 && (suffix === '区' || suffix === '市' || suffix === '县') ? bare : undefined;
  return short ? { name, short, pinyin, kind } : { name, pinyin, kind };
}

const d = (name: string, pinyin: string) => county(name, pinyin, 'district');
const c = (name: string, pinyin: string) => county(name, pinyin, 'city');
const x = (name: string, pinyin: string) => county(name, pinyin, 'county');

export const CITIES: readonly City[] = [
  {
    id: 'taiyuan',
    name: '太原',
    fullName: '太原市',
    pinyinDisplay: 'Tàiyuán',
    seat: { lat: 37.87, lon: 112.55 },
    counties: [
      d('小店区', 'xiaodianqu'),
      d('迎泽区', 'yingzequ'),
      d('杏花岭区', 'xinghualingqu'),
      d('尖草坪区', 'jiancaopingqu'),
      d('万柏林区', 'wanbailinqu'),
      d('晋源区', 'jinyuanqu'),
      c('古交市', 'gujiaoshi'),
      x('清徐县', 'qingxuxian'),
      x('阳曲县', 'yangquxian'),
      x('娄烦县', 'loufanxian'),
    ],
  },
  {
    id: 'datong',
    name: '大同',
    fullName: '大同市',
    pinyinDisplay: 'Dàtóng',
    seat: { lat: 40.08, lon: 113.3 },
    counties: [
      d('平城区', 'pingchengqu'),
      d('云冈区', 'yungangqu'),
      d('新荣区', 'xinrongqu'),
      d('云州区', 'yunzhouqu'),
      x('阳高县', 'yanggaoxian'),
      x('天镇县', 'tianzhenxian'),
      x('广灵县', 'guanglingxian'),
      x('灵丘县', 'lingqiuxian'),
      x('浑源县', 'hunyuanxian'),
      x('左云县', 'zuoyunxian'),
    ],
  },
  {
    id: 'shuozhou',
    name: '朔州',
    fullName: '朔州市',
    pinyinDisplay: 'Shuòzhōu',
    seat: { lat: 39.33, lon: 112.43 },
    counties: [
      d('朔城区', 'shuochengqu'),
      d('平鲁区', 'pingluqu'),
      c('怀仁市', 'huairenshi'),
      x('山阴县', 'shanyinxian'),
      x('应县', 'yingxian'),
      x('右玉县', 'youyuxian'),
    ],
  },
  {
    id: 'xinzhou',
    name: '忻州',
    fullName: '忻州市',
    pinyinDisplay: 'Xīnzhōu',
    seat: { lat: 38.42, lon: 112.73 },
    counties: [
      d('忻府区', 'xinfuqu'),
      c('原平市', 'yuanpingshi'),
      x('定襄县', 'dingxiangxian'),
      x('五台县', 'wutaixian'),
      x('代县', 'daixian'),
      x('繁峙县', 'fanshixian'),
      x('宁武县', 'ningwuxian'),
      x('静乐县', 'jinglexian'),
      x('神池县', 'shenchixian'),
      x('五寨县', 'wuzhaixian'),
      x('岢岚县', 'kelanxian'),
      x('河曲县', 'hequxian'),
      x('保德县', 'baodexian'),
      x('偏关县', 'pianguanxian'),
    ],
  },
  {
    id: 'yangquan',
    name: '阳泉',
    fullName: '阳泉市',
    pinyinDisplay: 'Yángquán',
    seat: { lat: 37.86, lon: 113.58 },
    counties: [d('城区', 'chengqu'), d('矿区', 'kuangqu'), d('郊区', 'jiaoqu'), x('平定县', 'pingdingxian'), x('盂县', 'yuxian')],
  },
  {
    id: 'lvliang',
    name: '吕梁',
    fullName: '吕梁市',
    pinyinDisplay: 'Lǚliáng',
    seat: { lat: 37.52, lon: 111.14 },
    counties: [
      d('离石区', 'lishiqu'),
      c('孝义市', 'xiaoyishi'),
      c('汾阳市', 'fenyangshi'),
      x('文水县', 'wenshuixian'),
      x('交城县', 'jiaochengxian'),
      x('兴县', 'xingxian'),
      x('临县', 'linxian'),
      x('柳林县', 'liulinxian'),
      x('石楼县', 'shilouxian'),
      x('岚县', 'lanxian'),
      x('方山县', 'fangshanxian'),
      x('中阳县', 'zhongyangxian'),
      x('交口县', 'jiaokouxian'),
    ],
  },
  {
    id: 'jinzhong',
    name: '晋中',
    fullName: '晋中市',
    pinyinDisplay: 'Jìnzhōng',
    seat: { lat: 37.69, lon: 112.75 },
    counties: [
      d('榆次区', 'yuciqu'),
      d('太谷区', 'taiguqu'),
      c('介休市', 'jiexiushi'),
      x('榆社县', 'yushexian'),
      x('左权县', 'zuoquanxian'),
      x('和顺县', 'heshunxian'),
      x('昔阳县', 'xiyangxian'),
      x('寿阳县', 'shouyangxian'),
      x('祁县', 'qixian'),
      x('平遥县', 'pingyaoxian'),
      x('灵石县', 'lingshixian'),
    ],
  },
  {
    id: 'changzhi',
    name: '长治',
    fullName: '长治市',
    pinyinDisplay: 'Chángzhì',
    seat: { lat: 36.2, lon: 113.12 },
    counties: [
      d('潞州区', 'luzhouqu'),
      d('上党区', 'shangdangqu'),
      d('屯留区', 'tunliuqu'),
      d('潞城区', 'luchengqu'),
      x('襄垣县', 'xiangyuanxian'),
      x('平顺县', 'pingshunxian'),
      x('黎城县', 'lichengxian'),
      x('壶关县', 'huguanxian'),
      x('长子县', 'zhangzixian'),
      x('武乡县', 'wuxiangxian'),
      x('沁县', 'qinxian'),
      x('沁源县', 'qinyuanxian'),
    ],
  },
  {
    id: 'jincheng',
    name: '晋城',
    fullName: '晋城市',
    pinyinDisplay: 'Jìnchéng',
    seat: { lat: 35.49, lon: 112.85 },
    counties: [
      d('城区', 'chengqu'),
      c('高平市', 'gaopingshi'),
      x('泽州县', 'zezhouxian'),
      x('沁水县', 'qinshuixian'),
      x('阳城县', 'yangchengxian'),
      x('陵川县', 'lingchuanxian'),
    ],
  },
  {
    id: 'linfen',
    name: '临汾',
    fullName: '临汾市',
    pinyinDisplay: 'Línfén',
    seat: { lat: 36.09, lon: 111.52 },
    counties: [
      d('尧都区', 'yaoduqu'),
      c('侯马市', 'houmashi'),
      c('霍州市', 'huozhoushi'),
      x('曲沃县', 'quwoxian'),
      x('翼城县', 'yichengxian'),
      x('襄汾县', 'xiangfenxian'),
      x('洪洞县', 'hongtongxian'),
      x('古县', 'guxian'),
      x('安泽县', 'anzexian'),
      x('浮山县', 'fushanxian'),
      x('吉县', 'jixian'),
      x('乡宁县', 'xiangningxian'),
      x('大宁县', 'daningxian'),
      x('隰县', 'xixian'),
      x('永和县', 'yonghexian'),
      x('蒲县', 'puxian'),
      x('汾西县', 'fenxixian'),
    ],
  },
  {
    id: 'yuncheng',
    name: '运城',
    fullName: '运城市',
    pinyinDisplay: 'Yùnchéng',
    seat: { lat: 35.03, lon: 111.01 },
    counties: [
      d('盐湖区', 'yanhuqu'),
      c('永济市', 'yongjishi'),
      c('河津市', 'hejinshi'),
      x('临猗县', 'linyixian'),
      x('万荣县', 'wanrongxian'),
      x('闻喜县', 'wenxixian'),
      x('稷山县', 'jishanxian'),
      x('新绛县', 'xinjiangxian'),
      x('绛县', 'jiangxian'),
      x('垣曲县', 'yuanquxian'),
      x('夏县', 'xiaxian'),
      x('平陆县', 'pingluxian'),
      x('芮城县', 'ruichengxian'),
    ],
  },
];

const citiesById = new Map<string, City>(CITIES.map((city) => [city.id, city]));

/** Whether a string is one of the 11 city ids. */
export function isCityId(id: string): id is CityId {
  return citiesById.has(id);
}

/**
 * The city with this id.
 * @example getCity('jincheng').name // '晋城'
 */
export function getCity(id: CityId): City {
  const city = citiesById.get(id);
  if (!city) throw new Error(`Unknown city id: ${id}`);
  return city;
}

/**
 * The county-level division of `city` with this full name, if it belongs there.
 * @example findCounty('jincheng', '泽州县')?.pinyin // 'zezhouxian'
 */
export function findCounty(city: CityId, name: string): County | undefined {
  return getCity(city).counties.find((county) => county.name === name);
}

/**
 * How a place is spelled in running text: a city's official name (`阳泉市`) or
 * its bare one (`阳泉`), a county-level division's full name (`泽州县`) or its
 * short form (`泽州`), or a district whose own name is an ordinary word with
 * its city before it (`阳泉市城区`).
 */
export type SpellingForm = 'city' | 'cityShort' | 'county' | 'countyShort' | 'cityDistrict';

export interface PlaceSpelling {
  /** The name as it is printed. */
  name: string;
  city: CityId;
  /** Full name of the county-level division, absent for the city itself. */
  county?: string;
  form: SpellingForm;
}

/**
 * Every spelling of a Shanxi place, longest first, so that a pattern built
 * from them reads 泽州县 before 泽州 and 阳泉市城区 before 阳泉市. 城区, 矿区 and
 * 郊区 are common words, so they are spelled only with their city before them.
 * @example placeSpellings().find((p) => p.name === '泽州')?.county // '泽州县'
 * @example placeSpellings().some((p) => p.name === '城区') // false
 */
export function placeSpellings(): PlaceSpelling[] {
  const spellings: PlaceSpelling[] = [];
  for (const city of CITIES) {
    spellings.push({ name: city.fullName, city: city.id, form: 'city' }, { name: city.name, city: city.id, form: 'cityShort' });
    for (const { name, short } of city.counties) {
      const ordinaryWord = !short && name.length === 2 && name.endsWith('区');
      if (ordinaryWord) {
        for (const prefix of [city.fullName, city.name]) spellings.push({ name: prefix + name, city: city.id, county: name, form: 'cityDistrict' });
        continue;
      }
      spellings.push({ name, city: city.id, county: name, form: 'county' });
      if (short) spellings.push({ name: short, city: city.id, county: name, form: 'countyShort' });
    }
  }
  return spellings.sort((a, b) => b.name.length - a.name.length);
}

/**
 * Where an article is filed when it is about no single city: `shanxi`, the
 * whole province (全省), or `unknown`, a city no editor has yet determined
 * (城市未定). An entry's `city` is one of the 11 city ids or one of these.
 */
export const PROVINCE_ID = 'shanxi';
export const UNKNOWN_CITY_ID = 'unknown';
export const AREA_IDS = [...CITY_IDS, PROVINCE_ID, UNKNOWN_CITY_ID] as const;

export type AreaId = (typeof AREA_IDS)[number];

/** What the site files articles under: a city, the whole province, or a city not yet known. */
export interface Area {
  id: AreaId;
  kind: 'city' | 'province' | 'unknown';
  /** As lists print it: `晋城`, `全省`, `城市未定`. */
  name: string;
  /** As a heading or a place name prints it: `晋城市`, `山西省`, `城市未定`. */
  fullName: string;
  /** Hanyu pinyin with tone marks, for display; empty when there is no place to name. */
  pinyinDisplay: string;
  /** The name and the pinyin a search finds its articles by (`晋城` and `jincheng`, `全省` and `shanxi`); none for an unknown city. */
  searchName?: string;
  pinyin?: string;
  /** Its county-level divisions; none outside a city. */
  counties: readonly County[];
  /** Its seat on the map; none outside a city. */
  seat?: City['seat'];
}

const OTHER_AREAS: readonly Area[] = [
  { id: PROVINCE_ID, kind: 'province', name: '全省', fullName: '山西省', pinyinDisplay: 'Shānxī', searchName: '全省', pinyin: PROVINCE_ID, counties: [] },
  { id: UNKNOWN_CITY_ID, kind: 'unknown', name: '城市未定', fullName: '城市未定', pinyinDisplay: '', counties: [] },
];

/** Every area, in the order lists show them: the 11 cities in gazetteer order, then 全省, then 城市未定. */
export const AREAS: readonly Area[] = [...CITIES.map((city): Area => ({ ...city, kind: 'city', searchName: city.name, pinyin: city.id })), ...OTHER_AREAS];

const areasById = new Map<string, Area>(AREAS.map((area) => [area.id, area]));

/**
 * The area with this id.
 * @example getArea('jincheng').fullName // '晋城市'
 * @example getArea('shanxi').name // '全省'
 */
export function getArea(id: AreaId): Area {
  const area = areasById.get(id);
  if (!area) throw new Error(`Unknown area id: ${id}`);
  return area;
}
