import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { importPage } from '../../src/importer/import.ts';
import { pageEntry, pageEntryText } from '../../src/importer/page-entry.ts';
import { checkPageEntry, pageSchema } from '../../src/model/page.ts';
import { SEED_PAGE } from '../helpers/content.ts';
import { SEED_BYTES, SEED_NAME, SEED_TEXT } from './pages.ts';

const result = importPage(SEED_TEXT, { file: SEED_NAME, bytes: SEED_BYTES });
const SEED_ENTRY = SEED_PAGE.replace(/\.txt$/, '.yaml');

describe('the page entry of an import', () => {
  it('is, for the seed page, the entry the archive keeps beside it', () => {
    expect(pageEntryText(pageEntry(SEED_NAME, SEED_BYTES, SEED_TEXT, result, {}))).toBe(readFileSync(SEED_ENTRY, 'utf8'));
  });

  it('fixes the file’s hash and leaves what the page does not print unknown, never guessed', () => {
    const entry = pageEntry(SEED_NAME, SEED_BYTES, SEED_TEXT, result, {});
    // The hash itself is compared with the kept entry above.
    expect(entry.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect([entry.date, entry.issueNumber, entry.page, entry.pageName]).toEqual([null, null, null, null]);
  });

  it('holds the accounting of the import: totals and every unassigned piece with its reason', () => {
    const { accounting } = pageEntry(SEED_NAME, SEED_BYTES, SEED_TEXT, result, {});
    expect(accounting.onPage).toBe(result.accounting.total);
    expect(accounting.onPage).toBe(accounting.inBodies + accounting.inFields + accounting.unassigned);
    expect(accounting.left.map((piece) => `${piece.line} ${piece.text}`)).toEqual(['121 K yixian chuanzhen', '357 姻', '682 姻']);
    expect(accounting.left.every((piece) => piece.reason.length > 0)).toBe(true);
  });

  it('names the column labels that head the page’s articles, with their line', () => {
    expect(pageEntry(SEED_NAME, SEED_BYTES, SEED_TEXT, result, {}).furniture).toEqual([{ kind: 'column', text: '一线传真', line: 121 }]);
  });

  it('records the issue date, issue number, page number and name an editor gives, and reads back through the schema', () => {
    const entry = pageEntry(SEED_NAME, SEED_BYTES, SEED_TEXT, result, { date: '2025-04-24', issueNumber: 3021, page: 3, pageName: '生态环境' });
    const text = pageEntryText(entry);
    expect(text).toContain("date: '2025-04-24'\n");
    expect(pageSchema.parse(parse(text))).toEqual(entry);
    expect(checkPageEntry('000_248f2a5ceed2de10.yaml', text).problems).toEqual([]);
  });
});
