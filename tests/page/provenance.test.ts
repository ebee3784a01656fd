import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bodyText } from '../../src/text/markdown.ts';
import { pageLines } from '../../src/page/lines.ts';
import { importPage } from '../../src/importer/import.ts';
import { bodyCoverage, foreignLines, heldText, lineRanges, linesIn } from '../../src/page/provenance.ts';
import { CURATED, SEED_BYTES, SEED_NAME, SEED_TEXT } from '../importer/pages.ts';

const page = pageLines(SEED_TEXT);
const ink = (text: string) => text.replace(/\s+/gu, '');
/** An article's own printed text: body and every field printed on the page. */
const ownText = (article: (typeof CURATED)[number]) => {
  const { data } = article;
  return [
    bodyText(article.body),
    data.kicker,
    data.titleSource === 'printed' ? data.title : '',
    data.subtitle,
    data.authorRole,
    data.authors.join(''),
    ...data.photos.flatMap((p) => [p.caption, p.credit]),
  ].join('');
};

describe('line ranges', () => {
  it('join lines with only blank lines between them, and keep printed gaps', () => {
    const printed = new Set([1, 3, 5, 6, 9]);
    expect(lineRanges([1, 3], printed)).toEqual([[1, 3]]);
    expect(lineRanges([1, 5], printed)).toEqual([
      [1, 1],
      [5, 5],
    ]);
    expect(lineRanges([9, 6, 5, 5], printed)).toEqual([[5, 9]]);
    expect(lineRanges([], printed)).toEqual([]);
  });

  it('are ordered, apart and cover exactly the given lines, for any lines', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 200 }), { maxLength: 60 }), fc.uniqueArray(fc.integer({ min: 1, max: 200 })), (numbers, blank) => {
        const printed = new Set([...Array.from({ length: 200 }, (_, i) => i + 1)].filter((n) => !blank.includes(n) || numbers.includes(n)));
        const ranges = lineRanges(numbers, printed);
        for (let i = 1; i < ranges.length; i++) expect(ranges[i]![0]).toBeGreaterThan(ranges[i - 1]![1] + 1);
        const covered = ranges.flatMap(([first, last]) => Array.from({ length: last - first + 1 }, (_, k) => first + k)).filter((n) => printed.has(n));
        expect(covered).toEqual([...numbers].sort((a, b) => a - b));
      }),
    );
  });
});

describe('the seed articles’ source.lines', () => {
  const imported = importPage(SEED_TEXT, { file: SEED_NAME, bytes: SEED_BYTES });

  it('are what the importer writes', () => {
    for (const entry of imported.entries) {
      const curated = CURATED.find((article) => `${article.slug}.md` === entry.name)!;
      expect(curated.data.source.lines, entry.name).toEqual(entry.data.source.lines);
    }
  });

  it.each(CURATED.map((article) => [article.slug, article] as const))('of %s hold at least 99%% of its body, in order', (_slug, article) => {
    const held = linesIn(page, article.data.source.lines!);
    const coverage = bodyCoverage(bodyText(article.body), held);
    expect(coverage.held / coverage.total).toBeGreaterThanOrEqual(0.99);
    expect(coverage.missing).toEqual([]);
  });

  it.each(CURATED.map((article) => [article.slug, article] as const))('of %s hold none of another article’s body', (slug, article) => {
    const own = ink(ownText(article));
    const others = CURATED.filter((other) => other.slug !== slug);
    for (const line of linesIn(page, article.data.source.lines!)) {
      const text = ink(line.text);
      // A line of two characters or more that another body prints and this article does not.
      if (text.length < 2 || own.includes(text)) continue;
      for (const other of others) expect(ink(bodyText(other.body)), `line ${line.no} ${line.text}`).not.toContain(text);
    }
    expect(
      foreignLines(
        linesIn(page, article.data.source.lines!),
        ownText(article),
        others.map((other) => bodyText(other.body)),
      ),
    ).toEqual([]);
  });

  it('cover every printed line of the page but the shared column label', () => {
    const held = new Set(CURATED.flatMap((article) => linesIn(page, article.data.source.lines!).map((line) => line.no)));
    expect(page.filter((line) => !held.has(line.no)).map((line) => line.no)).toEqual([121]);
  });
});

describe('body coverage', () => {
  const body = '科学导报讯 4 月 18 日，长治市生态环境局开展危险废物法律法规专题培训。\n\n通过培训，从业人员增强了法律意识。';
  const lines = [
    { no: 1, text: '科学导报讯 4 月 18 日，长治市生态环境局开展危' },
    { no: 2, text: '险废物法律法规专题培训。' },
    { no: 3, text: '通过培训，从业人员增强了法律意识。 牛建国' },
  ];

  it('reads lines as the importer reflows them, and knows where each ends', () => {
    expect(heldText(lines)).toEqual({ text: ink(lines.map((line) => line.text).join('')), lineEnds: [22, 34, 54] });
  });

  it('finds a body in its reflowed lines, whatever else they hold', () => {
    expect(bodyCoverage(body, lines)).toEqual({ total: ink(body).length, held: ink(body).length, missing: [] });
  });

  it('names what lines that stop short do not hold', () => {
    const coverage = bodyCoverage(body, lines.slice(0, 2));
    expect(coverage.missing).toEqual(['通过培训，从业人员增强了法律意识。']);
    expect(coverage.held).toBe(coverage.total - 17);
  });

  it('notices a changed character of the body', () => {
    const coverage = bodyCoverage(body.replace('培训。', '会议。'), lines);
    expect(coverage.missing).toEqual(['会议']);
  });

  it('does not pass a body’s text for a later line that ends the same way', () => {
    const split = [
      { no: 1, text: '0' },
      { no: 2, text: '标题行' },
      { no: 3, text: '开0开' },
    ];
    expect(bodyCoverage('0开0开', split)).toEqual({ total: 4, held: 4, missing: [] });
  });

  it('holds any text split into lines anywhere, with extra lines between', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'生态环境局开展培训。，“”2025年'), minLength: 1, maxLength: 200 }),
        fc.array(fc.integer({ min: 1, max: 30 }), { maxLength: 12 }),
        (text, cuts) => {
          const pieces: string[] = [];
          let rest = text;
          for (const cut of cuts) {
            pieces.push(rest.slice(0, cut), '标题行');
            rest = rest.slice(cut);
          }
          pieces.push(rest);
          const lines = pieces.filter((piece) => piece.trim() !== '').map((piece, i) => ({ no: i + 1, text: piece.trim() }));
          expect(bodyCoverage(text, lines).missing).toEqual([]);
        },
      ),
    );
  });
});
