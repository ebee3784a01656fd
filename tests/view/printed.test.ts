import { LEFT_REASONS, type LeftReason } from '../../src/model/page.ts';
import { describe, expect, it } from 'vitest';
import {
  bodyStart,
  calendar,
  groupIssues,
  issueLabel,
  mainRange,
  monthGrid,
  neighbours,
  pageLabel,
  pageNumberLabel,
  printedInJsonLd,
  printOrder,
  rangeId,
  rangeLabel,
  reasonLabel,
  textSegments,
} from '../../src/view/printed.ts';

const page = (id: string, date: string | null, number: number | null) => ({ id, data: { date, page: number } });

describe('naming the printed page', () => {
  it('names issue and page as cited, and says what is unknown', () => {
    expect(issueLabel('2025-04-04')).toBe('2025年4月4日');
    expect(issueLabel(null)).toBe('日期未知');
    expect(pageNumberLabel({ page: 3, pageName: '生态环境' })).toBe('第3版 · 生态环境');
    expect(pageNumberLabel({ page: null, pageName: '要闻' })).toBe('版次未知 · 要闻');
    expect(pageLabel({ date: null, page: null, pageName: null })).toBe('日期未知 版次未知');
  });

  it('anchors ranges of lines apart from single lines', () => {
    expect(rangeId([40, 72])).toBe('L40-L72');
    expect(rangeId([9, 9])).toBe('L9-L9');
    expect(rangeLabel([9, 9])).toBe('第 9 行');
    expect(
      mainRange([
        [1, 1],
        [5, 20],
        [30, 44],
      ]),
    ).toEqual([5, 20]);
  });

  it('says every reason code in Chinese', () => {
    expect(reasonLabel('column-decoration')).toBe('栏目名的装饰（拼音）');
    for (const code of Object.keys(LEFT_REASONS) as LeftReason[]) expect(reasonLabel(code)).toMatch(/\p{Script=Han}/u);
  });
});

describe('print order', () => {
  it('begins an article where its body begins, not at a headline set elsewhere', () => {
    const lines = [
      { no: 2, text: '———副题' },
      { no: 10, text: '正文的第一行，' },
      { no: 11, text: '正文的第二行。' },
    ];
    expect(
      bodyStart(
        lines,
        [
          [2, 2],
          [10, 11],
        ],
        '正文的第一行，正文的第二行。',
      ),
    ).toBe(10);
    expect(bodyStart(lines, [[2, 2]], '别的文字')).toBe(2);
  });

  it('puts articles with known lines in the order they begin, the others after them by id', () => {
    const order = printOrder([{ uid: 'x-10' }, { uid: 'x-3', start: 400 }, { uid: 'x-2' }, { uid: 'x-1', start: 90 }]);
    expect(order.map((a) => a.uid)).toEqual(['x-1', 'x-3', 'x-2', 'x-10']);
  });
});

describe('issues', () => {
  const pages = [
    page('b2', '2025-04-24', 2),
    page('u', null, null),
    page('c1', '2025-05-08', 1),
    page('b1', '2025-04-24', 1),
    page('bx', '2025-04-24', null),
    page('a1', '2025-04-22', 1),
  ];

  it('group pages by date, oldest first, pages in page order, and keep undated pages apart', () => {
    const { issues, undated } = groupIssues(pages);
    expect(issues.map((issue) => [issue.date, issue.pages.map((p) => p.id)])).toEqual([
      ['2025-04-22', ['a1']],
      ['2025-04-24', ['b1', 'b2', 'bx']],
      ['2025-05-08', ['c1']],
    ]);
    expect(undated.map((p) => p.id)).toEqual(['u']);
  });

  it('give each page its neighbours in its issue and the issues around it', () => {
    const { issues } = groupIssues(pages);
    const of = (id: string) => {
      const found = neighbours(
        pages.find((p) => p.id === id)!,
        issues,
      );
      return [found.previousPage?.id, found.nextPage?.id, found.previousIssue, found.nextIssue];
    };
    expect(of('b1')).toEqual([undefined, 'b2', '2025-04-22', '2025-05-08']);
    expect(of('b2')).toEqual(['b1', 'bx', '2025-04-22', '2025-05-08']);
    expect(of('a1')).toEqual([undefined, undefined, undefined, '2025-04-24']);
    expect(of('u')).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('lay out a month from Monday, with the days an issue came out', () => {
    const april = monthGrid(2025, 4, new Set(['2025-04-24']));
    expect(april.weeks[0]!.map((cell) => cell?.day ?? null)).toEqual([null, 1, 2, 3, 4, 5, 6]);
    expect(april.weeks.flat().filter((cell) => cell?.date)).toEqual([{ day: 24, date: '2025-04-24' }]);
    expect(april.weeks.flat().filter(Boolean)).toHaveLength(30);
    expect(april.weeks.every((week) => week.length === 7)).toBe(true);
    expect(monthGrid(2024, 2, new Set()).weeks.flat().filter(Boolean)).toHaveLength(29);
  });

  it('make a calendar of the months that have issues, newest year first', () => {
    const years = calendar(['2024-12-30', '2025-04-24', '2025-01-02', '2025-04-22']);
    expect(years.map((year) => [year.year, year.months.map((m) => m.month)])).toEqual([
      [2025, [1, 4]],
      [2024, [12]],
    ]);
  });
});

describe('the page text in stretches', () => {
  const lines = ['一', '二', '', '四', '五', '六', '七'];

  it('cuts the text into the lines of each article and the lines between, every line once', () => {
    const segments = textSegments(lines, [
      { article: 'B', ranges: [[6, 6]] },
      { article: 'A', ranges: [[2, 4]] },
    ]);
    expect(segments.map((s) => [s.held?.article ?? '-', s.lines.map((l) => l.no)])).toEqual([
      ['-', [1]],
      ['A', [2, 3, 4]],
      ['-', [5]],
      ['B', [6]],
      ['-', [7]],
    ]);
    expect(segments.flatMap((s) => s.lines.map((l) => l.text))).toEqual(lines);
  });

  it('marks a continued range, and leaves unmarked a range overlapping one placed or past the end', () => {
    const segments = textSegments(lines, [
      {
        article: 'A',
        ranges: [
          [1, 2],
          [4, 5],
        ],
      },
      { article: 'B', ranges: [[5, 6]] },
      { article: 'C', ranges: [[7, 9]] },
    ]);
    expect(segments.map((s) => [s.held ? `${s.held.article}${s.held.continued ? '+' : ''}` : '-', s.lines.length])).toEqual([
      ['A', 2],
      ['-', 1],
      ['A+', 2],
      ['-', 2],
    ]);
  });
});

describe('JSON-LD of where an article was printed', () => {
  it('is the issue within the periodical, with what is known of it', () => {
    expect(printedInJsonLd({ date: '2025-04-24', issueNumber: 3021, page: 3 })).toEqual({
      isPartOf: { '@type': 'PublicationIssue', datePublished: '2025-04-24', issueNumber: '3021', isPartOf: { '@type': 'Periodical', name: '科学导报' } },
      pageStart: 3,
    });
    expect(printedInJsonLd({ date: null, issueNumber: null, page: null })).toEqual({
      isPartOf: { '@type': 'PublicationIssue', isPartOf: { '@type': 'Periodical', name: '科学导报' } },
    });
  });
});
