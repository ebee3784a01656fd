import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFixture, makeFixture, type Fixture } from '../../tools/build.ts';
import { serveStatic } from '../../tools/static-server.ts';
import { launchBrowser } from '../../tools/browser.ts';

let fixture: Fixture;
afterEach(() => rmSync(fixture.root, { recursive: true, force: true }));

describe('the build', () => {
  it('refuses content that fails the content check, with the same one-line messages, writing nothing', () => {
    fixture = makeFixture();
    const file = join(fixture.articles, 'lvliang-2025-04-22-qiangshijianti.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('county: 岚县', 'county: 泽州县').replace('city: lvliang', 'city: lvliang\ncolour: green'));
    const { status, output } = buildFixture(fixture);
    expect(status).not.toBe(0);
    expect(output).toMatch(/lvliang-2025-04-22-qiangshijianti\.md:\d+ colour: unknown field/);
    expect(output).toMatch(/lvliang-2025-04-22-qiangshijianti\.md:\d+ county: county "泽州县" is not in 吕梁市 \(lvliang\)/);
    expect(existsSync(fixture.out)).toBe(false);
  });

  it('refuses a page file changed after import, naming it, and builds nothing from it', () => {
    fixture = makeFixture();
    const page = join(fixture.root, 'sources', '000_248f2a5ceed2de10.txt');
    writeFileSync(page, readFileSync(page, 'utf8').replace('蔚蓝天空', '湛蓝天空'));
    const { status, output } = buildFixture(fixture);
    expect(status).not.toBe(0);
    expect(output).toMatch(/sources\/000_248f2a5ceed2de10\.yaml:3 sha256: \S*sources\/000_248f2a5ceed2de10\.txt has changed since it was imported/);
    expect(existsSync(fixture.out)).toBe(false);
  });

  it('keeps a renamed article at its old URL through the recorded redirect', async () => {
    fixture = makeFixture();
    const [from, to] = ['lvliang-2025-04-22-qiangshijianti', 'lvliang-2025-04-22-lanxian-diaoyan'];
    renameSync(join(fixture.articles, `${from}.md`), join(fixture.articles, `${to}.md`));
    writeFileSync(join(fixture.root, 'redirects.yaml'), `${from}: ${to}\n`);
    const { status, output } = buildFixture(fixture);
    expect(status, output).toBe(0);
    const server = await serveStatic(fixture.out);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}articles/${from}/`);
      await page.waitForURL(`${server.url}articles/${to}/`);
      expect(await page.locator('h1').innerText()).toBe('抢时间提节奏 确保项目早建成早达效');
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
