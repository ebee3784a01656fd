import { afterAll, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFixture, makeFixture } from '../../tools/build.ts';
import { serveStatic } from '../../tools/static-server.ts';
import { launchBrowser } from '../../tools/browser.ts';
import { searchResults } from '../../tools/search-results.ts';

// The seed archive indexed in parts of three articles and a recent part of
// two, as a large archive is in parts of thousands (src/search/parts.ts).
const fixture = makeFixture();
const env = { ARCHIVE_INDEX_PART_SIZE: '3', ARCHIVE_RECENT_PART_SIZE: '2', ARCHIVE_CACHE_DIR: join(fixture.root, 'cache') };
afterAll(() => rmSync(fixture.root, { recursive: true, force: true }));

describe('a search index in parts', () => {
  it('is built in parts, searched as one, sorted by date across parts, and reused where unchanged', async () => {
    const first = buildFixture(fixture, env);
    expect(first.status, first.output).toBe(0);
    expect(first.output).toContain('indexed 7 article(s)');
    expect(first.output).toContain('(3 part(s), 0 reused)');
    // The newest two in recent, the five older in parts of three, oldest first.
    for (const id of ['1', '2', 'recent']) expect(existsSync(join(fixture.out, `pagefind/${id}/pagefind-entry.json`))).toBe(true);

    const server = await serveStatic(fixture.out);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const slugs = async (query: string) => {
        await page.goto(`${server.url}search/?${query}`);
        return (await searchResults(page)).slugs;
      };
      expect((await slugs('q=' + encodeURIComponent('生态环境局'))).length).toBe(7);
      const byDate = await slugs('q=' + encodeURIComponent('生态环境局') + '&sort=date');
      const dates = byDate.map((slug) => slug.match(/\d{4}-\d{2}-\d{2}/)![0]);
      expect(byDate).toHaveLength(7);
      expect(dates).toEqual([...dates].sort().reverse());
      await page.click('#search-filters summary');
      expect(await page.locator('#search-facets label', { hasText: '晋城' }).innerText()).toContain('(2)');
    } finally {
      await browser.close();
      await server.close();
    }

    // A newer article changes recent and, as the oldest of recent moves out,
    // the last older part; an article with an old date shifts the older parts.
    const source = readdirSync(fixture.articles).find((file) => file.startsWith('jinzhong'))!;
    const addArticle = (date: string, uid: string) => {
      const added = join(fixture.articles, `jinzhong-${date}-xietonggongjian.md`);
      copyFileSync(join(fixture.articles, source), added);
      writeFileSync(added, readFileSync(added, 'utf8').replace("date: '2025-04-22'", `date: '${date}'`).replace('uid: kxdb-248f2a5c-7', `uid: ${uid}`));
    };
    addArticle('2025-04-23', 'kxdb-248f2a5c-8');
    const second = buildFixture(fixture, env);
    expect(second.status, second.output).toBe(0);
    expect(second.output).toContain('(3 part(s), 1 reused)');
    addArticle('2024-11-05', 'kxdb-248f2a5c-9');
    const third = buildFixture(fixture, env);
    expect(third.status, third.output).toBe(0);
    expect(third.output).toContain('(4 part(s), 1 reused)');
    expect(existsSync(join(fixture.out, 'pagefind/3/pagefind-entry.json'))).toBe(true);
  });
});
