import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { addCorrection, CorrectionError, stringifyCorrections } from '../../src/review/corrections.ts';
import { checkEntry, splitEntry } from '../../src/model/entry.ts';
import { ARTICLES_DIR } from '../helpers/content.ts';

const SLUG = 'jincheng-2025-04-22-houzhishengtai';
const SOURCE = readFileSync(join(ARTICLES_DIR, `${SLUG}.md`), 'utf8');
/** The Zezhou entry as it was before its first correction. */
const BASE = SOURCE.replace(/^corrections:\n(?:[ ]+.*\n)*/m, '');

/** Lines of `after` that `before` does not have at the same place (lines ended by `eol`): the diff's added lines. */
function addedLines(before: string, after: string, eol = '\n'): string[] {
  const a = before.split(eol);
  const b = after.split(eol);
  let head = 0;
  while (head < a.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  expect(a.length - head - tail, 'no line of the entry is changed or removed').toBe(0);
  return b.slice(head, b.length - tail);
}

const keysOf = (source: string) => Object.keys(parse(splitEntry(source)!.frontmatter) as object);

describe('adding a correction to an entry’s frontmatter', () => {
  it('adds only the correction’s lines, before source: as the curated key order has it', () => {
    const after = addCorrection('x.md', BASE, { printed: '侯鸟', reading: '候鸟', note: '形近致误' });
    expect(addedLines(BASE, after)).toEqual(['corrections:', '  - printed: 侯鸟', '    reading: 候鸟', '    note: 形近致误']);
    expect(keysOf(after).slice(-3)).toEqual(['metrics', 'corrections', 'source']);
    expect(checkEntry('x.md', after).article!.data.corrections).toEqual([{ printed: '侯鸟', reading: '候鸟', note: '形近致误' }]);
  });

  it('appends to the list an entry has, in that list’s indentation, and keeps the body to the byte', () => {
    const first = addCorrection('x.md', BASE, { printed: '侯鸟', reading: '候鸟' });
    const second = addCorrection('x.md', first, { printed: '成群的候鸟', reading: '成群候鸟' });
    expect(addedLines(first, second)).toEqual(['  - printed: 成群的候鸟', '    reading: 成群候鸟']);
    const unindented = first.replace('  - printed: 侯鸟\n    reading: 候鸟', '- printed: 侯鸟\n  reading: 候鸟');
    expect(addedLines(unindented, addCorrection('x.md', unindented, { printed: '成群的候鸟', reading: '成群候鸟' }))).toEqual([
      '- printed: 成群的候鸟',
      '  reading: 成群候鸟',
    ]);
    expect(splitEntry(second)!.body).toBe(splitEntry(BASE)!.body);
  });

  it('puts corrections: at the end when no later key is there, and replaces an empty inline list', () => {
    const noSource = BASE.replace(/^source:\n(?:[ ]+.*\n)*/m, '');
    expect(keysOf(addCorrection('x.md', noSource, { printed: '侯鸟', reading: '候鸟' })).at(-1)).toBe('corrections');
    const empty = BASE.replace(/^source:\n/m, 'corrections: []\nsource:\n');
    const after = addCorrection('x.md', empty, { printed: '侯鸟', reading: '候鸟' });
    expect(after).toBe(addCorrection('x.md', BASE, { printed: '侯鸟', reading: '候鸟' }));
  });

  it('keeps CRLF line ends, and every other byte of the file', () => {
    const crlf = BASE.replace(/\n/g, '\r\n');
    const after = addCorrection('x.md', crlf, { printed: '侯鸟', reading: '候鸟' });
    // Split at CRLF: every line but the added ones is where it was, to the byte, and no line holds a bare CR or LF.
    const added = addedLines(crlf, after, '\r\n');
    expect(added).toEqual(['corrections:', '  - printed: 侯鸟', '    reading: 候鸟']);
    expect(after.split('\r\n').filter((line) => /[\r\n]/.test(line))).toEqual([]);
    expect(after.length).toBe(crlf.length + added.join('\r\n').length + '\r\n'.length);
    expect(checkEntry('x.md', after).article!.data.corrections).toEqual([{ printed: '侯鸟', reading: '候鸟' }]);
  });

  it('quotes what YAML would misread', () => {
    expect(stringifyCorrections([{ printed: '- 45%', reading: '45%', note: '#注' }])).toEqual([
      'corrections:',
      "  - printed: '- 45%'",
      '    reading: 45%',
      "    note: '#注'",
    ]);
  });

  it('refuses a printed text not printed, one corrected already, and a reading equal to the print', () => {
    const refuse = (source: string, printed: string, reading: string) => {
      try {
        addCorrection('x.md', source, { printed, reading });
      } catch (error) {
        expect(error).toBeInstanceOf(CorrectionError);
        return (error as Error).message;
      }
      throw new Error('accepted');
    };
    expect(refuse(BASE, '大熊猫', '熊猫')).toBe('x.md printed: "大熊猫" does not occur in the body or a photo caption');
    const once = addCorrection('x.md', BASE, { printed: '侯鸟', reading: '候鸟' });
    const line = once.split('\n').indexOf('  - printed: 侯鸟') + 1;
    expect(refuse(once, '侯鸟', '鸟')).toBe(`x.md:${line} corrections[0].printed: "侯鸟" is corrected already`);
    expect(refuse(BASE, '侯鸟', '侯鸟')).toBe('x.md reading: reading must differ from printed');
    expect(refuse(BASE, '侯\n鸟', '候鸟')).toBe('x.md printed: printed must be text of one line');
  });
});

const CLI = resolve('src/review/cli.ts');

describe('npm run review -- --correct', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  /** Runs the command on a copy of the entry; its exit status, its output and the files after. */
  function run(args: string[]) {
    dir = mkdtempSync(join(tmpdir(), 'correct-'));
    writeFileSync(join(dir, `${SLUG}.md`), BASE);
    const run = spawnSync(process.execPath, [CLI, '--correct', ...args], { encoding: 'utf8', env: { ...process.env, ARCHIVE_CONTENT_DIR: dir } });
    const lines = (text: string) => text.split('\n').filter((line) => line !== '');
    return {
      status: run.status,
      out: lines(run.stdout),
      err: lines(run.stderr),
      files: readdirSync(dir),
      entry: readFileSync(join(dir, `${SLUG}.md`), 'utf8'),
    };
  }

  it('adds the correction and says so', () => {
    const { status, out, err, files, entry } = run([SLUG, '侯鸟', '候鸟', '--note', '形近致误']);
    expect([status, err]).toEqual([0, []]);
    expect(out).toEqual([expect.stringMatching(/houzhishengtai\.md: 侯鸟〔候鸟〕 added to corrections$/)]);
    expect(files).toEqual([`${SLUG}.md`]);
    expect(entry).toBe(addCorrection('x.md', BASE, { printed: '侯鸟', reading: '候鸟', note: '形近致误' }));
  });

  it('refuses an unknown slug, a text not printed and missing arguments in one line, exit 2, writing nothing', () => {
    const cases: [string[], RegExp][] = [
      [['jincheng-2025-04-22-nothing', '侯鸟', '候鸟'], /^review slug: no entry "jincheng-2025-04-22-nothing" in /],
      [[SLUG, '大熊猫', '熊猫'], /houzhishengtai\.md printed: "大熊猫" does not occur in the body or a photo caption$/],
      [[SLUG, '侯鸟'], /^review: --correct needs a slug, the printed text and its reading; usage: /],
      [[SLUG, '侯鸟', '候鸟', '--not', 'x'], /Unknown option '--not'/],
    ];
    for (const [args, message] of cases) {
      const { status, out, err, files, entry } = run(args);
      expect(status, args.join(' ')).toBe(2);
      expect(out).toEqual([]);
      expect(err).toHaveLength(1);
      expect(err[0]).not.toContain('\n');
      expect(err[0]).toMatch(message);
      expect(files).toEqual([`${SLUG}.md`]);
      expect(entry).toBe(BASE);
    }
  });
});
