import { describe, expect } from 'vitest';
import { copyFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFixture } from '../../tools/build.ts';
import { openSearch } from '../../tools/search-page.ts';
import { test } from '../helpers/site-test.ts';

// The seed archive indexed in parts of three articles and a recent part of
// two, as a large archive is in parts of thousands (src/search/parts.ts);
// parts of two or fewer while Astro builds the site, the others after it.
const env = { ARCHIVE_INDEX_PART_SIZE: '3', ARCHIVE_RECENT_PART_SIZE: '2', ARCHIVE_BESIDE_SITE_SIZE: '2' };

describe('a search index in parts', () => {
  test(
    'is built in parts, searched as one, sorted by date across parts, and reused where unchanged',
    { timeout: 240_000 },
    async ({ archive, serve, page }) => {
      const first = await serve(archive, env);
      expect(first.output).toContain('indexed 7 article(s)');
      expect(first.output).toContain('(3 part(s), 0 reused)');
      // recent is indexed beside the site; the parts of three once Astro has rendered every page.
      const at = (pattern: RegExp) => first.output.search(pattern);
      expect(at(/part recent: 2 article\(s\) indexed in [\d.]+ s beside the site build/)).toBeGreaterThan(-1);
      expect(at(/part 1: 3 article\(s\) indexed in [\d.]+ s(?! beside)/)).toBeGreaterThan(at(/generating static routes/));
      // The newest two in recent, the five older in parts of three, oldest first.
      for (const id of ['1', '2', 'recent']) expect(existsSync(join(archive.out, `pagefind/${id}/pagefind-entry.json`))).toBe(true);

      expect((await openSearch(page, first.url, 'q=' + encodeURIComponent('生态环境局'))).slugs).toHaveLength(7);
      const byDate = (await openSearch(page, first.url, 'q=' + encodeURIComponent('生态环境局') + '&sort=date')).slugs;
      const dates = byDate.map((slug) => slug.match(/\d{4}-\d{2}-\d{2}/)![0]);
      expect(byDate).toHaveLength(7);
      expect(dates).toEqual([...dates].sort().reverse());
      await page.click('#search-filters summary');
      expect(await page.locator('#search-facets label', { hasText: '晋城' }).innerText()).toContain('(2)');

      // A newer article changes recent and, as the oldest of recent moves out,
      // the last older part; an article with an old date opens a part of its
      // month, and the parts of the months after it, and recent, stay as they were.
      const source = readdirSync(archive.articles).find((file) => file.startsWith('jinzhong'))!;
      const addArticle = (date: string, uid: string) => {
        const added = join(archive.articles, `jinzhong-${date}-xietonggongjian.md`);
        copyFileSync(join(archive.articles, source), added);
        // Written by hand: without source.lines, which would claim the printed lines of the article it copies.
        writeFileSync(
          added,
          readFileSync(added, 'utf8')
            .replace("date: '2025-04-22'", `date: '${date}'`)
            .replace('uid: kxdb-248f2a5c-7', `uid: ${uid}`)
            .replace(/^ {2}lines: .*\n/m, ''),
        );
      };
      addArticle('2025-04-23', 'kxdb-248f2a5c-8');
      const second = buildFixture(archive, env);
      expect(second.status, second.output).toBe(0);
      expect(second.output).toContain('(3 part(s), 1 reused)');
      addArticle('2024-11-05', 'kxdb-248f2a5c-9');
      const third = buildFixture(archive, env);
      expect(third.status, third.output).toBe(0);
      expect(third.output).toContain('(4 part(s), 3 reused)');
      expect(existsSync(join(archive.out, 'pagefind/3/pagefind-entry.json'))).toBe(true);
    },
  );
});
