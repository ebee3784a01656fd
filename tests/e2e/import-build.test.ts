import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkArchive } from '../../src/checks/content-check.ts';
import { formatProblem } from '../../src/model/problem.ts';
import { buildFixture, makeFixture } from '../../tools/build.ts';
import { CURATED, layOutPage } from '../importer/pages.ts';

const fixture = makeFixture();
afterAll(() => rmSync(fixture.root, { recursive: true, force: true }));

const REPRINTED = 'changzhi-2025-04-18-kaizhanweixian';

/** The import command run on the fixture's archive, as an editor would with ARCHIVE_CONTENT_DIR set. */
function runImport(...args: string[]) {
  const run = spawnSync(process.execPath, [resolve('src/importer/cli.ts'), ...args, '--out', fixture.articles], {
    encoding: 'utf8',
    env: { ...process.env, ARCHIVE_CONTENT_DIR: fixture.articles },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('importing several differently laid-out pages, one reprinting an archived article', () => {
  const pages = join(fixture.root, 'pages');
  mkdirSync(pages);
  const bySlug = (...slugs: string[]) => CURATED.filter((article) => slugs.includes(article.slug));
  // A later page printing the Changzhi brief again (same dateline, headline and text) beside the Jinzhong one.
  writeFileSync(join(pages, '1-reprint.txt'), layOutPage(bySlug(REPRINTED, 'jinzhong-2025-04-22-xietonggongjian'), { width: 24, indent: 'shortened' }));
  writeFileSync(
    join(pages, '2-narrow.txt'),
    layOutPage(bySlug('yangquan-2025-04-22-shouhuyangquan', 'jincheng-2025-04-22-houzhishengtai'), { width: 16, indent: 'fullwidth-spaces' }),
  );
  writeFileSync(
    join(pages, '3-wide.txt'),
    layOutPage(bySlug('xinzhou-2025-04-21-jubanweixian', 'lvliang-2025-04-22-qiangshijianti'), { width: 34, indent: 'shortened', blankLines: () => 2 }),
  );
  const manifest = join(fixture.root, 'pages.csv');
  writeFileSync(manifest, 'file,date,page\npages/1-reprint.txt,2025-05-08,3\npages/2-narrow.txt,2025-05-15,3\npages/3-wide.txt,2025-05-22,3\n');
  const before = new Set(readdirSync(fixture.articles));

  it('imports them in one command, the reprint under a distinct slug, and the build accepts the archive', () => {
    const run = runImport(pages, '--manifest', manifest);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const added = readdirSync(fixture.articles).filter((name) => !before.has(name));
    expect(added).toHaveLength(6);
    const reprint = added.find((name) => name.startsWith(REPRINTED))!;
    expect(reprint).toMatch(new RegExp(`^${REPRINTED}-[0-9a-f]{8}-\\d\\.md$`));
    expect(run.stdout).toContain(`slug: "${REPRINTED}" is taken by ${join(fixture.articles, `${REPRINTED}.md`)}; written as ${reprint.replace(/\.md$/, '')}`);
    expect(run.stdout).toContain(`body: reprints ${join(fixture.articles, `${REPRINTED}.md`)} (the same printed text)`);
    expect(checkArchive(fixture.articles).problems.map(formatProblem)).toEqual([]);

    const build = buildFixture(fixture);
    expect(build.status, build.output).toBe(0);
    for (const name of added) expect(existsSync(join(fixture.out, 'articles', name.replace(/\.md$/, ''), 'index.html')), name).toBe(true);
    const html = readFileSync(join(fixture.out, 'articles', reprint.replace(/\.md$/, ''), 'index.html'), 'utf8');
    expect(html).toContain('开展危险废物法律法规专题培训');
    expect(existsSync(join(fixture.out, 'articles', REPRINTED, 'index.html'))).toBe(true);
  });

  it('recognises the same pages imported again and changes nothing', () => {
    const files = readdirSync(fixture.articles).map((name) => [name, readFileSync(join(fixture.articles, name), 'utf8')]);
    const run = runImport(pages, '--manifest', manifest);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('0 written, 6 unchanged, 0 kept, 0 replaced');
    expect(readdirSync(fixture.articles).map((name) => [name, readFileSync(join(fixture.articles, name), 'utf8')])).toEqual(files);
  });
});
