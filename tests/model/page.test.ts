import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { formatProblem } from '../../src/model/problem.ts';
import { checkPageEntry, pageEntryName, pageIdOf, PAGE_FILE } from '../../src/model/page.ts';
import { SEED_PAGE } from '../helpers/content.ts';

const SEED_ENTRY = readFileSync(SEED_PAGE.replace(/\.txt$/, '.yaml'), 'utf8');
const check = (text: string, name = '000_248f2a5ceed2de10.yaml') => checkPageEntry(`content/sources/${name}`, text).problems.map(formatProblem);

describe('a page entry', () => {
  it('names its page by the file name without extension', () => {
    expect(pageIdOf('content/sources/000_248f2a5ceed2de10.txt')).toBe('000_248f2a5ceed2de10');
    expect(pageIdOf('kxdb.2025-04-24.p3.txt')).toBe('kxdb.2025-04-24.p3');
    expect(pageEntryName('kxdb.2025-04-24.p3.txt')).toBe('kxdb.2025-04-24.p3.yaml');
  });

  it('takes only file names that are safe as an address', () => {
    for (const name of ['000_248f2a5ceed2de10.txt', 'p-3.TXT', 'kxdb.2025-04-24.p3.txt']) expect(PAGE_FILE.test(name), name).toBe(true);
    for (const name of ['第3版.txt', 'a b.txt', 'noextension', '.hidden.txt', '../up.txt', 'a/b.txt', 'x..txt']) expect(PAGE_FILE.test(name), name).toBe(false);
  });

  it('of the seed page passes the check', () => {
    expect(check(SEED_ENTRY)).toEqual([]);
    expect(checkPageEntry('000_248f2a5ceed2de10.yaml', SEED_ENTRY).page?.date).toBeNull();
  });

  it('is refused with file:line field: message for each problem', () => {
    const broken = SEED_ENTRY.replace('date: null', "date: '2025-02-30'")
      .replace(/sha256: \w+/, 'sha256: 12ab')
      .replace('page: null', 'page: 0\ncolour: green')
      .replace('inBodies: 6682', 'inBodies: 6000');
    expect(check(broken)).toEqual([
      'content/sources/000_248f2a5ceed2de10.yaml:3 sha256: sha256 must be 64 lower-case hex digits',
      'content/sources/000_248f2a5ceed2de10.yaml:4 date: "2025-02-30" is not a real date written YYYY-MM-DD',
      'content/sources/000_248f2a5ceed2de10.yaml:6 page: page starts at 1',
      'content/sources/000_248f2a5ceed2de10.yaml:7 colour: unknown field',
      'content/sources/000_248f2a5ceed2de10.yaml:14 accounting.onPage: onPage 6928 is not inBodies + inFields + unassigned (6246)',
    ]);
  });

  it('must say that a date is unknown, not leave it out', () => {
    expect(check(SEED_ENTRY.replace('date: null\n', ''))).toEqual(['content/sources/000_248f2a5ceed2de10.yaml:1 date: is required']);
  });

  it('counts the unassigned text it lists', () => {
    expect(check(SEED_ENTRY.replace('    - text: 姻\n      line: 357\n      reason: bullet-junk\n', ''))).toEqual([
      'content/sources/000_248f2a5ceed2de10.yaml:16 accounting.unassigned: unassigned 18 does not count the 17 characters listed under left',
    ]);
  });

  it('says why text is unassigned with a known reason code, and refuses any other (English text of old pages included)', () => {
    const problems = check(SEED_ENTRY.replace('reason: column-decoration', 'reason: decoration of the column label (its pinyin)'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^content\/sources\/000_248f2a5ceed2de10\.yaml:\d+ accounting\.left\[0\]\.reason: unknown reason "decoration of the column label \(its pinyin\)"; expected one of column-decoration, /,
    );
  });

  it('sits beside the file it describes, under its name', () => {
    expect(check(SEED_ENTRY, 'other.yaml')).toEqual([
      'content/sources/other.yaml:2 file: a page entry sits beside its file and is named after it: 000_248f2a5ceed2de10.txt needs 000_248f2a5ceed2de10.yaml, not other.yaml',
    ]);
  });
});
