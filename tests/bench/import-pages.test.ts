import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { generateOcrPages, headlinePhrases } from '../../bench/ocr-pages.ts';
import { importCommand, importRow, runImportBenchmark, withImportRows, IMPORT_TABLE_HEADER } from '../../bench/import-pages.ts';
import { decodePage } from '../../src/page/decode.ts';
import { importPage } from '../../src/importer/import.ts';
import { parseManifest } from '../../src/importer/manifest.ts';

const root = mkdtempSync(join(tmpdir(), 'ocr-pages-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the OCR page generator', () => {
  const first = generateOcrPages({ count: 30, dir: join(root, 'a'), seed: 5 });
  const texts = first.pages.map((page) => readFileSync(page, 'utf8'));

  it('is deterministic, and writes a manifest with a weekly issue per page', () => {
    const again = generateOcrPages({ count: 30, dir: join(root, 'b'), seed: 5 });
    expect(again.pages.map((page) => readFileSync(page, 'utf8'))).toEqual(texts);
    const { rows, problems } = parseManifest('pages.csv', readFileSync(first.manifest, 'utf8'));
    expect(problems).toEqual([]);
    expect(rows.map((row) => row.file)).toEqual(first.pages.map((page) => basename(page)));
    expect(rows.slice(0, 2).map((row) => row.date)).toEqual(['2025-01-02', '2025-01-09']);
    expect(new Set(texts).size).toBe(30);
  });

  it('varies the column width, the blank lines and the order of headlines and bylines', () => {
    const widths = new Set(texts.map((text) => Math.max(...text.split('\n').map((line) => [...line.replace(/^\u3000+/u, '')].length))));
    expect(widths.size).toBeGreaterThan(5);
    expect(texts.some((text) => text.includes('\n\n'))).toBe(true);
    expect(texts.some((text) => /[^\n]\n[^\n]+\n[^\n]/u.test(text))).toBe(true);
    // A byline on its own line right after a headline block: out of reading order.
    expect(texts.some((text) => /生态环境局\n\n?[^\n]{4,9}\n\n?(?:[^\n]{4,9}\n\n?)?姻 科学导报记者/u.test(text))).toBe(true);
    expect(texts.some((text) => text.includes('科学导报讯'))).toBe(true);
  });

  it('makes pages the importer takes whole', () => {
    const rows = parseManifest('pages.csv', readFileSync(first.manifest, 'utf8')).rows;
    first.pages.forEach((page, i) => {
      const bytes = readFileSync(page);
      const result = importPage(decodePage(bytes).text, { file: basename(page), bytes, date: rows[i]!.date! });
      expect(result.entries.length, page).toBeGreaterThanOrEqual(2);
    });
  });

  it('takes headline phrases from the clauses of the first paragraph', () => {
    expect(headlinePhrases('科学导报讯 4 月 18 日，守护蓝天白云，推进污染防治工作，共建美丽家园。')).toEqual([
      '守护蓝天白云',
      '推进污染防治工作',
      '共建美丽家园',
    ]);
  });
});

describe('the import benchmark harness', () => {
  it('imports generated pages with the command of npm run import and measures time and memory', { timeout: 180_000 }, async () => {
    expect(importCommand()).toEqual(['--optimize-for-size', expect.stringMatching(/src\/importer\/cli\.ts$/)]);
    const report = await runImportBenchmark({ pages: 12 });
    expect(report).toMatchObject({ pages: 12, imported: 12, failed: 0, failures: [] });
    expect(report.articles).toBeGreaterThanOrEqual(24);
    expect(report.wallSeconds).toBeGreaterThan(0);
    expect(report.cpuSeconds).toBeGreaterThan(0);
    expect(report.peakBytes).toBeGreaterThan(30e6);
    // Sampled from outside, up to the process's exit (the kernel's figure is read before the report is written).
    expect(report.sampledPeakBytes).toBeGreaterThan(30e6);
    const row = importRow(report);
    expect(row.split(' | ')).toHaveLength(9);
    const doc = `# B\n\n${IMPORT_TABLE_HEADER}\n| --- |\n| old |\n\n## Next\n| other |\n`;
    expect(withImportRows(doc, [row])).toBe(`# B\n\n${IMPORT_TABLE_HEADER}\n| --- |\n| old |\n${row}\n\n## Next\n| other |\n`);
  });
});
