import { describe, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bodyText } from '../../src/text/markdown.ts';
import { checkEntry } from '../../src/model/entry.ts';
import { test } from '../helpers/site-test.ts';
import { HOSTILE, hostilePage } from '../importer/pages.ts';

describe('hostile printed text, end to end', () => {
  test('is imported, built and shown in Chromium as printed, and runs nothing', async ({ archive, importPage, serve, page, dialogs }) => {
    const imported = importPage('hostile.txt', hostilePage(), '2025-04-22');
    expect(imported.status, imported.stderr).toBe(0);
    const [name] = imported.added;
    const source = readFileSync(join(archive.articles, name!), 'utf8');
    const { article } = checkEntry(name!, source);
    const printed = bodyText(article!.body);
    for (const line of HOSTILE) expect(printed).toContain(line);

    const { url } = await serve(archive);
    await page.goto(`${url}articles/${article!.slug}/`);
    const body = page.locator('.article-body');
    expect(await body.locator('> *').evaluateAll((nodes) => [...new Set(nodes.map((n) => n.tagName))])).toEqual(['P']);
    expect(await body.locator('script, a, b, i, img, ol, ul, blockquote, table, hr, h1, code, em, strong').count()).toBe(0);
    expect((await body.locator('> p').allTextContents()).join('\n')).toBe(printed);
    await page.click('body');
    expect(dialogs).toEqual([]);
  });
});
