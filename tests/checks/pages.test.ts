import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkArchive } from '../../src/checks/content-check.ts';
import { checkPages, overlap } from '../../src/checks/pages.ts';
import { layoutOf } from '../../src/archive/layout.ts';
import { fileLines } from '../../src/page/provenance.ts';
import { formatProblem } from '../../src/model/problem.ts';
import { sha256Hex } from '../../src/archive/digest.ts';

const SEED = '000_248f2a5ceed2de10';
const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A copy of the archive's articles and sources; problems are named relative to it. */
function archive() {
  const root = mkdtempSync(join(tmpdir(), 'pages-check-'));
  roots.push(root);
  cpSync(resolve('content/articles'), join(root, 'articles'), { recursive: true });
  cpSync(resolve('content/sources'), join(root, 'sources'), { recursive: true });
  const edit = (path: string, change: (text: string) => string) => {
    const file = join(root, path);
    const before = readFileSync(file, 'utf8');
    const after = change(before);
    expect(after, `${path} changed`).not.toBe(before);
    writeFileSync(file, after);
  };
  const check = () => checkArchive(join(root, 'articles'), root).problems.map(formatProblem);
  const lineOf = (path: string, text: string) =>
    readFileSync(join(root, path), 'utf8')
      .split('\n')
      .findIndex((line) => line.includes(text)) + 1;
  return { root, edit, check, lineOf };
}

const CHANGZHI = 'articles/changzhi-2025-04-18-kaizhanweixian.md';
const LVLIANG = 'articles/lvliang-2025-04-22-qiangshijianti.md';

