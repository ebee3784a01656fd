import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { datelineOf, edgeSentences, locateLines, pageLines } from '../../src/review/evidence.ts';
import { formatQueue, groupItems, recordedLines, reviewItems } from '../../src/review/queue.ts';
import { checkEntry } from '../../src/model/entry.ts';
import { ARTICLES_DIR, SEED_PAGE } from '../helpers/content.ts';

const PAGE = readFileSync(SEED_PAGE, 'utf8');

/** A curated entry given a review list, as the queue reads it. */
function withReview(slug: string, review: string, extra = (source: string) => source) {
  const file = `content/articles/${slug}.md`;
  const source = extra(readFileSync(join(ARTICLES_DIR, `${slug}.md`), 'utf8').replace(/\n---\n/, `\nreview: [${review}]\n---\n`));
  // The check reads the entry without the extra source fields the schema may not know.
  const article = checkEntry(file, source.replace(/^ {2}lines: .*\n/m, '')).article!;
  return { article, source };
}

describe('evidence', () => {
  it('finds the page lines of a text across the line breaks and spaces OCR put into it', () => {
    // The headline 协同攻坚治污染 共筑蓝天保生态 is printed over two lines; a body sentence over blank lines and breaks.
    const found = locateLines(PAGE, '协同攻坚治污染 共筑蓝天保生态')!;
    expect(pageLines(PAGE, found.first, found.last).map((line) => line.text)).toEqual(['协同攻坚治污染', '共筑蓝天保生态']);
    const sentence = locateLines(PAGE, '科学导报讯 4 月 18 日，长治市生态环境局开展危险废物法律法规专题培训，60 余家危废产生单位环保负责人参加培训。')!;
    expect(pageLines(PAGE, sentence.first, sentence.last).map((line) => line.no)).toEqual([371, 373, 375]);
    expect(locateLines(PAGE, '这句话不在这一版上。')).toBeUndefined();
  });

  it('reads the dateline and the edge sentences of a body', () => {
    expect(datelineOf('科学导报讯 4 月 22 日，吕梁市生态环境局局长调研。')).toBe('科学导报讯 4 月 22 日');
    expect(datelineOf('春日的阳泉，几只黑鹳飞过。')).toBeUndefined();
    expect(edgeSentences('甲。乙！\n丙')).toEqual({ first: '甲。', last: '丙' });
  });
});

describe('the review queue', () => {
  it('lists each open field with its value and the evidence the importer read: dateline, kicker, page lines', () => {
    const items = reviewItems(withReview('lvliang-2025-04-22-qiangshijianti', 'title, date, county, authors'), PAGE);
    expect(items.map((item) => [item.group, item.field])).toEqual([
      ['title', 'title'],
      ['date', 'date'],
      ['city/county', 'county'],
      ['authors', 'authors'],
    ]);
    const [title, date, county, authors] = items;
    // The entry records its lines: the headline's are shown, found within them.
    expect(title!.evidence.source).toEqual({
      file: '000_248f2a5ceed2de10.txt',
      from: 'source.lines',
      lines: [
        { no: 679, text: '抢时间提节奏' },
        { no: 680, text: '确保项目早建成早达效' },
      ],
    });
    expect(date).toMatchObject({
      value: '2025-04-22',
      note: 'date source: dateline',
      evidence: { dateline: '科学导报讯 4 月 22 日', kicker: '吕梁市生态环境局' },
    });
    expect(date!.evidence.source.lines[0]!.text).toContain('科学导报讯 4 月 22 日');
    expect(county!.value).toBe('lvliang / 岚县');
    expect(county!.line).toBe(readFileSync(join(ARTICLES_DIR, 'lvliang-2025-04-22-qiangshijianti.md'), 'utf8').split('\n').indexOf('county: 岚县') + 1);
    // The byline is printed after the last sentence: the lines found are the body's end.
    expect(authors!.evidence.source.lines.at(-1)!.no).toBeGreaterThan(date!.evidence.source.lines[0]!.no);
  });

  it('shows the lines an entry records in source.lines rather than searching', () => {
    const entry = withReview('yangquan-2025-04-22-shouhuyangquan', 'title', (source) => source.replace(/^ {2}lines: .*$/m, '  lines: [[1, 3], [40, 40]]'));
    expect(recordedLines(entry.source)).toEqual([
      [1, 3],
      [40, 40],
    ]);
    const [title] = reviewItems(entry, PAGE);
    expect(title!.note).toBe('proposed: the page prints no headline');
    expect(title!.evidence.source.from).toBe('source.lines');
    expect(title!.evidence.source.lines.map((line) => line.no)).toEqual([1, 3, 40]);
  });

  it('says so when the page is not in the archive', () => {
    const [item] = reviewItems(withReview('yangquan-2025-04-22-shouhuyangquan', 'topics'), undefined);
    expect(item!.evidence.source).toEqual({ file: '000_248f2a5ceed2de10.txt', from: 'not found', lines: [] });
    expect(formatQueue(groupItems([item!]))).toContain('000_248f2a5ceed2de10.txt: the page lines were not found');
  });

  it('groups by field in the order an editor works, and prints each item on its file line', () => {
    const items = [
      ...reviewItems(withReview('yangquan-2025-04-22-shouhuyangquan', 'metrics, title'), PAGE),
      ...reviewItems(withReview('changzhi-2025-04-18-kaizhanweixian', 'topics, city'), PAGE),
    ];
    const groups = groupItems(items);
    expect(groups.map(({ group, items: inGroup }) => [group, inGroup.length])).toEqual([
      ['title', 1],
      ['city/county', 1],
      ['topics', 1],
      ['metrics', 1],
    ]);
    const text = formatQueue(groups);
    expect(text).toMatch(
      /^title \(1 open\)\n {2}content\/articles\/yangquan-2025-04-22-shouhuyangquan\.md:3 title: 守护“阳泉蓝” \(proposed: the page prints no headline\)\n/,
    );
    expect(text).toContain('      dateline 科学导报讯 4 月 18 日 · kicker 长治市生态环境局\n');
    expect(text.trimEnd().split('\n').at(-1)).toBe('4 open item(s) in 2 entries. Mark checked: npm run review -- --accept <slug> <field>...');
  });
});
