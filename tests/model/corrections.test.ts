import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkEntry } from '../../src/model/entry.ts';
import { formatProblem } from '../../src/model/problem.ts';
import { correctedPieces, correctionRanges, correctionSearchText, printedWhere, readText } from '../../src/model/corrections.ts';
import { ARTICLES_DIR } from '../helpers/content.ts';

const FILE = 'content/articles/x.md';
const SOURCE = readFileSync(join(ARTICLES_DIR, 'jincheng-2025-04-22-houzhishengtai.md'), 'utf8');
/** The Zezhou entry without corrections of its own, so each test states the ones it needs. */
const BASE = SOURCE.replace(/^corrections:\n(?:[ ]+.*\n)*/m, '');

/** The entry with a `corrections:` block (YAML lines) put before `source:`. */
function withCorrections(block: string): string {
  return BASE.replace(/^source:\n/m, `corrections:\n${block}source:\n`);
}

const messages = (source: string) => checkEntry(FILE, source).problems.map(formatProblem);
const lineOf = (source: string, text: string) => source.split('\n').findIndex((line) => line.includes(text)) + 1;

describe('corrections in the schema and the content check', () => {
  it('accepts a correction of a caption’s text and one of the body’s, and keeps them in order', () => {
    const source = withCorrections('  - printed: 侯鸟\n    reading: 候鸟\n    note: 形近致误\n  - printed: 成群的候鸟\n    reading: 成群的候鸟儿\n');
    const checked = checkEntry(FILE, source);
    expect(checked.problems.map(formatProblem)).toEqual([]);
    expect(checked.article!.data.corrections).toEqual([
      { printed: '侯鸟', reading: '候鸟', note: '形近致误' },
      { printed: '成群的候鸟', reading: '成群的候鸟儿' },
    ]);
  });

  it('gives an entry without corrections an empty list', () => {
    expect(checkEntry(FILE, BASE).article!.data.corrections).toEqual([]);
  });

  it('refuses a printed text the entry does not print, at the line of that correction', () => {
    const source = withCorrections('  - printed: 侯鸟\n    reading: 候鸟\n  - printed: 大熊猫\n    reading: 熊猫\n');
    expect(messages(source)).toEqual([
      `${FILE}:${lineOf(source, 'printed: 大熊猫')} corrections[1].printed: "大熊猫" does not occur in the body or a photo caption`,
    ]);
  });

  it('reads the printed text in the body as a reader sees it, not as Markdown escapes it', () => {
    const escaped = BASE.replace('“七场硬仗”推进', '“七场硬仗”\\*推进');
    expect(messages(escaped)).toEqual([]);
    const source = escaped.replace(/^source:\n/m, 'corrections:\n  - printed: 硬仗”*推进\n    reading: 硬仗”推进\nsource:\n');
    expect(messages(source)).toEqual([]);
  });

  it('names each malformed correction in words an editor understands', () => {
    const cases: [string, string, string][] = [
      ['  - printed: 侯鸟\n', 'printed: 侯鸟', 'corrections[0].reading: is required'],
      ['  - printed: 侯鸟\n    reading: 侯鸟\n', 'reading: 侯鸟', 'corrections[0].reading: reading must differ from printed'],
      ['  - printed: 侯鸟\n    reading: 候鸟\n    note: ""\n', 'note: ""', 'corrections[0].note: note must not be empty'],
      ['  - printed: 侯鸟\n    reading: 候鸟\n    why: 形近\n', 'why: 形近', 'corrections[0].why: unknown field'],
      ['  - 侯鸟\n', '  - 侯鸟', 'corrections[0]: each correction must be a mapping of printed, reading and note'],
      ['  - printed: 42\n    reading: 候鸟\n', 'printed: 42', 'corrections[0].printed: printed must be text'],
    ];
    for (const [block, at, message] of cases) {
      const source = withCorrections(block);
      expect(messages(source), block).toEqual([`${FILE}:${lineOf(source, at)} ${message}`]);
    }
    const scalar = BASE.replace(/^source:\n/m, 'corrections: 侯鸟\nsource:\n');
    expect(messages(scalar)).toEqual([`${FILE}:${lineOf(scalar, 'corrections: 侯鸟')} corrections: corrections must be a list of {printed, reading, note}`]);
  });
});

describe('where corrections apply', () => {
  const houniao = [{ printed: '侯鸟', reading: '候鸟' }];

  it('finds every occurrence, and the earlier correction where two overlap', () => {
    expect(correctionRanges('侯鸟与侯鸟', houniao)).toEqual([
      { start: 0, end: 2, index: 0 },
      { start: 3, end: 5, index: 0 },
    ]);
    expect(correctionRanges('首批侯鸟', [{ printed: '批侯' }, { printed: '侯鸟' }, { printed: '首批' }])).toEqual([{ start: 1, end: 3, index: 0 }]);
    expect(correctionRanges('没有', houniao)).toEqual([]);
  });

  it('cuts a text into printed runs and corrected places that together print the text', () => {
    const text = '入春后，丹河人工湿地迎来首批侯鸟。';
    const pieces = correctedPieces(text, houniao);
    expect(pieces).toEqual([{ text: '入春后，丹河人工湿地迎来首批' }, { printed: '侯鸟', reading: '候鸟', index: 0 }, { text: '。' }]);
    expect(pieces.map((piece) => ('text' in piece ? piece.text : piece.printed)).join('')).toBe(text);
    expect(readText(text, houniao)).toBe('入春后，丹河人工湿地迎来首批候鸟。');
    expect(correctedPieces('', houniao)).toEqual([]);
  });

  it('tells where the print holds a text', () => {
    expect(printedWhere('候鸟', '成群的候鸟。', ['首批侯鸟。'])).toBe('body');
    expect(printedWhere('侯鸟', '成群的候鸟。', ['首批侯鸟。'])).toBe('caption');
    expect(printedWhere('大熊猫', '成群的候鸟。', ['首批侯鸟。'])).toBeUndefined();
  });

  it('gives the search the corrected paragraphs as they read, and corrected captions both ways', () => {
    const data = {
      corrections: [
        { printed: '侯鸟', reading: '候鸟' },
        { printed: '水面上', reading: '水面' },
      ],
      photos: [{ caption: '首批侯鸟。' }, { caption: '湿地。' }],
    };
    expect(correctionSearchText(data, '第一段。\n成群的候鸟在水面上起舞。')).toEqual(['成群的候鸟在水面起舞。', '首批侯鸟。', '首批候鸟。']);
    expect(correctionSearchText({ corrections: [], photos: data.photos }, '正文')).toEqual([]);
  });
});
