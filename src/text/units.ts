/**
 * Canonical units. A figure keeps its unit as printed (万元, 毫克/立方米, 家)
 * and gains a canonical one beside it, so figures from different articles can
 * be compared and summed: 120.48 万元 is 1,204,800 yuan, 63 万吨 is 630,000 t.
 *
 * A printed unit is an optional magnitude (万 = 10⁴, 亿 = 10⁸) before a base
 * unit. Measure words (家, 台, 件, 个 …) all become `count`: a count of
 * enterprises and a count of boilers share the unit but not the meaning, which
 * the label keeps.
 */

/** What a unit measures; the open-data schema lists the same values. */
export const QUANTITIES = [
  'ratio',
  'concentration',
  'money',
  'mass',
  'mass flow',
  'length',
  'area',
  'volume',
  'power',
  'sound level',
  'duration',
  'count',
] as const;

export type Quantity = (typeof QUANTITIES)[number];

interface BaseUnit {
  unit: string;
  factor: number;
  quantity: Quantity;
}

/**
 * Every base unit the archive knows, as printed. This is the one list: the
 * importer proposes figures only in these units (with a magnitude where one
 * is printed), and the build refuses any other.
 */
const BASE_UNITS: Record<string, BaseUnit> = {
  '%': { unit: '%', factor: 1, quantity: 'ratio' },
  // A change of a percentage (提高 2.1 个百分点) is in percentage points, not per cent.
  百分点: { unit: 'pp', factor: 1, quantity: 'ratio' },
  个百分点: { unit: 'pp', factor: 1, quantity: 'ratio' },
  '毫克/立方米': { unit: 'mg/m³', factor: 1, quantity: 'concentration' },
  '微克/立方米': { unit: 'µg/m³', factor: 1, quantity: 'concentration' },
  元: { unit: 'yuan', factor: 1, quantity: 'money' },
  吨: { unit: 't', factor: 1, quantity: 'mass' },
  千克: { unit: 'kg', factor: 1, quantity: 'mass' },
  公斤: { unit: 'kg', factor: 1, quantity: 'mass' },
  克: { unit: 'g', factor: 1, quantity: 'mass' },
  毫克: { unit: 'mg', factor: 1, quantity: 'mass' },
  微克: { unit: 'µg', factor: 1, quantity: 'mass' },
  '吨/天': { unit: 't/d', factor: 1, quantity: 'mass flow' },
  '吨/年': { unit: 't/a', factor: 1, quantity: 'mass flow' },
  公里: { unit: 'km', factor: 1, quantity: 'length' },
  千米: { unit: 'km', factor: 1, quantity: 'length' },
  米: { unit: 'm', factor: 1, quantity: 'length' },
  平方米: { unit: 'm²', factor: 1, quantity: 'area' },
  平方公里: { unit: 'km²', factor: 1, quantity: 'area' },
  平方千米: { unit: 'km²', factor: 1, quantity: 'area' },
  公顷: { unit: 'ha', factor: 1, quantity: 'area' },
  // 1 亩 = 1/15 公顷 exactly, by definition of the market unit.
  亩: { unit: 'ha', factor: 1 / 15, quantity: 'area' },
  立方米: { unit: 'm³', factor: 1, quantity: 'volume' },
  千瓦: { unit: 'kW', factor: 1, quantity: 'power' },
  兆瓦: { unit: 'kW', factor: 1000, quantity: 'power' },
  分贝: { unit: 'dB', factor: 1, quantity: 'sound level' },
  秒: { unit: 's', factor: 1, quantity: 'duration' },
  分钟: { unit: 'min', factor: 1, quantity: 'duration' },
  小时: { unit: 'h', factor: 1, quantity: 'duration' },
  天: { unit: 'd', factor: 1, quantity: 'duration' },
  周: { unit: 'week', factor: 1, quantity: 'duration' },
  个月: { unit: 'month', factor: 1, quantity: 'duration' },
  年: { unit: 'a', factor: 1, quantity: 'duration' },
};

