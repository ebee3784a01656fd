/**
 * Accounting for every character. Each non-whitespace character of the page
 * must end up in exactly one place: an article's body, a frontmatter field,
 * or the report's list of unassigned text. The importer records where each
 * printed piece went in a ledger; this module checks the ledger against the
 * page and the written values against the ledger, so text cannot be lost or
 * invented silently.
 */
import type { LeftReason } from '../model/page.ts';
import { ImportError } from './errors.ts';
import { type Line } from '../page/lines.ts';
import { ink, inkCount } from '../text/ink.ts';
import { lineRanges, type LineRange } from '../page/provenance.ts';

export type Place =
  /** A body or a field of one or more articles (a column label heads several). */
  { articles: number[]; field: string } | { unassigned: LeftReason };

export interface LedgerEntry {
  line: number;
  text: string;
  place: Place;
}

/** A printed piece of a line: what the ledger places. */
type Piece = Pick<LedgerEntry, 'line' | 'text'>;

/**
 * The ledger an import fills as it decides where each printed piece goes.
 * @example const ledger = new Ledger(); ledger.place(0, 'title', [{ line: 3, text: '标题' }]); ledger.entries[0]?.place // { articles: [0], field: 'title' }
 */
export class Ledger {
  readonly entries: LedgerEntry[] = [];

  /** Pieces written into a field (or the body) of one article, or of several (a column label). */
  place(articles: number | number[], field: string, pieces: readonly Piece[]): void {
    const owners = typeof articles === 'number' ? [articles] : articles;
    for (const piece of pieces) this.entries.push({ ...piece, place: { articles: owners, field } });
  }

  /**
   * An article whose entry cannot be written: its pieces go into no entry,
   * for an editor, and a column label it shared heads only the others.
   */
  setAside(article: number): void {
    for (const entry of this.entries) {
      if (!('articles' in entry.place) || !entry.place.articles.includes(article)) continue;
      const others = entry.place.articles.filter((owner) => owner !== article);
      entry.place = others.length > 0 ? { articles: others, field: entry.place.field } : { unassigned: 'needs-editor' };
    }
  }

  /** Pieces that go into no entry, with the reason the report gives. */
  unassign(pieces: readonly Piece[], reason: LeftReason): void {
    for (const piece of pieces) this.entries.push({ ...piece, place: { unassigned: reason } });
  }
}

export interface Accounting {
  /** Non-whitespace characters of the page. */
  total: number;
  inBodies: number;
  inFields: number;
  unassigned: { line: number; text: string; reason: LeftReason }[];
}

const sortedChars = (text: string) => [...ink(text)].sort().join('');

/**
 * Checks that the ledger places every character of every page line exactly
 * once, and sums up where they went.
 */
export function accountFor(lines: readonly Line[], ledger: readonly LedgerEntry[]): Accounting {
  const byLine = new Map<number, LedgerEntry[]>();
  for (const entry of ledger) byLine.set(entry.line, [...(byLine.get(entry.line) ?? []), entry]);
  const pageLines = new Set(lines.map((line) => line.no));
  for (const entry of ledger) {
    if (!pageLines.has(entry.line) && ink(entry.text) !== '')
      throw new ImportError(`accounting: text "${entry.text}" placed from a line the page does not have`, { line: entry.line });
  }
  const accounting: Accounting = { total: 0, inBodies: 0, inFields: 0, unassigned: [] };
  for (const line of lines) {
    const entries = byLine.get(line.no) ?? [];
    if (sortedChars(line.text) !== sortedChars(entries.map((entry) => entry.text).join(''))) {
      throw new ImportError(`accounting: the characters of this line are not all placed exactly once ("${line.text}")`, { line: line.no });
    }
  }
  for (const entry of ledger) {
    const count = inkCount(entry.text);
    if ('unassigned' in entry.place) {
      if (count > 0) accounting.unassigned.push({ line: entry.line, text: entry.text, reason: entry.place.unassigned });
    } else if (entry.place.field === 'body') accounting.inBodies += count;
    else accounting.inFields += count;
  }
  accounting.total = lines.reduce((sum, line) => sum + inkCount(line.text), 0);
  return accounting;
}

/**
 * Checks that a value written for an article holds exactly the printed text
 * the ledger placed there, in order (whitespace aside).
 */
export function checkPlaced(ledger: readonly LedgerEntry[], article: number, field: string, written: string | undefined): void {
  const placed = ledger
    .filter((entry) => !('unassigned' in entry.place) && entry.place.field === field && entry.place.articles.includes(article))
    .map((entry) => entry.text)
    .join('');
  if (ink(placed) !== ink(written ?? '')) {
    throw new ImportError(`accounting: article ${article + 1} would not hold its printed text exactly (${field})`, { field });
  }
}

/** Column labels head several articles and are page furniture, so they place no article on their line. */
const SHARED_FIELDS = new Set(['column']);

/**
 * The lines of an article on its page, from the importer's ledger: every
 * line a piece of its printed text was placed from, except shared furniture.
 * @example articleLines([{ line: 4, text: '正文', place: { articles: [0], field: 'body' } }], 0, [{ no: 4, text: '正文' }]) // [[4, 4]]
 */
export function articleLines(ledger: readonly LedgerEntry[], article: number, page: readonly Line[]): LineRange[] {
  const numbers = ledger
    .filter((entry) => 'articles' in entry.place && entry.place.articles.includes(article) && !SHARED_FIELDS.has(entry.place.field) && inkCount(entry.text) > 0)
    .map((entry) => entry.line);
  return lineRanges(numbers, new Set(page.map((line) => line.no)));
}
