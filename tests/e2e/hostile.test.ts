import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { bodyText } from '../../src/text/markdown.ts';
import { checkEntry } from '../../src/model/entry.ts';
import { buildFixture, makeFixture } from '../../tools/build.ts';
import { serveStatic } from '../../tools/static-server.ts';
import { launchBrowser } from '../../tools/browser.ts';
import { HOSTILE, hostilePage } from '../importer/pages.ts';

const fixture = makeFixture();
afterAll(() => rmSync(fixture.root, { recursive: true, force: true }));

describe('hostile printed text, end to end', () => {
  it('is imported, built and shown in Chromium as printed, and runs nothing', async () => {
    const page = join(fixture.root, 'hostile.txt');
    writeFileSync(page, hostilePage());
    const before = new Set(readdirSync(fixture.articles));
    const imported = spawnSync('npm', ['run', 'import', '--silent', '--', page, '--out', fixture.articles, '--date', '2025-04-22'], { encoding: 'utf8' });
    expect(imported.status, imported.stderr).toBe(0);
    const [name] = readdirSync(fixture.articles).filter((file) => !before.has(file));
    const source = readFileSync(join(fixture.articles, name!), 'utf8');
    const { article } = checkEntry(name!, source);
    const printed = bodyText(article!.body);
    for (const line of HOSTILE) expect(printed).toContain(line);

    const built = buildFixture(fixture);
    expect(built.status, built.output).toBe(0);
    const server = await serveStatic(fixture.out);
    const browser = await launchBrowser();
    try {
      const tab = await browser.newPage();
      const dialogs: string[] = [];
      tab.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await tab.goto(`${server.url}articles/${article!.slug}/`);
      const body = tab.locator('.article-body');
      expect(await body.locator('> *').evaluateAll((nodes) => [...new Set(nodes.map((n) => n.tagName))])).toEqual(['P']);
      expect(await body.locator('script, a, b, i, img, ol, ul, blockquote, table, hr, h1, code, em, strong').count()).toBe(0);
      expect((await body.locator('> p').allTextContents()).join('\n')).toBe(printed);
      await tab.click('body');
      expect(dialogs).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
