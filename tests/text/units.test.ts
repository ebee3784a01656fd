import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalUnit, isMeasure, isScaled, knownUnits, printedUnits, toCanonical } from '../../src/text/units.ts';

describe('canonical units', () => {
  it('normalises the units the archive prints', () => {
    expect(toCanonical(35, '毫克/立方米')).toEqual({ value: 35, unit: 'mg/m³' });
    expect(toCanonical(120.48, '万元')).toEqual({ value: 1_204_800, unit: 'yuan' });
    expect(toCanonical(462, '万元')).toEqual({ value: 4_620_000, unit: 'yuan' });
    expect(toCanonical(63, '万吨')).toEqual({ value: 630_000, unit: 't' });
    expect(toCanonical(150, '吨/天')).toEqual({ value: 150, unit: 't/d' });
    expect(toCanonical(6.5, '%')).toEqual({ value: 6.5, unit: '%' });
    expect(toCanonical(17.1, '公里')).toEqual({ value: 17.1, unit: 'km' });
    expect(toCanonical(4, '个月')).toEqual({ value: 4, unit: 'month' });
    expect(toCanonical(1.5, '亿元')).toEqual({ value: 150_000_000, unit: 'yuan' });
    expect(toCanonical(30, '亩')).toEqual({ value: 2, unit: 'ha' });
    expect(toCanonical(32, '万亩')).toEqual({ value: 21_333.3333333, unit: 'ha' });
    expect(toCanonical(12.5, '平方公里')).toEqual({ value: 12.5, unit: 'km²' });
    expect(toCanonical(320, '公顷')).toEqual({ value: 320, unit: 'ha' });
    expect(toCanonical(2.5, '亿吨')).toEqual({ value: 250_000_000, unit: 't' });
    expect(toCanonical(2.1, '个百分点')).toEqual({ value: 2.1, unit: 'pp' });
  });

  it('knows exactly the units the archive prints, each with its canonical unit, factor and quantity', () => {
    // The list as docs and editors know it: a unit added to or dropped from units.ts must be added or dropped here.
    const BASE: Record<string, [unit: string, factor: number, quantity: string]> = {
      '%': ['%', 1, 'ratio'],
      百分点: ['pp', 1, 'ratio'],
      个百分点: ['pp', 1, 'ratio'],
      '毫克/立方米': ['mg/m³', 1, 'concentration'],
      '微克/立方米': ['µg/m³', 1, 'concentration'],
      元: ['yuan', 1, 'money'],
      吨: ['t', 1, 'mass'],
      千克: ['kg', 1, 'mass'],
      公斤: ['kg', 1, 'mass'],
      克: ['g', 1, 'mass'],
      毫克: ['mg', 1, 'mass'],
      微克: ['µg', 1, 'mass'],
      '吨/天': ['t/d', 1, 'mass flow'],
      '吨/年': ['t/a', 1, 'mass flow'],
      公里: ['km', 1, 'length'],
      千米: ['km', 1, 'length'],
      米: ['m', 1, 'length'],
      平方米: ['m²', 1, 'area'],
      平方公里: ['km²', 1, 'area'],
      平方千米: ['km²', 1, 'area'],
      公顷: ['ha', 1, 'area'],
      亩: ['ha', 1 / 15, 'area'],
      秒: ['s', 1, 'duration'],
      分钟: ['min', 1, 'duration'],
      小时: ['h', 1, 'duration'],
      天: ['d', 1, 'duration'],
      周: ['week', 1, 'duration'],
      个月: ['month', 1, 'duration'],
      年: ['a', 1, 'duration'],
      立方米: ['m³', 1, 'volume'],
      千瓦: ['kW', 1, 'power'],
      兆瓦: ['kW', 1000, 'power'],
      分贝: ['dB', 1, 'sound level'],
    };
    const MEASURE_WORDS = [
      ...'个项场家台件辆条处座名户类口次位批起种人套所只幅栋间棵株层届轮遍',
      '人次',
      '份',
      '把',
      '艘',
      '头',
      '眼',
      '块',
      '吨次',
      '车次',
      '架次',
    ];
    for (const [printed, [unit, factor, quantity]] of Object.entries(BASE)) {
      expect(canonicalUnit(printed), printed).toEqual({ printed, unit, factor, quantity });
    }
    for (const word of MEASURE_WORDS) expect(canonicalUnit(word), word).toEqual({ printed: word, unit: 'count', factor: 1, quantity: 'count' });
    expect(knownUnits().sort()).toEqual([...Object.keys(BASE), ...MEASURE_WORDS].sort());
    // 万 and 亿 go with sums and counts only: money, mass and its flow, length, area, volume, power and counts.
    const scaled = Object.entries(BASE)
      .filter(([, [, , quantity]]) => ['money', 'mass', 'mass flow', 'length', 'area', 'volume', 'power'].includes(quantity))
      .map(([printed]) => printed)
      .concat(MEASURE_WORDS)
      .flatMap((printed) => [`万${printed}`, `亿${printed}`]);
    expect(printedUnits().sort()).toEqual([...knownUnits(), ...scaled].sort());
    expect(canonicalUnit('亿亩')).toEqual({ printed: '亿亩', unit: 'ha', factor: 100_000_000 / 15, quantity: 'area' });
    expect(canonicalUnit('万吨/天')).toEqual({ printed: '万吨/天', unit: 't/d', factor: 10_000, quantity: 'mass flow' });
    expect(canonicalUnit('万%')).toBeUndefined();
    expect(canonicalUnit('万分贝')).toBeUndefined();
  });

  it('reads a unit with the spaces OCR leaves around it, keeping it as printed', () => {
    expect(canonicalUnit(' 万元 ')).toEqual({ printed: ' 万元 ', unit: 'yuan', factor: 10_000, quantity: 'money' });
    expect(canonicalUnit(' 吨\n')).toEqual({ printed: ' 吨\n', unit: 't', factor: 1, quantity: 'mass' });
    expect(isScaled(' 万户 ')).toBe(true);
    expect(isScaled(' 户 ')).toBe(false);
    expect(canonicalUnit('')).toBeUndefined();
  });

  it('counts every measure word as a count, keeping what it is', () => {
    for (const word of ['家', '台', '个', '件', '辆', '处', '条', '座', '名', '户', '人', '项', '类', '口', '起']) {
      expect(canonicalUnit(word), word).toMatchObject({ printed: word, unit: 'count', quantity: 'count', factor: 1 });
    }
    expect(toCanonical(3.3, '万户')).toEqual({ value: 33_000, unit: 'count' });
  });

  it('refuses a unit it does not know, naming it', () => {
    expect(canonicalUnit('斤斤')).toBeUndefined();
    expect(canonicalUnit('万')).toBeUndefined();
    // A magnitude goes with sums and counts, never with a ratio, a concentration or a time.
    expect(canonicalUnit('万%')).toBeUndefined();
    expect(canonicalUnit('万毫克/立方米')).toBeUndefined();
    expect(canonicalUnit('万年')).toBeUndefined();
    expect(() => toCanonical(1, '斤斤')).toThrow(
      new Error(`unknown unit "斤斤"; known units: ${knownUnits().join(' ')} (money, mass, length, area and counts also with 万 or 亿 before them)`),
    );
    expect(() => toCanonical(1, '斤斤')).toThrow(/known units: % 百分点 个百分点 毫克\/立方米 /);
  });

  it('scales by powers of ten without binary rounding debris', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 3 }), (digits, decimals) => {
        const printed = digits / 10 ** decimals;
        const { value } = toCanonical(printed, '万元');
        expect(value).toBe(Number(`${digits}e${4 - decimals}`));
      }),
    );
  });

  it('knows every base unit it lists, and every printed form with a magnitude', () => {
    for (const unit of knownUnits()) expect(canonicalUnit(unit)?.printed).toBe(unit);
    for (const unit of printedUnits()) expect(canonicalUnit(unit), unit).toBeDefined();
    expect(printedUnits()).toEqual(expect.arrayContaining(['万户', '万亩', '亿吨', '万元', '平方公里']));
    const lengths = printedUnits().map((unit) => unit.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
  });

  it('tells a unit printed with a magnitude', () => {
    expect(['万户', '亿吨', '万元'].filter(isScaled)).toHaveLength(3);
    expect(['户', '吨', '%', '万%', '个百分点'].filter(isScaled)).toEqual([]);
  });

  it('tells measures from counts and times', () => {
    expect(['%', '毫克/立方米', '万元', '平方公里', '亩', '亿吨'].filter(isMeasure)).toHaveLength(6);
    expect(['家', '万户', '天', '个月', '斤斤'].filter(isMeasure)).toEqual([]);
  });
});
