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
    expect(() => toCanonical(1, '斤斤')).toThrow(/unknown unit "斤斤"/);
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
