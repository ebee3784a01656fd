import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkArticles } from '../../src/checks/content-check.ts';
import { checkEntry } from '../../src/model/entry.ts';
import { formatProblem } from '../../src/model/problem.ts';
import { knownUnits } from '../../src/text/units.ts';
import { ARTICLES_DIR } from '../helpers/content.ts';

const GOOD = readFileSync(join(ARTICLES_DIR, 'jincheng-2025-04-22-houzhishengtai.md'), 'utf8');
const FILE = 'content/articles/x.md';

/** The entry with one frontmatter line replaced. */
function withLine(pattern: RegExp, replacement: string): string {
  expect(pattern.test(GOOD), `fixture has ${pattern}`).toBe(true);
  return GOOD.replace(pattern, replacement);
}

function messages(source: string): string[] {
  return checkEntry(FILE, source).problems.map(formatProblem);
}

/** The index of the metric whose block holds the line with `text`. */
function metricIndex(source: string, text: string): number {
  const lines = source.split('\n').slice(0, lineOf(source, text));
  return lines.filter((line) => line.startsWith('  - label:')).length - 1;
}

function lineOf(source: string, text: string): number {
  return source.split('\n').findIndex((line) => line.includes(text)) + 1;
}

describe('content check', () => {
  it('accepts a curated seed entry', () => {
    expect(messages(GOOD)).toEqual([]);
  });

  it('names file, line and field for an unknown city', () => {
    const source = withLine(/^city: jincheng$/m, 'city: jinchen');
    expect(messages(source)).toEqual([
      `${FILE}:${lineOf(source, 'city: jinchen')} city: unknown city "jinchen"; expected one of taiyuan, datong, shuozhou, xinzhou, yangquan, lvliang, jinzhong, changzhi, jincheng, linfen, yuncheng, or shanxi (province-wide) or unknown (city not known)`,
    ]);
  });

  it('rejects a county of another city', () => {
    const source = withLine(/^county: 泽州县$/m, 'county: 榆次区');
    expect(messages(source)).toEqual([`${FILE}:${lineOf(source, 'county: 榆次区')} county: county "榆次区" is not in 晋城市 (jincheng)`]);
  });

  it('rejects an impossible date and a badly written one', () => {
    expect(messages(withLine(/^date: .*$/m, "date: '2025-02-29'"))[0]).toMatch(/^content\/articles\/x\.md:\d+ date: "2025-02-29" is not a real date/);
    expect(messages(withLine(/^date: .*$/m, 'date: 2025/04/22'))[0]).toMatch(/ date: "2025\/04\/22" is not a real date written YYYY-MM-DD/);
  });

  it('rejects a metric quote that is not in the body, naming the metric', () => {
    const source = withLine(/quote: 2024年，泽州县环境质量稳中向好/, 'quote: 2024 年，泽州县环境质量稳中向好');
    const [message] = messages(source);
    expect(message).toBe(`${FILE}:${lineOf(source, 'quote: 2024 年，泽州县')} metrics[15].quote: the quote does not occur verbatim in the body`);
  });

  it('refuses a unit src/text/units.ts does not know, naming the metric, and takes every one it knows', () => {
    const source = withLine(/^ {4}unit: 秒$/m, '    unit: 万卷');
    expect(messages(source)).toEqual([
      `${FILE}:${lineOf(source, 'unit: 万卷')} metrics[${metricIndex(source, 'unit: 万卷')}].unit: unknown unit "万卷"; add it to src/text/units.ts if it is a real unit`,
    ]);
    // A magnitude goes only with sums and counts.
    expect(messages(withLine(/^ {4}unit: 秒$/m, "    unit: '万%'"))).toEqual([expect.stringMatching(/\.unit: unknown unit "万%"/)]);
    for (const unit of [...knownUnits(), '万元', '亿吨', '万户']) {
      expect(messages(withLine(/^ {4}unit: 秒$/m, `    unit: '${unit}'`)), unit).toEqual([]);
    }
  });

  it('names a misspelled field and suggests the right one', () => {
    const source = withLine(/^subtitle:/m, 'subtitel:');
    expect(messages(source)).toEqual([`${FILE}:${lineOf(source, 'subtitel:')} subtitel: unknown field (did you mean "subtitle"?)`]);
  });

  it('requires authors and reports every problem at once', () => {
    const source = withLine(/^authors: \[来虹\]$/m, 'authors: []').replace(/^topics: .*$/m, 'topics: [air, wind]');
    const found = messages(source);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/ authors: authors must name at least one person$/);
    expect(found[1]).toMatch(/ topics\[1\]: unknown topic "wind"/);
  });

  it('finds OCR debris left in a body', () => {
    const debris = GOOD.replace('乡村旅游发展为泽州县', '乡村旅游发展 为泽州县').replace(
      '晋城市生态环境局泽州分局局长张爱民表示。',
      '晋城市生态环境局泽州分局局长张爱民表示。\n\n姻 科学导报记者 来虹',
    );
    const found = messages(debris);
    expect(found.some((m) => m.includes('body: a space between two Chinese characters'))).toBe(true);
    expect(found.some((m) => m.includes('body: the glyph 姻 before a byline'))).toBe(true);
    const empty = GOOD.replace(/\n---\n[\s\S]*$/, '\n---\n');
    expect(messages(empty)).toContain(`${FILE}:${empty.split('\n').length} body: the body is empty`);
  });

  it('says a removed city line is required, not an unknown city', () => {
    const source = withLine(/^city: jincheng\n/m, '');
    expect(messages(source)).toEqual([`${FILE}:2 city: is required`]);
  });

  it('tells a field of the wrong type from a missing one', () => {
    expect(messages(withLine(/^title: .*$/m, 'title: 123'))[0]).toMatch(/ title: title must be text$/);
    expect(messages(withLine(/^authors: \[来虹\]$/m, 'authors: 来虹'))[0]).toMatch(/ authors: authors must be a list of names$/);
    expect(messages(withLine(/^title: .*$/m, ''))[0]).toMatch(/ title: is required$/);
  });

  it('reports a YAML syntax error on its line', () => {
    const [message] = messages(withLine(/^title: .*$/m, 'title: [unclosed'));
    expect(message).toMatch(/^content\/articles\/x\.md:\d+ frontmatter: YAML: /);
  });

  describe('across entries', () => {
    let dir: string;
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('rejects two entries with the same slug in different folders, and the same uid', () => {
      dir = mkdtempSync(join(tmpdir(), 'archive-check-'));
      mkdirSync(join(dir, '2025'));
      writeFileSync(join(dir, 'a.md'), GOOD);
      writeFileSync(join(dir, '2025', 'a.md'), GOOD);
      const { problems } = checkArticles(dir, dir);
      expect(problems.map(formatProblem)).toEqual([
        'a.md:1 slug: duplicate slug "a", also used by 2025/a.md',
        'a.md:2 uid: duplicate uid "kxdb-248f2a5c-3", also used by 2025/a.md',
      ]);
    });
  });
});
