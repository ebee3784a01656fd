import { describe, expect, it } from 'vitest';
import { CHARACTERS_PER_MINUTE, readingMinutes, readingUnits } from '../../src/view/reading.ts';
import { bodyText } from '../../src/text/markdown.ts';
import { loadArticles } from '../helpers/content.ts';

describe('reading time', () => {
  it('counts Han characters, and Latin words and numbers as one unit each', () => {
    expect(readingUnits('2024年PM2.5浓度')).toBe(5);
    expect(readingUnits('共查处环境违法案件 121 件；')).toBe(11);
    expect(readingUnits('，。“”')).toBe(0);
  });

  it('reads 400 characters a minute', () => {
    // Written out, not taken from the constant: a change of the speed must show here.
    expect(readingMinutes('字'.repeat(400))).toBe(1);
    expect(readingMinutes('字'.repeat(1200))).toBe(3);
    expect(readingMinutes('字'.repeat(1399))).toBe(3);
    expect(readingMinutes('字'.repeat(1400))).toBe(4);
    expect(readingMinutes('字'.repeat(4000))).toBe(10);
    expect(readingMinutes('PM2.5 '.repeat(2000))).toBe(5);
  });

  it('rounds to whole minutes, never less than one', () => {
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes('字'.repeat(CHARACTERS_PER_MINUTE * 3))).toBe(3);
    expect(readingMinutes('字'.repeat(CHARACTERS_PER_MINUTE * 3 + CHARACTERS_PER_MINUTE / 2 + 1))).toBe(4);
  });

  it('gives the longest seed article more minutes than the shortest', () => {
    const texts = loadArticles()
      .articles.map((a) => bodyText(a.body))
      .sort((a, b) => a.length - b.length);
    expect(readingMinutes(texts.at(-1)!)).toBeGreaterThan(readingMinutes(texts[0]!));
  });
});
