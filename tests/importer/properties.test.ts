import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodePage } from '../../src/page/decode.ts';
import { LocatedError } from '../../src/model/problem.ts';
import { importPage } from '../../src/importer/import.ts';
import { briefPage, SEED_TEXT } from './pages.ts';

const seedLines = SEED_TEXT.split('\n');

/** Text that looks like pages: seed lines, furniture, markup, and anything at all. */
const pageish = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...seedLines) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          '科学导报讯 4 月 1 日，太原市生态环境局召开会议。',
          '姻 科学导报记者 张三',
          '一线传真K yixian chuanzhen',
          '图片由',
          '太原市生态环境局提供',
          '———副题',
          '大同市生态环境局',
          '# 1. <b>&amp;</b> | * _ `',
          '',
        ),
      },
      { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
    ),
    { maxLength: 160, size: 'medium' },
  )
  .chain((lines) => fc.constantFrom('\n', '\r\n').map((end) => lines.join(end)));

const ink = (text: string) => [...text.replace(/\s+/gu, '')].length;

/** Imports a page as the command does (line ends already read), from its text. */
const importText = (text: string, date: string | undefined) =>
  importPage(text.replace(/\r\n?/g, '\n'), { file: 'page.txt', bytes: new TextEncoder().encode(text), ...(date ? { date } : {}) });

/** The refusal of a page because an entry the importer made itself fails the content check (see setAsideFailing in import.ts). */
const OWN_ENTRY_REFUSED = /fails the content check|is left for an editor/;

const RUNS = { numRuns: 300, seed: 20250422 };

describe('importing arbitrary text', () => {
  it('never fails except with an import error, and accounts for every character when it succeeds', () => {
    let imported = 0;
    fc.assert(
      fc.property(pageish, fc.option(fc.constant('2025-04-22'), { nil: undefined }), (text, date) => {
        try {
          const result = importText(text, date);
          imported++;
          const { total, inBodies, inFields, unassigned } = result.accounting;
          const unassignedInk = unassigned.reduce((sum, piece) => sum + ink(piece.text), 0);
          expect(total).toBe(ink(text));
          expect(inBodies + inFields + unassignedInk).toBe(total);
          expect(result.entries.length).toBeGreaterThan(0);
        } catch (error) {
          if (!(error instanceof LocatedError)) throw error;
          // Losing text is never an acceptable way to fail.
          expect(error.message).not.toMatch(/^accounting/);
          // Refusing its own entry is not acceptable either: the next test says so.
        }
      }),
      RUNS,
    );
    // Most generated pages hold articles, so the accounting is exercised, not just the refusals.
    expect(imported).toBeGreaterThan(150);
  });

  it('never refuses a page because an entry it made itself fails the content check (see 危险废物 规范化 below)', () => {
    fc.assert(
      fc.property(pageish, fc.option(fc.constant('2025-04-22'), { nil: undefined }), (text, date) => {
        try {
          importText(text, date);
        } catch (error) {
          if (!(error instanceof LocatedError)) throw error;
          expect(error.message).not.toMatch(OWN_ENTRY_REFUSED);
        }
      }),
      RUNS,
    );
  });

  it('imports a body line with an OCR space between two Chinese characters, 危险废物 规范化', () => {
    const page = briefPage(['科学导报讯 4 月 18 日，太原市生态环境局召开危险废物 规范化管理培训会，全市 60 余家危废产生单位环保负责人参加培训。']);
    const { entries } = importText(page, '2025-04-22');
    expect(entries).toHaveLength(1);
  });

  it('reads arbitrary bytes as a page or refuses them with an import error', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        try {
          const { text } = decodePage(bytes);
          expect(text.trim()).not.toBe('');
          expect(text).not.toMatch(/\r/);
        } catch (error) {
          if (!(error instanceof LocatedError)) throw error;
        }
      }),
      { numRuns: 500, seed: 7 },
    );
  });
});
