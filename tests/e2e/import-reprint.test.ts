import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

describe('importing a page that reprints an archived article', () => {
  // A later page printing the Changzhi brief again (same dateline, headline and text) beside the Xinzhou one.
  const page = join(fixture.root, 'reprint.txt');
  const articles = CURATED.filter((article) => [REPRINTED, 'jinzhong-2025-04-22-xietonggongjian'].includes(article.slug));
  writeFileSync(page, layOutPage(articles, { width: 24, indent: 'shortened' }));
  const before = new Set(readdirSync(fixture.articles));

  it('writes it under a distinct slug, says so, and the build accepts the archive', () => {
    const run = runImport(page, '--date', '2025-05-08');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const added = readdirSync(fixture.articles).filter((name) => !before.has(name));
    expect(added).toHaveLength(2);
    const reprint = added.find((name) => name.startsWith(REPRINTED))!;
    expect(reprint).toMatch(new RegExp(`^${REPRINTED}-[0-9a-f]{8}-1\\.md$`));
    expect(run.stdout).toContain(`slug: "${REPRINTED}" is taken by ${join(fixture.articles, `${REPRINTED}.md`)}; written as ${reprint.replace(/\.md$/, '')}`);
    expect(run.stdout).toContain(`body: reprints ${join(fixture.articles, `${REPRINTED}.md`)} (the same printed text)`);
    expect(checkArchive(fixture.articles).problems.map(formatProblem)).toEqual([]);

    const build = buildFixture(fixture);
    expect(build.status, build.output).toBe(0);
    const html = readFileSync(join(fixture.out, 'articles', reprint.replace(/\.md$/, ''), 'index.html'), 'utf8');
    expect(html).toContain('开展危险废物法律法规专题培训');
    expect(existsSync(join(fixture.out, 'articles', REPRINTED, 'index.html'))).toBe(true);
  });

  it('recognises the same page imported again and changes nothing', () => {
    const files = readdirSync(fixture.articles).map((name) => [name, readFileSync(join(fixture.articles, name), 'utf8')]);
    const run = runImport(page, '--date', '2025-05-08');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('0 written, 2 unchanged, 0 kept, 0 replaced');
    expect(readdirSync(fixture.articles).map((name) => [name, readFileSync(join(fixture.articles, name), 'utf8')])).toEqual(files);
  });
});
