import { describe, expect, it } from 'vitest';
import { asciiPinyin } from '../../src/text/pinyin.ts';
import { namePinyin } from '../../src/model/authors.ts';
import { headlinePinyin } from '../../src/model/slugs.ts';
import { parseColumnLabel } from '../../src/importer/segment.ts';

describe('asciiPinyin', () => {
  it('spells Chinese tone-less with ü as v, keeps Latin letters and digits, drops the rest', () => {
    expect(asciiPinyin('来虹')).toBe('laihong');
    expect(asciiPinyin('吕梁')).toBe('lvliang');
    expect(asciiPinyin('女')).toBe('nv');
    expect(asciiPinyin('PM2.5 浓度，“阳泉蓝”')).toBe('pm25nongduyangquanlan');
    expect(asciiPinyin('—— ，。')).toBe('');
  });

  it('is the one spelling of author ids, slugs and column labels', () => {
    expect(namePinyin('吕 梁')).toBe(asciiPinyin('吕梁'));
    expect(headlinePinyin('“绿水”青山 就是金山')).toBe(asciiPinyin('绿水青山'));
    expect(parseColumnLabel({ no: 1, text: '绿色发展 lvse fazhan' })?.label.text).toBe('绿色发展');
    expect(parseColumnLabel({ no: 1, text: '绿色发展 luse fazhan' })).toBeUndefined();
  });
});
