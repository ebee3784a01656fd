import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { checkArchive } from '../../src/checks/content-check.ts';
import { formatProblem } from '../../src/model/problem.ts';
import { writeFiles } from '../../src/archive/write-files.ts';
import { SEED_PAGE } from '../helpers/content.ts';

const CLI = resolve('src/importer/cli.ts');
const SEED = '000_248f2a5ceed2de10';

/** Runs the import into its own archive: the articles folder `--out` names, or holds (`<root>/articles/<folder>`). */
function runImport(...args: string[]) {
  const out = args[args.indexOf('--out') + 1];
  const articles = out?.replace(/(\/articles)\/.*$/u, '$1');
  const env = { ...process.env, ...(args.includes('--out') && articles ? { ARCHIVE_CONTENT_DIR: articles } : {}) };
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A fresh archive folder: `<root>/articles` for the entries, `<root>/sources` beside it. */
function archive() {
  const root = mkdtempSync(join(tmpdir(), 'register-'));
  return { root, articles: join(root, 'articles'), sources: join(root, 'sources') };
}

/** A copy of the seed page somewhere outside any archive. */
function seedCopy(name = `${SEED}.txt`): string {
  const dir = mkdtempSync(join(tmpdir(), 'register-page-'));
  writeFileSync(join(dir, name), readFileSync(SEED_PAGE));
  return join(dir, name);
}

/** Every file under a folder with its bytes, to compare before and after. */
const tree = (dir: string) =>
  existsSync(dir)
    ? Object.fromEntries(
        readdirSync(dir, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => join(entry.parentPath, entry.name))
          .sort()
          .map((path) => [path, readFileSync(path).toString('base64')]),
      )
    : {};

describe('importing registers the page', () => {
  it('copies the page file unchanged into sources/ beside the articles and writes its page entry: one import gives an archive that passes the check', () => {
    const { root, articles, sources } = archive();
    const run = runImport(seedCopy(), '--out', articles);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readdirSync(sources).sort()).toEqual([`${SEED}.txt`, `${SEED}.yaml`]);
    expect(readFileSync(join(sources, `${SEED}.txt`)).equals(readFileSync(SEED_PAGE))).toBe(true);
    expect(readFileSync(join(sources, `${SEED}.yaml`), 'utf8')).toBe(readFileSync(SEED_PAGE.replace(/\.txt$/, '.yaml'), 'utf8'));
    expect(run.stdout).toContain(`note: page file ${join(sources, `${SEED}.txt`)} (written), page entry ${join(sources, `${SEED}.yaml`)} (written)`);
    const { problems, articles: checked } = checkArchive(articles, root);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(checked).toHaveLength(7);
    for (const article of checked) expect(article.data.source.lines?.length).toBeGreaterThan(0);
  });

  it('records the issue date, issue number, page number and name from the command line', () => {
    const { articles, sources } = archive();
    const run = runImport(seedCopy(), '--out', articles, '--date', '2025-04-24', '--page', '3', '--issue-number', '3021', '--page-name', '生态环境');
    expect(run.status, run.stderr).toBe(0);
    const entry = parse(readFileSync(join(sources, `${SEED}.yaml`), 'utf8')) as Record<string, unknown>;
    expect([entry.date, entry.issueNumber, entry.page, entry.pageName]).toEqual(['2025-04-24', 3021, 3, '生态环境']);
  });

  for (const folder of ['2025', 'reprints']) {
    it(`files entries in a sub-folder (${folder}/) and the page in the archive's one sources folder, and the archive checks clean`, () => {
      const { root, articles, sources } = archive();
      const run = runImport(seedCopy(), '--out', join(articles, folder), '--date', '2025-04-24');
      expect(run.status, run.stderr).toBe(0);
      expect(readdirSync(sources).sort()).toEqual([`${SEED}.txt`, `${SEED}.yaml`]);
      expect(readdirSync(join(articles, folder)).filter((name) => name.endsWith('.md'))).toHaveLength(7);
      expect(checkArchive(articles, root).problems.map(formatProblem)).toEqual([]);
    });
  }

  it('changes nothing when the same page is imported again', () => {
    const { root, articles } = archive();
    const page = seedCopy();
    expect(runImport(page, '--out', articles).status).toBe(0);
    const before = tree(root);
    const again = runImport(page, '--out', articles);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('(unchanged), page entry');
    expect(tree(root)).toEqual(before);
  });

  it('writes nothing at all when another page of the same name is registered', () => {
    const { root, articles, sources } = archive();
    mkdirSync(sources, { recursive: true });
    writeFileSync(join(sources, `${SEED}.txt`), '另一版的文字\n');
    const before = tree(root);
    const run = runImport(seedCopy(), '--out', articles);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toMatch(
      new RegExp(`sources/${SEED}\\.txt \\(another page of the same name\\) already exists with other content; pass --force to replace it$`),
    );
    expect(tree(root)).toEqual(before);
    expect(existsSync(articles)).toBe(false);
  });

  it('writes nothing when the page entry would change, unless --force', () => {
    const { root, articles, sources } = archive();
    const page = seedCopy();
    expect(runImport(page, '--out', articles).status).toBe(0);
    const before = tree(root);
    const dated = runImport(page, '--out', articles, '--date', '2025-04-24');
    expect(dated.status).toBe(2);
    expect(dated.stderr).toContain('already exists with other content');
    expect(tree(root)).toEqual(before);
    expect(runImport(page, '--out', articles, '--date', '2025-04-24', '--force').status).toBe(0);
    expect(readFileSync(join(sources, `${SEED}.yaml`), 'utf8')).toContain("date: '2025-04-24'");
  });

  it('refuses a file name that cannot be an address, writing nothing', () => {
    const { root, articles } = archive();
    const run = runImport(seedCopy('第3版 page.txt'), '--out', articles);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toMatch(/file: the file name "第3版 page\.txt" cannot name a page/);
    expect(tree(root)).toEqual({});
  });

  it('refuses a bad issue number or page name in one line', () => {
    expect(runImport(SEED_PAGE, '--issue-number', 'x').stderr.trim()).toMatch(/issueNumber: --issue-number "x" is not a number from 1$/);
    expect(runImport(SEED_PAGE, '--page-name', ' ').stderr.trim()).toMatch(/pageName: --page-name is empty$/);
  });
});

