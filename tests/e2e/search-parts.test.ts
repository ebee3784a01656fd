import { describe, expect } from 'vitest';
import { copyFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFixture } from '../../tools/build.ts';
import { openSearch } from '../../tools/search-page.ts';
import { test } from '../helpers/site-test.ts';

// The seed archive indexed in parts of three articles, as a large archive is
// in parts of thousands (src/search/parts.ts).
const env = { ARCHIVE_INDEX_PART_SIZE: '3' };

describe('a search index in parts', () => {
  test('is built in parts, searched as one, sorted by date across parts, and reused where unchanged', { timeout: 240_000 }, async ({ archive, serve, page }) => {
    const first = await serve(archive, env);
    expect(first.output).toContain('indexed 7 article(s)');
    expect(first.output).toContain('(3 part(s), 0 reused)');
    // All seven are of 2025: one year cut into parts of three, oldest first.
    for (const id of ['2025.1', '2025.2', '2025.3']) expect(existsSync(join(archive.out, `pagefind/${id}/pagefind-entry.json`))).toBe(true);

    expect((await openSearch(page, first.url, 'q=' + encodeURIComponent('生态环境局'))).slugs).toHaveLength(7);
    const byDate = (await openSearch(page, first.url, 'q=' + encodeURIComponent('生态环境局') + '&sort=date')).slugs;
    const dates = byDate.map((slug) => slug.match(/\d{4}-\d{2}-\d{2}/)![0]);
    expect(byDate).toHaveLength(7);
    expect(dates).toEqual([...dates].sort().reverse());
    await page.click('#search-filters summary');
    expect(await page.locator('#search-facets label', { hasText: '晋城' }).innerText()).toContain('(2)');

    // One more article changes only its own part: a newer one the newest part
    // of its year, an article of another year only that year's part.
    const source = readdirSync(archive.articles).find((file) => file.startsWith('jinzhong'))!;
    const addArticle = (date: string, uid: string) => {
      const added = join(archive.articles, `jinzhong-${date}-xietonggongjian.md`);
      copyFileSync(join(archive.articles, source), added);
      // Written by hand: without source.lines, which would claim the printed lines of the article it copies.
      writeFileSync(added, readFileSync(added, 'utf8').replace("date: '2025-04-22'", `date: '${date}'`).replace('uid: kxdb-248f2a5c-7', `uid: ${uid}`).replace(/^ {2}lines: .*\n/m, ''));
    };
    addArticle('2025-04-23', 'kxdb-248f2a5c-8');
    const second = buildFixture(archive, env);
    expect(second.status, second.output).toBe(0);
    expect(second.output).toContain('(3 part(s), 2 reused)');
    addArticle('2024-11-05', 'kxdb-248f2a5c-9');
    const third = buildFixture(archive, env);
    expect(third.status, third.output).toBe(0);
    expect(third.output).toContain('(4 part(s), 3 reused)');
    expect(existsSync(join(archive.out, 'pagefind/2024/pagefind-entry.json'))).toBe(true);
  });
});
