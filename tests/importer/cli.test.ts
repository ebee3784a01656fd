import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdtempSync, openSync, readFileSync, readdirSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkArticles } from '../../src/checks/content-check.ts';
import { formatProblem } from '../../src/model/problem.ts';
import { ARTICLES_DIR, SEED_PAGE } from '../helpers/content.ts';
import { MAX_PAGE_BYTES } from '../../src/page/decode.ts';

const CLI = resolve('src/importer/cli.ts');

const temp = (name: string) => mkdtempSync(join(tmpdir(), `import-${name}-`));

/**
 * Runs the import command as an editor would, with the archive's Node. The
 * configured archive is the `--out` folder unless `archive` names one: the
 * seed page's articles are in the seed archive already.
 */
function runImportWith(archive: string | undefined, ...args: string[]) {
  const out = args.includes('--out') ? args[args.indexOf('--out') + 1] : undefined;
  const env = { ...process.env, ARCHIVE_CONTENT_DIR: archive ?? out ?? join(temp('archive'), 'articles') };
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
const runImport = (...args: string[]) => runImportWith(undefined, ...args);

function fileWith(name: string, content: Uint8Array | string): string {
  const path = join(temp('page'), name);
  writeFileSync(path, content);
  return path;
}

const snapshot = (dir: string) =>
  existsSync(dir)
    ? Object.fromEntries(
        readdirSync(dir)
          .sort()
          .map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
      )
    : {};

describe('npm run import', () => {
  it('writes seven entries that the content check accepts, and reports them', () => {
    const out = join(temp('out'), 'articles');
    const run = runImport(SEED_PAGE, '--out', out);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const { problems, articles } = checkArticles(out);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(articles).toHaveLength(7);
    expect(run.stdout).toMatch(
      /^\[1\/1\] .*000_248f2a5ceed2de10\.txt: 7 article\(s\): 7 written\nheadline\s+city\s+county\s+date\s+authors\s+characters\s+review/,
    );
    expect(run.stdout).toContain('厚植生态优势 擦亮发展底色');
    expect(run.stdout).toMatch(/Characters: 6928 on the page = \d+ in bodies \+ \d+ in fields \+ 18 unassigned\./);
    expect(readdirSync(out).filter((name) => !name.endsWith('.md'))).toEqual([]);
  });

  it('gives byte-identical files when run twice, and leaves identical entries alone', () => {
    const first = join(temp('first'), 'articles');
    const second = join(temp('second'), 'articles');
    expect(runImport(SEED_PAGE, '--out', first).status).toBe(0);
    expect(runImport(SEED_PAGE, '--out', second, '--force').status).toBe(0);
    expect(snapshot(second)).toEqual(snapshot(first));
    const again = runImport(SEED_PAGE, '--out', first);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('(unchanged)');
  });

  it('recognises a page imported again and keeps an edited entry; only --force replaces it', () => {
    const out = join(temp('edited'), 'articles');
    expect(runImport(SEED_PAGE, '--out', out).status).toBe(0);
    const name = 'changzhi-2025-04-18-kaizhanweixian.md';
    const edited = readFileSync(join(out, name), 'utf8').replace('topics: [', 'topics: [training, ');
    writeFileSync(join(out, name), edited);
    const before = snapshot(out);
    const again = runImport(SEED_PAGE, '--out', out);
    expect(again.status).toBe(0);
    expect(again.stderr).toBe('');
    expect(again.stdout).toContain(`${name} (kept)`);
    expect(again.stdout).toMatch(
      /uid: kxdb-248f2a5c-4 is archived as .*changzhi-2025-04-18-kaizhanweixian\.md, which differs from this import; kept \(pass --force to replace it\)/,
    );
    expect(again.stdout).toContain('0 written, 6 unchanged, 1 kept, 0 replaced');
    expect(snapshot(out)).toEqual(before);
    const forced = runImport(SEED_PAGE, '--out', out, '--force');
    expect(forced.status).toBe(0);
    expect(forced.stdout).toContain(`${name} (replaced)`);
    expect(readFileSync(join(out, name), 'utf8')).not.toBe(edited);
  });

  it('recognises the articles of the whole archive: the seed page imported into a sub-folder changes nothing', () => {
    const archive = join(temp('seeded'), 'articles');
    cpSync(ARTICLES_DIR, archive, { recursive: true });
    const out = join(archive, 'reprints');
    const run = runImportWith(archive, SEED_PAGE, '--out', out, '--force');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('0 written, 0 unchanged, 7 kept, 0 replaced');
    expect(run.stdout).toContain('which differs from this import; kept (it lies outside the folder imported into)');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses --out outside the archive, saying where the archive is, and writes nothing', () => {
    const archive = join(temp('archive'), 'articles');
    const out = join(temp('elsewhere'), 'articles');
    const run = runImportWith(archive, SEED_PAGE, '--out', out);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^import out: --out ${out} is outside the archive's articles folder \\S*articles: .*ARCHIVE_CONTENT_DIR.*\\n$`));
    expect(existsSync(out) || existsSync(archive)).toBe(false);
  });

  it('prints its usage for --help', () => {
    const run = runImport('--help');
    expect([run.status, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toMatch(/^usage: npm run import -- <page\.txt \| folder>\.\.\. \[--out <dir>\]/);
  });

  it('--dry-run prints the table and writes nothing', () => {
    const out = join(temp('dry'), 'articles');
    const run = runImport(SEED_PAGE, '--out', out, '--dry-run');
    expect(run.status).toBe(0);
    expect(existsSync(out)).toBe(false);
    expect(run.stdout).toContain('Dry run: nothing written.');
    for (const title of ['守护“阳泉蓝”', '推进绿色发展 共享绿色未来', '协同攻坚治污染 共筑蓝天保生态']) expect(run.stdout).toContain(title);
  });

  it('takes the issue date and page number from the command line', () => {
    const out = join(temp('dated'), 'articles');
    expect(runImport(SEED_PAGE, '--out', out, '--date', '2025-04-24', '--page', '3').status).toBe(0);
    const { articles } = checkArticles(out);
    const yangquan = articles.find((article) => article.data.city === 'yangquan')!.data;
    expect([yangquan.date, yangquan.dateSource, yangquan.source.page]).toEqual(['2025-04-24', 'issue', 3]);
    const changzhi = articles.find((article) => article.data.city === 'changzhi')!.data;
    expect([changzhi.date, changzhi.dateSource]).toEqual(['2025-04-18', 'dateline']);
  });

  const bigFile = () => {
    const path = join(temp('big'), 'big.txt');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, MAX_PAGE_BYTES + 1);
    closeSync(fd);
    return path;
  };
  const badInputs: [string, () => string, RegExp][] = [
    ['an empty file', () => fileWith('empty.txt', ''), /: the file is empty$/],
    ['a file of blank lines', () => fileWith('blank.txt', '\n \n\u3000\n'), /: the file is empty$/],
    ['a binary file', () => fileWith('image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])), /: the file is binary/],
    ['a file over 20 MB', bigFile, /more than the 20 MB a page can be$/],
    [
      'undecodable bytes',
      () => fileWith('bad.txt', new Uint8Array([...new TextEncoder().encode('科学导报讯\n第二行\n'), 0xff, 0xfe, 0xff])),
      /bad\.txt:3: undecodable bytes/,
    ],
    ['a text with no article', () => fileWith('notes.txt', 'hello world\n一二三\n'), /: no recognisable article/],
    ['a missing file', () => join(temp('none'), 'missing.txt'), /missing\.txt: no such file$/],
    ['a folder with no page', () => temp('folder'), /: the folder holds no \.txt page$/],
  ];
  for (const [what, make, message] of badInputs) {
    it(`refuses ${what}: one line naming the problem, exit status 2, nothing written`, () => {
      const out = join(temp('bad'), 'articles');
      const run = runImport(make(), '--out', out);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.endsWith('\n')).toBe(true);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr.trim()).toMatch(message);
      expect(existsSync(out)).toBe(false);
    });
  }

  it('refuses a bad option with a one-line error', () => {
    const run = runImport(SEED_PAGE, '--date', '2025-02-30');
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toMatch(/date: --date "2025-02-30" is not a real date/);
  });
});
