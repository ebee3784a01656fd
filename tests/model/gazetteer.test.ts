import { describe, expect, it } from 'vitest';
import { asciiPinyin } from '../../src/text/pinyin.ts';
import { CITIES, CITY_IDS, findCounty, getCity, isCityId, placeSpellings } from '../../src/model/gazetteer.ts';

describe('gazetteer', () => {
  it('lists the 11 prefecture-level cities of Shanxi in the order of their ids', () => {
    expect(CITIES.map((city) => city.id)).toEqual([...CITY_IDS]);
    expect(CITY_IDS).toHaveLength(11);
  });

  it('lists 117 county-level divisions, unique within each city', () => {
    expect(CITIES.reduce((sum, city) => sum + city.counties.length, 0)).toBe(117);
    for (const city of CITIES) {
      const names = city.counties.map((county) => county.name);
      expect(new Set(names).size, city.id).toBe(names.length);
    }
  });

  it('spells each county pinyin as its characters read (checked against pinyin-pro, as the archive spells it)', () => {
    // Place names keep local readings a general dictionary does not guess:
    // 长子 Zhǎngzǐ, 万柏林 Wànbǎilín, 繁峙 Fánshì, 尧都 Yáodū, 洪洞 Hóngtóng.
    const irregular = new Set(['长子县', '万柏林区', '繁峙县', '尧都区', '洪洞县']);
    for (const city of CITIES) {
      for (const county of city.counties) {
        if (irregular.has(county.name)) continue;
        expect(county.pinyin, county.name).toBe(asciiPinyin(county.name));
      }
    }
  });

  it('ends every county name with its kind', () => {
    const suffix = { district: '区', city: '市', county: '县' } as const;
    for (const city of CITIES) for (const county of city.counties) expect(county.name.endsWith(suffix[county.kind]), county.name).toBe(true);
  });

  it('finds a county only in its own city', () => {
    expect(findCounty('jincheng', '泽州县')?.pinyin).toBe('zezhouxian');
    expect(findCounty('jinzhong', '泽州县')).toBeUndefined();
    expect(findCounty('yangquan', '城区')?.kind).toBe('district');
    expect(findCounty('jincheng', '城区')?.kind).toBe('district');
  });

  it('knows its city ids and nothing else', () => {
    expect(isCityId('lvliang')).toBe(true);
    expect(isCityId('lüliang')).toBe(false);
    expect(getCity('lvliang').name).toBe('吕梁');
    expect(() => getCity('beijing' as never)).toThrow(/Unknown city/);
  });

  it('spells every place one way per name, longest first, and 城区 only with its city', () => {
    const spellings = placeSpellings();
    expect(new Set(spellings.map((p) => p.name)).size).toBe(spellings.length);
    const lengths = spellings.map((p) => p.name.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
    for (const city of CITIES) {
      for (const county of city.counties)
        expect(
          spellings.some((p) => p.city === city.id && p.county === county.name),
          county.name,
        ).toBe(true);
    }
    expect(
      spellings
        .filter((p) => p.county === '城区')
        .map((p) => p.name)
        .sort(),
    ).toEqual(['晋城城区', '晋城市城区', '阳泉城区', '阳泉市城区']);
    expect(spellings.find((p) => p.name === '泽州')).toEqual({ name: '泽州', city: 'jincheng', county: '泽州县', form: 'countyShort' });
    expect(spellings.some((p) => ['城区', '矿区', '郊区'].includes(p.name))).toBe(false);
  });
});
