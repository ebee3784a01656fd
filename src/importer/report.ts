/**
 * The report an import prints: one row per article (headline, city, county,
 * date, authors, characters, fields to review), the character totals, and
 * every piece of text that went into no entry.
 */
import type { ImportResult } from './import.ts';
import type { WriteOutcome } from './write.ts';
import { inkCount } from './lines.ts';

/** Display width of a text in a terminal: CJK characters take two columns. */
function columns(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u.test(ch) ? 2 : 1;
  return width;
}

/**
 * Rows laid out as a table with aligned columns.
 * @example table([['a', 'bb'], ['ccc', 'd']]) // 'a    bb\nccc  d\n'
 */
export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => columns(row[c] ?? ''))));
  return rows.map((row) => row.map((cell, c) => (c === row.length - 1 ? cell : cell + ' '.repeat(widths[c]! - columns(cell) + 2))).join('').trimEnd() + '\n').join('');
}

export function formatReport(result: ImportResult, target: { out: string; outcomes?: WriteOutcome[] | undefined }): string {
  const header = ['headline', 'city', 'county', 'date', 'authors', 'characters', 'review', 'file'];
  const rows = result.entries.map((entry, i) => [
    entry.data.title,
    entry.data.city,
    entry.data.county ?? '—',
    `${entry.data.date} (${entry.data.dateSource})`,
    entry.data.authors.join(' '),
    String(entry.characters),
    (entry.data.review ?? []).join(' '),
    target.outcomes ? `${entry.name} (${target.outcomes[i]})` : entry.name,
  ]);
  const { total, inBodies, inFields, unassigned } = result.accounting;
  const unassignedCount = unassigned.reduce((sum, piece) => sum + inkCount(piece.text), 0);
  const lines = [
    table([header, ...rows]),
    `${result.entries.length} article(s). Characters: ${total} on the page = ${inBodies} in bodies + ${inFields} in fields + ${unassignedCount} unassigned.`,
    ...unassigned.map((piece) => `  unassigned, line ${piece.line}: ${piece.text} (${piece.reason})`),
    ...result.entries.flatMap((entry) => entry.untyped.map((figure) => `  untyped figure, for review, ${entry.name}: ${figure.printed}`)),
    target.outcomes ? `Entries written to ${target.out}.` : 'Dry run: nothing written.',
  ];
  return lines.join('\n') + '\n';
}