describe('the check of pages and provenance', () => {
  it('finds the archive’s own pages and articles in order', () => {
    expect(checkArchive('content/articles').problems.map(formatProblem)).toEqual([]);
    const { pages } = checkPages(layoutOf('content/articles').sources);
    expect(pages.map((page) => [page.id, page.entryFile, page.sourceFile, page.lineCount])).toEqual([
      [SEED, `content/sources/${SEED}.yaml`, `content/sources/${SEED}.txt`, 723],
    ]);
  });

  it('refuses a page file changed after import, naming the file, and nothing built on it', () => {
    const { root, check } = archive();
    const file = join(root, 'sources', `${SEED}.txt`);
    writeFileSync(file, readFileSync(file, 'utf8').replace('黑鹳', '白鹳'));
    expect(check()).toEqual([
      `sources/${SEED}.yaml:3 sha256: sources/${SEED}.txt has changed since it was imported (its SHA-256 is now ${sha256Hex(readFileSync(file))}); restore the file, or import it again and review its articles`,
    ]);
  });

  it('refuses a page entry whose file is gone, and a page file without an entry', () => {
    const { root, check } = archive();
    cpSync(join(root, 'sources', `${SEED}.txt`), join(root, 'sources', 'p2.txt'));
    unlinkSync(join(root, 'sources', `${SEED}.txt`));
    expect(check()).toEqual([
      `sources/${SEED}.yaml:2 file: no such file sources/${SEED}.txt`,
      `sources/p2.txt: no page entry beside it (p2.yaml); register the page with npm run import`,
    ]);
  });

  it('refuses an article whose page does not exist', () => {
    const { edit, check, lineOf } = archive();
    edit(CHANGZHI, (text) => text.replace(`file: ${SEED}.txt`, 'file: 001_nosuchpage.txt'));
    expect(check()).toEqual([
      `${CHANGZHI}:${lineOf(CHANGZHI, 'file: 001_')} source.file: no page 001_nosuchpage: the sources folder has no 001_nosuchpage.yaml; import the page it was printed on`,
    ]);
  });

  it('refuses source.lines that point outside the file', () => {
    const { edit, check, lineOf } = archive();
    edit(LVLIANG, (text) => text.replace('lines: [[635, 680]]', 'lines: [[635, 680], [722, 800]]'));
    expect(check()).toEqual([`${LVLIANG}:${lineOf(LVLIANG, 'lines: [[')} source.lines: line 800 is outside sources/${SEED}.txt, which has 723 lines`]);
  });

  it('refuses source.lines that do not hold the body, saying what is missing', () => {
    const { edit, check, lineOf } = archive();
    edit(CHANGZHI, (text) => text.replace('lines: [[371, 414]]', 'lines: [[371, 398]]'));
    const [problem, ...rest] = check();
    expect(rest).toEqual([]);
    expect(problem).toMatch(
      new RegExp(`^${CHANGZHI}:${lineOf(CHANGZHI, 'lines: [[')} source.lines: the lines hold \\d+\\.?\\d*% of the body, not 99%; not in them: “.+”$`),
    );
  });

  it('refuses a body changed away from its lines, and takes an OCR slip of a character or two', () => {
    const { edit, check } = archive();
    edit(CHANGZHI, (text) => text.replace('有效增强了法律意识', '有效增强了法律意识'.replace('意识', '意志')));
    expect(check()).toEqual([]);
    edit(CHANGZHI, (text) =>
      text.replace(
        /\n\n[^\n]+\n$/,
        '\n\n培训会上，授课老师通过案例分析，对危险废物全过程管理做了系统讲解，参训人员纷纷表示收获很大，将把所学运用到实际工作中去，切实提升管理水平。\n',
      ),
    );
    expect(check()).toEqual([
      expect.stringMatching(/source\.lines: the lines hold .*% of the body, not 99%; not in them: “会上，授课老师通过案例分析，对危险废物全过程管理…”$/),
    ]);
  });

  it('refuses lines another article of the page holds, and lines printing another article’s body', () => {
    const { edit, check, lineOf } = archive();
    const TUIJIN = 'articles/jincheng-2025-04-22-tuijinlvse.md';
    edit(LVLIANG, (text) => text.replace('lines: [[635, 680]]', 'lines: [[600, 680]]'));
    expect(check()).toEqual([
      `${TUIJIN}:${lineOf(TUIJIN, 'lines: [[')} source.lines: lines 600–633 are also source.lines of ${LVLIANG}`,
      `${LVLIANG}:${lineOf(LVLIANG, 'lines: [[')} source.lines: lines 600–633 are also source.lines of ${TUIJIN}`,
    ]);
    // Given up by the article that printed them, the lines still print its body.
    edit(TUIJIN, (text) => text.replace('[416, 633]', '[416, 599]'));
    expect(check()).toEqual([
      expect.stringMatching(new RegExp(`^${TUIJIN}:${lineOf(TUIJIN, 'lines: [[')} source\\.lines: the lines hold [\\d.]+% of the body, not 99%`)),
      `${LVLIANG}:${lineOf(LVLIANG, 'lines: [[')} source.lines: lines 601–633 print the body of ${TUIJIN}`,
    ]);
  });

  it('takes entries without source.lines, written by hand or generated', () => {
    const { edit, check } = archive();
    edit(CHANGZHI, (text) => text.replace('  lines: [[371, 414]]\n', ''));
    expect(check()).toEqual([]);
  });

  it('shows a page with no articles as a page, not a problem', () => {
    const { root, check } = archive();
    const text = '本版为广告。\n';
    writeFileSync(join(root, 'sources', 'ad-page.txt'), text);
    writeFileSync(
      join(root, 'sources', 'ad-page.yaml'),
      `file: ad-page.txt\nsha256: ${sha256Hex(new TextEncoder().encode(text))}\ndate: null\nissueNumber: null\npage: null\npageName: null\naccounting:\n  onPage: 6\n  inBodies: 0\n  inFields: 0\n  unassigned: 6\n  left:\n    - { text: 本版为广告。, line: 1, reason: advertisement }\n`,
    );
    expect(check()).toEqual([]);
  });

  it('refuses an article that disagrees with its page, and two pages in one place of an issue', () => {
    const { root, edit, check, lineOf } = archive();
    edit(`sources/${SEED}.yaml`, (text) => text.replace('date: null', "date: '2025-04-24'").replace('page: null', 'page: 3'));
    edit(CHANGZHI, (text) => text.replace(`  file: ${SEED}.txt\n`, `  file: ${SEED}.txt\n  page: 2\n`));
    edit(LVLIANG, (text) => text.replace('dateSource: dateline', 'dateSource: issue'));
    cpSync(join(root, 'sources', `${SEED}.txt`), join(root, 'sources', 'copy.txt'));
    writeFileSync(
      join(root, 'sources', 'copy.yaml'),
      readFileSync(join(root, 'sources', `${SEED}.yaml`), 'utf8').replace(`file: ${SEED}.txt`, 'file: copy.txt'),
    );
    expect(check()).toEqual([
      `sources/copy.yaml:6 page: page 3 of the 2025-04-24 issue is also sources/${SEED}.yaml`,
      `${CHANGZHI}:${lineOf(CHANGZHI, 'page: 2')} source.page: page 2, but sources/${SEED}.yaml says the page is 3`,
      `${LVLIANG}:${lineOf(LVLIANG, 'date:')} date: dateSource is issue, but the issue of sources/${SEED}.yaml is dated 2025-04-24`,
    ]);
  });
});

describe('line helpers', () => {
  it('count the lines of a file as a reader does', () => {
    expect(['甲', '甲\n', '甲\n\n', '甲\n乙', '\n'].map(fileLines)).toEqual([['甲'], ['甲'], ['甲', ''], ['甲', '乙'], ['']]);
  });

  it('find the first lines two range lists share', () => {
    expect(
      overlap(
        [
          [1, 5],
          [9, 12],
        ],
        [
          [6, 8],
          [12, 20],
        ],
      ),
    ).toEqual([12, 12]);
    expect(overlap([[1, 5]], [[6, 8]])).toBeUndefined();
  });
});
