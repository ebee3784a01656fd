import { describe, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFixture } from '../../tools/build.ts';
import { test } from '../helpers/site-test.ts';
import { AREA_BRIEF, briefPage } from '../importer/pages.ts';

describe('figures of an imported page, end to end', () => {
  test('imports 平方公里, 公顷 and 亩, builds, and publishes them in canonical units', ({ archive, importPage }) => {
    const imported = importPage('area.txt', briefPage(AREA_BRIEF), '2025-04-24');
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.added).toEqual(['taiyuan-2025-04-18-shidibaohu.md']);

    const built = buildFixture(archive);
    expect(built.status, built.output).toBe(0);
    const { figures } = JSON.parse(readFileSync(join(archive.out, 'data/metrics.json'), 'utf8')) as {
      figures: { articleUrl: string; value: number; unit: string; canonicalValue: number; canonicalUnit: string; quantity: string }[];
    };
    const fromPage = figures.filter((figure) => figure.articleUrl.includes('/articles/taiyuan-2025-04-18-shidibaohu/'));
    expect(fromPage.map(({ value, unit, canonicalValue, canonicalUnit, quantity }) => [value, unit, canonicalValue, canonicalUnit, quantity])).toEqual([
      [12.5, '平方公里', 12.5, 'km²', 'area'],
      [320, '公顷', 320, 'ha', 'area'],
      [1.5, '万亩', 1000, 'ha', 'area'],
    ]);
  });
});