/** Measure words: what they count differs, the canonical unit is the same. */
const MEASURE_WORDS = [
  ...['个', '项', '场', '家', '台', '件', '辆', '条', '处', '座', '名', '户', '类', '口', '次', '位', '批', '起', '种', '人', '套', '所'],
  ...['只', '幅', '栋', '间', '棵', '株', '层', '届', '轮', '遍'],
  // 人次 counts visits: 15 万人次 is 150,000 visits, not 150,000 people.
  ...['人次', '份', '把', '艘', '头', '眼', '块', '吨次', '车次', '架次'],
];
for (const word of MEASURE_WORDS) BASE_UNITS[word] = { unit: 'count', factor: 1, quantity: 'count' };

const MAGNITUDES: Record<string, number> = { 万: 10_000, 亿: 100_000_000 };
/** Quantities printed with a magnitude before the unit: 120.48 万元, 2.5 亿吨, 32 万亩, 3.2 万户. */
const SCALED_QUANTITIES: ReadonlySet<Quantity> = new Set(['money', 'mass', 'mass flow', 'length', 'area', 'volume', 'power', 'count']);

export interface CanonicalUnit extends BaseUnit {
  /** The printed unit it was read from. */
  printed: string;
}

/**
 * The canonical unit of a printed one, or undefined when the archive does not know it.
 * @example canonicalUnit('万元') // { printed: '万元', unit: 'yuan', factor: 10000, quantity: 'money' }
 * @example canonicalUnit('毫克/立方米')?.unit // 'mg/m³'
 * @example canonicalUnit('家')?.unit // 'count'
 */
export function canonicalUnit(printed: string): CanonicalUnit | undefined {
  const unit = printed.trim();
  const base = BASE_UNITS[unit];
  if (base) return { printed, ...base };
  const magnitude = MAGNITUDES[unit.slice(0, 1)];
  const rest = BASE_UNITS[unit.slice(1)];
  if (magnitude && rest && SCALED_QUANTITIES.has(rest.quantity)) return { printed, ...rest, factor: magnitude * rest.factor };
  return undefined;
}

/**
 * A printed value in canonical units. Exact for the decimal figures printed:
 * the product is rounded to 12 significant digits so 120.48 万元 is
 * 1204800, not 1204800.0000000002.
 * @example toCanonical(120.48, '万元') // { value: 1204800, unit: 'yuan' }
 * @example toCanonical(35, '毫克/立方米') // { value: 35, unit: 'mg/m³' }
 */
export function toCanonical(value: number, printed: string): { value: number; unit: string } {
  const canonical = canonicalUnit(printed);
  if (!canonical)
    throw new Error(`unknown unit "${printed}"; known units: ${knownUnits().join(' ')} (money, mass, length, area and counts also with 万 or 亿 before them)`);
  return { value: Number((value * canonical.factor).toPrecision(12)), unit: canonical.unit };
}

/**
 * The printed units the archive knows, without magnitudes.
 * @example knownUnits().includes('平方公里') // true
 */
export function knownUnits(): string[] {
  return Object.keys(BASE_UNITS);
}

/**
 * Every printed unit the archive knows, with its magnitude forms (万元, 亿吨),
 * longest first, so a pattern built from them reads 平方公里 before 公里.
 * @example printedUnits().indexOf('平方公里') < printedUnits().indexOf('公里') // true
 */
export function printedUnits(): string[] {
  const scaled = Object.entries(BASE_UNITS).flatMap(([unit, base]) =>
    SCALED_QUANTITIES.has(base.quantity) ? Object.keys(MAGNITUDES).map((m) => m + unit) : [],
  );
  return [...knownUnits(), ...scaled].sort((a, b) => b.length - a.length);
}

/**
 * Whether a printed unit carries a magnitude: 万户, 亿吨.
 * @example isScaled('万户') // true
 * @example isScaled('户') // false
 */
export function isScaled(printed: string): boolean {
  const canonical = canonicalUnit(printed);
  return canonical !== undefined && !(printed.trim() in BASE_UNITS);
}

/**
 * Whether a printed unit measures a quantity rather than counting things or
 * time: 35 毫克/立方米 and 120.48 万元 are measured, 121 件 and 11 天 are not.
 * @example isMeasure('万元') // true
 * @example isMeasure('家') // false
 */
export function isMeasure(printed: string): boolean {
  const quantity = canonicalUnit(printed)?.quantity;
  return quantity !== undefined && quantity !== 'count' && quantity !== 'duration';
}
