import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { buildFixture, makeFixture } from '../../tools/build.ts';
import { AREA_BRIEF, briefPage } from '../importer/pages.ts';

const fixture = makeFixture();
afterAll(() => rmSync(fixture.root, { recursive: true, force: true }));

describe('figures of an imported page, end to end', () => {
  it('imports 平方公里, 公顷 and 亩, builds, and publishes them in canonical units', () => {
    const page = join(fixture.root, 'area.txt');
    writeFileSync(page, briefPage(AREA_BRIEF));
    const before = new Set(readdirSync(fixture.articles));
    const imported = spawnSync('npm', ['run', 'import', '--silent', '--', page, '--out', fixture.articles, '--date', '2025-04-24'], { encoding: 'utf8' });
    expect(imported.status, imported.stderr).toBe(0);
    const added = readdirSync(fixture.articles).filter((file) => !before.has(file));
    expect(added).toEqual(['taiyuan-2025-04-18-shidibaohu.md']);

    const built = buildFixture(fixture);
    expect(built.status, built.output).toBe(0);
    const { figures } = JSON.parse(readFileSync(join(fixture.out, 'data/metrics.json'), 'utf8')) as {
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
