import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkEntryCoverage, checkFigureCoverage, parseWaivers, waiverFileOf } from '../../src/checks/figure-coverage.ts';
import { formatProblem } from '../../src/model/problem.ts';
import { ARTICLES_DIR } from '../helpers/content.ts';

const WAIVERS = resolve('content/figure-waivers.yaml');
const SLUG = 'jincheng-2025-04-22-tuijinlvse';
const FILE = `content/articles/${SLUG}.md`;
const SOURCE = readFileSync(join(ARTICLES_DIR, `${SLUG}.md`), 'utf8');
const { waivers } = parseWaivers('content/figure-waivers.yaml', readFileSync(WAIVERS, 'utf8'));

const check = (source: string) => checkEntryCoverage(FILE, source, waivers).map(formatProblem);
const lineOf = (source: string, text: string) => source.split('\n').findIndex((line) => line.includes(text)) + 1;
/** The line of the body (not the frontmatter) that starts with `text`. */
const bodyLineOf = (source: string, text: string) => source.split('\n').findIndex((line) => line.startsWith(text)) + 1;
/** The entry with one more paragraph at the end of its body. */
const withParagraph = (text: string) => `${SOURCE.trimEnd()}\n\n${text}\n`;

const copies: string[] = [];
afterAll(() => copies.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A copy of the archive (articles and waivers) to break on purpose. */
function archiveCopy(): { dir: string; waivers: string } {
  const root = mkdtempSync(join(tmpdir(), 'figures-'));
  copies.push(root);
  cpSync(ARTICLES_DIR, join(root, 'articles'), { recursive: true });
  cpSync(WAIVERS, join(root, 'waivers.yaml'));
  return { dir: join(root, 'articles'), waivers: join(root, 'waivers.yaml') };
}

describe('figure coverage', () => {
  it('passes on the seed archive', () => {
    expect(checkFigureCoverage(ARTICLES_DIR, WAIVERS).map(formatProblem)).toEqual([]);
  });

  it('fails on a body number that no metric states, naming file and line', () => {
    const source = withParagraph('此外，没收 3 台设备。');
    expect(check(source)).toEqual([
      `${FILE}:${bodyLineOf(source, '此外')} body: "3 台设备" is a number no metric of this sentence states and no waiver covers`,
    ]);
  });

  it('fails on an uncovered Chinese numeral quantity', () => {
    const source = withParagraph('另有五家企业完成整改。');
    expect(check(source)).toEqual([
      `${FILE}:${bodyLineOf(source, '另有')} body: "五家企业完成整改" is a number no metric of this sentence states and no waiver covers`,
    ]);
  });

  it('counts repeated values: two printed 11s need two metrics', () => {
    const yangquan = readFileSync(join(ARTICLES_DIR, 'yangquan-2025-04-22-shouhuyangquan.md'), 'utf8');
    const file = 'content/articles/yangquan-2025-04-22-shouhuyangquan.md';
    expect(checkEntryCoverage(file, yangquan, waivers)).toEqual([]);
    const source = yangquan.replace(/ {2}- label: 环保绩效引领性企业\n(?: {4}.*\n)+?(?= {2}- |source:)/, '');
    expect(source).not.toBe(yangquan);
    expect(checkEntryCoverage(file, source, waivers).map(formatProblem)).toEqual([
      `${file}:${bodyLineOf(source, '一直以来')} body: "11 家在产煤层气发" is a number no metric of this sentence states and no waiver covers`,
    ]);
  });

  it('fails when a metric is dropped from the frontmatter', () => {
    const source = SOURCE.replace(/ {2}- label: 罚款\n(?: {4}.*\n)+?(?= {2}- |source:)/, '');
    expect(source).not.toBe(SOURCE);
    expect(check(source)).toEqual([
      `${FILE}:${bodyLineOf(source, '学习运用')} body: "462 万元" is a number no metric of this sentence states and no waiver covers`,
    ]);
  });

  it('fails when a metric value is not printed in its quote', () => {
    const source = SOURCE.replace(/value: 462\n/, 'value: 426\n');
    const problems = check(source);
    expect(problems).toContain(`${FILE}:${lineOf(source, 'value: 426')} metrics[30].value: 426 is not printed as a quantity in its quote`);
    expect(problems.some((p) => p.includes('"462 万元"'))).toBe(true);
  });

  it('fails when a quote is only part of a sentence', () => {
    const partial = SOURCE.replace(/quote: (学习运用“千万工程”经验.*?)罚款 462 万元。$/m, 'quote: 罚款 462 万元。');
    expect(check(partial)).toContainEqual(
      expect.stringMatching(
        new RegExp(`^${FILE}:${lineOf(partial, 'quote: 罚款 462 万元。')} metrics\\[\\d+\\]\\.quote: the quote must be one whole sentence of the body`),
      ),
    );
  });

  it('fails without the waiver for a slogan, and on a waiver that matches nothing', () => {
    const copy = archiveCopy();
    const list = readFileSync(copy.waivers, 'utf8');
    writeFileSync(copy.waivers, list.replace('  text: 四个聚焦\n', '  text: 五个聚焦\n'));
    const problems = checkFigureCoverage(copy.dir, copy.waivers, join(copy.dir, '..')).map(formatProblem);
    expect(problems).toEqual([
      `articles/${SLUG}.md:${lineOf(SOURCE, '以“四个聚焦”强力推进')} body: "四个聚焦”强力推进" is a number no metric of this sentence states and no waiver covers`,
      `waivers.yaml:${lineOf(list, 'text: 四个聚焦') - 1} waiver: "五个聚焦" does not occur within a sentence of ${SLUG}`,
    ]);
  });

  it('checks an archive with no waiver list beside it instead of skipping it', () => {
    const copy = archiveCopy();
    rmSync(copy.waivers);
    expect(waiverFileOf(copy.dir)).toBeUndefined();
    expect(waiverFileOf(ARTICLES_DIR)).toBe(WAIVERS);
    const problems = checkFigureCoverage(copy.dir, waiverFileOf(copy.dir), join(copy.dir, '..')).map(formatProblem);
    // Every waived number of the seed is a problem without the list: none is skipped.
    expect(problems.length).toBeGreaterThanOrEqual(waivers.length);
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^articles/${SLUG}\\.md:\\d+ body: "四个聚焦”强力推进" is a number no metric`)));
  });

  it('names a malformed waiver', () => {
    expect(parseWaivers('w.yaml', '- article: x\n  text: y\n').problems.map(formatProblem)).toEqual([
      'w.yaml:1 [0]: each waiver needs reason (article, text, reason)',
    ]);
    expect(parseWaivers('w.yaml', 'article: x\n').problems.map(formatProblem)).toEqual(['w.yaml:1 waivers: the waiver list must be a YAML sequence']);
  });
});