describe('writing files all or nothing', () => {
  it('leaves no file and no temporary behind when one of them cannot be written', () => {
    const { root } = archive();
    mkdirSync(root, { recursive: true });
    writeFileSync(join(root, 'blocker'), 'a file where a folder must go');
    expect(() =>
      writeFiles(
        [
          { path: join(root, 'a', 'one.md'), content: '一' },
          { path: join(root, 'blocker', 'two.md'), content: '二' },
        ],
        false,
      ),
    ).toThrow();
    expect(
      readdirSync(root, { recursive: true, encoding: 'utf8' })
        .filter((name) => name !== 'a')
        .sort(),
    ).toEqual(['blocker']);
    expect(existsSync(join(root, 'a', 'one.md'))).toBe(false);
  });

  it('puts back the files it replaced when a later one cannot be moved into place', () => {
    const { root } = archive();
    mkdirSync(join(root, 'a'), { recursive: true });
    writeFileSync(join(root, 'a', 'one.md'), 'old one');
    writeFileSync(join(root, 'a', 'two.md'), 'old two');
    // A folder in the way of the second file's backup: the first file is already in place when the second fails.
    mkdirSync(join(root, 'a', `.two.md.${process.pid}.bak`, 'inside'), { recursive: true });
    expect(() =>
      writeFiles(
        [
          { path: join(root, 'a', 'one.md'), content: 'new one' },
          { path: join(root, 'a', 'two.md'), content: 'new two' },
        ],
        true,
      ),
    ).toThrow();
    expect(readFileSync(join(root, 'a', 'one.md'), 'utf8')).toBe('old one');
    expect(readFileSync(join(root, 'a', 'two.md'), 'utf8')).toBe('old two');
    expect(readdirSync(join(root, 'a')).sort()).toEqual([`.two.md.${process.pid}.bak`, 'one.md', 'two.md']);
  });
});
