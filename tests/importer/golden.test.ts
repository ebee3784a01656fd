import { describe, expect, it } from 'vitest';
import { checkEntry, splitEntry } from '../../src/model/entry.ts';
import { formatProblem } from '../../src/model/problem.ts';
import { importPage } from '../../src/importer/import.ts';
import { FIELD_ORDER } from '../../src/model/schema.ts';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTICLES_DIR } from '../helpers/content.ts';
import { CURATED, SEED_BYTES, SEED_NAME, SEED_TEXT } from './pages.ts';

const result = importPage(SEED_TEXT, { file: SEED_NAME, bytes: SEED_BYTES });
const imported = result.entries.map((entry) => ({ entry, checked: checkEntry(entry.name, entry.content) }));
const curatedByName = new Map(CURATED.map((article) => [`${article.slug}.md`, article]));

/** Fields the golden test compares; topics and metrics are proposals, always under review. */
const COMPARED = [
  'uid',
  'title',
  'titleSource',
  'subtitle',
  'kicker',
  'column',
  'city',
  'county',
  'date',
  'dateSource',
  'authors',
  'authorRole',
  'photos',
  'source',
] as const;

describe('importing the seed page', () => {
  it('finds the seven curated articles, under the curated file names, in OCR order', () => {
    expect(result.entries.map((entry) => entry.name).sort()).toEqual([...curatedByName.keys()].sort());
    expect(result.entries.map((entry) => entry.data.uid)).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => `kxdb-248f2a5c-${n}`));
  });

  it('writes entries that pass the content check', () => {
    for (const { entry, checked } of imported) expect(checked.problems.map(formatProblem), entry.name).toEqual([]);
  });

  it('reproduces every body to the character', () => {
    for (const { entry, checked } of imported) {
      expect(checked.article!.body, entry.name).toBe(curatedByName.get(entry.name)!.body);
    }
  });

  it('reproduces the curated frontmatter, except in fields it marks for review', () => {
    for (const { entry, checked } of imported) {
      const curated = curatedByName.get(entry.name)!.data;
      const review = new Set(checked.article!.data.review);
      for (const field of COMPARED) {
        if (review.has(field)) continue;
        expect(checked.article!.data[field], `${entry.name} ${field}`).toEqual(curated[field]);
      }
    }
  });

  it('proposes a title for the article printed without one, as the editor’s and for review', () => {
    const yangquan = imported.find(({ entry }) => entry.data.city === 'yangquan')!.checked.article!.data;
    expect(yangquan.titleSource).toBe('editor');
    expect(yangquan.review).toContain('title');
    expect(imported.filter(({ checked }) => checked.article!.data.titleSource === 'editor')).toHaveLength(1);
  });

  it('lists topics and metrics for review, with metric quotes taken verbatim from the body', () => {
    for (const { checked } of imported) {
      expect(checked.article!.data.review).toEqual(expect.arrayContaining(['topics', 'metrics']));
      expect(checked.article!.data.topics.length).toBeGreaterThan(0);
    }
    const quotes = imported.flatMap(({ checked }) => checked.article!.data.metrics.map((metric) => metric.quote));
    expect(quotes).toContain(
      '热电厂二氧化硫排放浓度不高于 35毫克/立方米，氮氧化物排放浓度不高于 50 毫克/立方米，除尘效率不低于 99.96%，全部满足现行环保标准。',
    );
  });

  it('writes frontmatter keys in the curated order', () => {
    for (const { entry } of imported) {
      const keys = Object.keys(parse(splitEntry(entry.content)!.frontmatter) as object);
      const order = keys.map((key) => FIELD_ORDER.indexOf(key as (typeof FIELD_ORDER)[number]));
      expect(
        order.every((position) => position >= 0),
        entry.name,
      ).toBe(true);
      expect(order, entry.name).toEqual([...order].sort((a, b) => a - b));
      const curatedSource = readFileSync(join(ARTICLES_DIR, entry.name), 'utf8');
      // Metrics are proposals: an article may get some where the curators chose none, or none where they did.
      // Corrections are an editor's, added after the import.
      const curatedKeys = Object.keys(parse(splitEntry(curatedSource)!.frontmatter) as object).filter((key) => key !== 'metrics' && key !== 'corrections');
      expect(
        keys.filter((key) => curatedKeys.includes(key)),
        entry.name,
      ).toEqual(curatedKeys);
    }
  });

  it('accounts for every character of the page: only OCR junk and decoration stay unassigned', () => {
    const { total, inBodies, inFields, unassigned } = result.accounting;
    const ink = [...SEED_TEXT.replace(/\s+/gu, '')].length;
    const unassignedInk = unassigned.reduce((sum, piece) => sum + [...piece.text.replace(/\s+/gu, '')].length, 0);
    expect(total).toBe(ink);
    expect(inBodies + inFields + unassignedInk).toBe(ink);
    expect(unassigned.map((piece) => `${piece.line} ${piece.text}`)).toEqual(['121 K yixian chuanzhen', '357 姻', '682 姻']);
  });
});
