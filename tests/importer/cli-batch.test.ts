import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkArchive } from '../../src/checks/content-check.ts';
import type { BatchReport } from '../../src/importer/report.ts';
import { formatProblem } from '../../src/model/problem.ts';
import { mulberry32 } from '../../tools/random.ts';
import { ARTICLES_DIR, SEED_PAGE, SOURCES_DIR } from '../helpers/content.ts';
import { CURATED, layOutPage } from './pages.ts';

const root = mkdtempSync(join(tmpdir(), 'import-batch-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const CLI = resolve('src/importer/cli.ts');
const bySlug = (...slugs: string[]) => CURATED.filter((article) => slugs.includes(article.slug));

function runImport(archive: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, ARCHIVE_CONTENT_DIR: archive } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const entriesOf = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
  );

describe('importing many pages in one command', () => {
  // The archive: a copy of content/articles and its pages, imported into.
  const archive = join(root, 'content', 'articles');
  cpSync(ARTICLES_DIR, archive, { recursive: true });
  cpSync(SOURCES_DIR, join(root, 'content', 'sources'), { recursive: true });
  const before = entriesOf(archive);
  const pages = join(root, 'pages');
  mkdirSync(join(root, 'photos'), { recursive: true });
  writeFileSync(join(root, 'photos', 'p1.png'), 'not a page');
  mkdirSync(pages);
  // Differently laid-out pages: narrow columns with indents, wide columns with blank lines, one article alone.
  writeFileSync(
    join(pages, '01-narrow.txt'),
    layOutPage(bySlug('yangquan-2025-04-22-shouhuyangquan', 'xinzhou-2025-04-21-jubanweixian', 'jincheng-2025-04-22-houzhishengtai'), {
      width: 18,
      indent: 'fullwidth-spaces',
    }),
  );
  const blank = mulberry32(3);
  writeFileSync(
    join(pages, '02-wide.txt'),
    layOutPage(bySlug('jincheng-2025-04-22-tuijinlvse', 'lvliang-2025-04-22-qiangshijianti', 'jinzhong-2025-04-22-xietonggongjian'), {
      width: 30,
      indent: 'shortened',
      blankLines: () => Math.floor(blank() * 3),
    }),
  );
  // Reprints an archived article: same dateline, headline and text.
  writeFileSync(join(pages, '03-reprint.txt'), layOutPage(bySlug('changzhi-2025-04-18-kaizhanweixian'), { width: 24, indent: 'shortened' }));
  // A good page whose manifest row has a date that does not exist.
  cpSync(SEED_PAGE, join(pages, '04-misdated.txt'));
  writeFileSync(join(pages, '05-empty.txt'), '');
  writeFileSync(join(pages, '06-undecodable.txt'), new Uint8Array([...new TextEncoder().encode('科学导报讯\n第二行\n'), 0xff, 0xfe, 0xff]));
  const manifest = join(root, 'pages.csv');
  writeFileSync(
    manifest,
    [
      'file,date,page,page name,issue number',
      'pages/01-narrow.txt,2025-05-08,3,生态环境,1401',
      'pages/02-wide.txt,2025-05-15,3,生态环境,1402',
      'pages/03-reprint.txt,2025-05-22,4,,1403',
      ',2025-05-29,3,,1404',
      'pages/04-misdated.txt,2025-02-30,3,,1405',
    ].join('\n'),
  );
  const report = join(root, 'report.json');
  const run = runImport(archive, pages, join(root, 'photos'), join(root, 'missing.txt'), '--manifest', manifest, '--out', archive, '--report', report);

  it('lists each bad input on one line naming the file and row, and exits non-zero', () => {
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n').filter(Boolean).sort()).toEqual(
      [
        `${join(root, 'photos')}: the folder holds no .txt page`,
        `${manifest}:5 file: the row names no page file`,
        `${manifest}:6 date: "2025-02-30" is not a real date written YYYY-MM-DD (page ${join(pages, '04-misdated.txt')} not imported)`,
        `${join(pages, '05-empty.txt')}: the file is empty`,
        `${join(pages, '06-undecodable.txt')}:3: undecodable bytes: the text is neither UTF-8 nor GB18030`,
        `${join(root, 'missing.txt')}: no such file`,
      ].sort(),
    );
  });

  it('imports the other pages whole, with their issue metadata, and the build-time check accepts the archive', () => {
    const added = Object.keys(entriesOf(archive)).filter((name) => !(name in before));
    expect(added).toHaveLength(7);
    expect(Object.fromEntries(Object.keys(before).map((name) => [name, readFileSync(join(archive, name), 'utf8')]))).toEqual(before);
    expect(checkArchive(archive).problems.map(formatProblem)).toEqual([]);
    const wide = checkArchive(archive).articles.filter((article) => article.data.source.file === '02-wide.txt');
    expect(wide.map((article) => article.data.source.page)).toEqual([3, 3, 3]);
    expect(wide.some((article) => article.data.date === '2025-05-15' && article.data.dateSource === 'issue')).toBe(true);
  });

  it('prints one line per page, then the summary table and the totals', () => {
    const lines = run.stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      `[1/7] ${join(pages, '01-narrow.txt')}: 3 article(s): 3 written`,
      `[2/7] ${join(pages, '02-wide.txt')}: 3 article(s): 3 written`,
      `[3/7] ${join(pages, '03-reprint.txt')}: 1 article(s): 1 written`,
    ]);
    expect(lines[3]).toMatch(/^page\s+headline\s+city\s+county\s+date\s+authors\s+characters\s+review\s+file$/);
    expect(run.stdout).toMatch(
      /^3 of 7 page\(s\) imported, 7 article\(s\)\. Characters: \d+ on the pages = \d+ in bodies \+ \d+ in fields \+ \d+ unassigned\.$/m,
    );
    expect(run.stdout).toMatch(/note: .*03-reprint\.txt:\d+ body: reprints .*changzhi-2025-04-18-kaizhanweixian\.md \(the same printed text\)/);
    expect(run.stdout).toContain('6 problem(s), each on its line of stderr (4 page(s) failed, nothing written for them).');
    expect(run.stdout).toContain(`Entries in ${archive}: 7 written, 0 unchanged, 0 kept, 0 replaced.`);
  });

  it('writes the report: everything the summary shows, per page and per article', () => {
    const data = JSON.parse(readFileSync(report, 'utf8')) as BatchReport;
    expect(data.totals).toMatchObject({ pages: 7, imported: 3, failed: 4, articles: 7, outcomes: { written: 7, unchanged: 0, kept: 0, replaced: 0 } });
    expect(data.problems).toHaveLength(2);
    const [narrow, , , misdated] = data.pages;
    expect(narrow).toMatchObject({ status: 'imported', date: '2025-05-08', page: 3, pageName: '生态环境', issue: 1401 });
    expect(narrow!.articles.map((article) => article.title).sort()).toEqual(
      ['举办危险废物规范化管理和尾矿库监管培训会', '厚植生态优势 擦亮发展底色', '守护“阳泉蓝”'].sort(),
    );
    expect(narrow!.characters.total).toBe(narrow!.characters.inBodies + narrow!.characters.inFields + narrow!.characters.unassigned);
    expect(misdated).toMatchObject({ status: 'failed', issue: 1405, articles: [] });
    expect(misdated!.error).toContain('is not a real date');
    const totals = data.pages.reduce((sum, page) => sum + page.characters.total, 0);
    expect(data.totals.characters.total).toBe(totals);
    for (const article of data.pages.flatMap((page) => page.articles)) expect(readFileSync(article.file, 'utf8')).toContain(`uid: ${article.uid}`);
  });

  it('changes nothing when the batch is run again, and says the pages are already archived', () => {
    const after = entriesOf(archive);
    const again = runImport(archive, pages, '--manifest', manifest, '--out', archive);
    expect(again.stdout).toContain(`Entries in ${archive}: 0 written, 7 unchanged, 0 kept, 0 replaced.`);
    expect(entriesOf(archive)).toEqual(after);
  });

  it('refuses --page for many pages, and a manifest it cannot read, before importing anything', () => {
    const nowhere = join(archive, 'nowhere');
    const many = runImport(archive, pages, '--page', '3', '--out', nowhere);
    expect([many.status, many.stderr]).toEqual([
      2,
      'import: --page and --page-name give one page its number and name; give many pages theirs in a manifest (--manifest)\n',
    ]);
    writeFileSync(join(root, 'bad.csv'), 'file;date\n');
    const bad = runImport(archive, pages, '--manifest', join(root, 'bad.csv'), '--out', nowhere);
    expect([bad.status, bad.stdout]).toEqual([2, '']);
    expect(bad.stderr).toBe(`${join(root, 'bad.csv')}:1 manifest: unknown column "file;date"; the header names file, date, page, page name, issue number\n`);
  });
});
