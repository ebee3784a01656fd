import { describe, expect } from 'vitest';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFixture } from '../../tools/build.ts';
import { test } from '../helpers/site-test.ts';

describe('the build', () => {
  test('refuses content that fails the content check (a unit src/text/units.ts does not know too), with the same one-line messages, writing nothing', ({
    archive,
  }) => {
    const file = join(archive.articles, 'lvliang-2025-04-22-qiangshijianti.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('county: 岚县', 'county: 泽州县').replace('city: lvliang', 'city: lvliang\ncolour: green'));
    const figures = join(archive.articles, 'jincheng-2025-04-22-tuijinlvse.md');
    const source = readFileSync(figures, 'utf8');
    expect(source).toMatch(/^ {4}unit: 万元$/m);
    writeFileSync(figures, source.replace(/^ {4}unit: 万元$/m, '    unit: 万卷'));
    const { status, output } = buildFixture(archive);
    expect(status).not.toBe(0);
    expect(output).toMatch(/lvliang-2025-04-22-qiangshijianti\.md:\d+ colour: unknown field/);
    expect(output).toMatch(/lvliang-2025-04-22-qiangshijianti\.md:\d+ county: county "泽州县" is not in 吕梁市 \(lvliang\)/);
    expect(output).toMatch(
      /jincheng-2025-04-22-tuijinlvse\.md:\d+ metrics\[\d+\]\.unit: unknown unit "万卷"; add it to src\/text\/units\.ts if it is a real unit/,
    );
    expect(existsSync(archive.out)).toBe(false);
  });

  test('refuses a page file changed after import, naming it, and builds nothing from it', ({ archive }) => {
    const source = join(archive.root, 'sources', '000_248f2a5ceed2de10.txt');
    writeFileSync(source, readFileSync(source, 'utf8').replace('蔚蓝天空', '湛蓝天空'));
    const { status, output } = buildFixture(archive);
    expect(status).not.toBe(0);
    expect(output).toMatch(/sources\/000_248f2a5ceed2de10\.yaml:3 sha256: \S*sources\/000_248f2a5ceed2de10\.txt has changed since it was imported/);
    expect(existsSync(archive.out)).toBe(false);
  });

  test('keeps a renamed article at its old URL through the recorded redirect', async ({ archive, serve, page }) => {
    const [from, to] = ['lvliang-2025-04-22-qiangshijianti', 'lvliang-2025-04-22-lanxian-diaoyan'];
    renameSync(join(archive.articles, `${from}.md`), join(archive.articles, `${to}.md`));
    writeFileSync(join(archive.root, 'redirects.yaml'), `${from}: ${to}\n`);
    const { url } = await serve(archive);
    await page.goto(`${url}articles/${from}/`);
    await page.waitForURL(`${url}articles/${to}/`);
    expect(await page.locator('h1').innerText()).toBe('抢时间提节奏 确保项目早建成早达效');
  });
});
