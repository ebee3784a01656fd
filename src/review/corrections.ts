/**
 * Adding a correction to an entry, as an editor's command does it: the
 * printed text must occur in the body or a photo caption, and the entry's
 * text changes only by the new correction's lines, inserted where the
 * curated key order puts `corrections:` and written in the curated style.
 * Pure: the command (`npm run review -- --correct`, `cli.ts`) reads and writes the file.
 */
import { isDeepStrictEqual } from 'node:util';
import { Document, LineCounter, isMap, isSeq, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import { checkEntry, splitEntry } from '../model/entry.ts';
import { printedWhere } from '../model/corrections.ts';
import { correctionSchema, type Correction } from '../model/schema.ts';
import { formatProblem, type Problem } from '../model/problem.ts';
import { bodyText } from '../text/markdown.ts';
import { FIELD_ORDER } from '../model/schema.ts';

/** A correction that cannot be added, located for the editor. */
export class CorrectionError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(formatProblem(problem));
    this.name = 'CorrectionError';
    this.problem = problem;
  }
}

/** The YAML of the curated style: no folding, single quotes where quotes are needed. */
const STYLE = { lineWidth: 0, singleQuote: true, flowCollectionPadding: false } as const;

/**
 * The text of an entry with one more correction. Throws a CorrectionError
 * when the correction is not well formed, its printed text does not occur,
 * the entry already corrects that text, or the result would not pass the
 * content check as well as the entry did.
 * @example addCorrection('a.md', source, { printed: '侯鸟', reading: '候鸟', note: '形近致误' }) // source with a `corrections:` item appended
 */
export function addCorrection(file: string, source: string, request: Correction): string {
  const fail = (message: string, field = 'corrections', line?: number): never => {
    throw new CorrectionError({ file, line, field, message });
  };
  const entry = splitEntry(source) ?? fail('the entry has no --- frontmatter block ---', 'frontmatter', 1);
  const lineCounter = new LineCounter();
  const doc = parseDocument(entry.frontmatter, { lineCounter, schema: 'core', uniqueKeys: true });
  const root = doc.contents;
  if (doc.errors.length > 0 || !isMap(root)) return fail('the frontmatter does not parse; run npm run check', 'frontmatter', 1);
  const parsed = correctionSchema.safeParse(request);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return fail(issue.message, String(issue.path[0] ?? 'printed'));
  }
  const { printed, reading, note } = parsed.data;
  const correction: Correction = { printed, reading, ...(note ? { note } : {}) };
  const data = doc.toJS() as { photos?: { caption?: unknown }[]; corrections?: { printed?: unknown }[] };
  const captions = (data.photos ?? []).map((photo) => String(photo?.caption ?? ''));
  if (!printedWhere(correction.printed, bodyText(entry.body), captions)) {
    fail(`"${correction.printed}" does not occur in the body or a photo caption`, 'printed');
  }
  const already = (data.corrections ?? []).findIndex((existing) => existing?.printed === correction.printed);
  if (already >= 0) {
    const node = (root.get('corrections', true) as { items?: Node[] } | undefined)?.items?.[already];
    fail(
      `"${correction.printed}" is corrected already`,
      `corrections[${already}].printed`,
      entry.frontmatterLine - 1 + lineCounter.linePos(node?.range?.[0] ?? 0).line,
    );
  }

  const lines = entry.frontmatter.split('\n');
  const lineOf = (offset: number) => lineCounter.linePos(offset).line - 1;
  const eol = entry.frontmatter.includes('\r\n') ? '\r' : '';
  const edited = spliceCorrection(lines, root, lineOf, correction, eol);
  const result = source.replace(entry.frontmatter, () => edited.join('\n'));
  verify(file, source, result, data, correction, fail);
  return result;
}

/**
 * The frontmatter lines with the correction added: appended to a block list
 * of corrections; else a `corrections:` block put before the first key that
 * follows it in the curated order (or at the end), replacing an empty or
 * inline list if there is one.
 */
function spliceCorrection(lines: readonly string[], root: YAMLMap, lineOf: (offset: number) => number, correction: Correction, eol: string): string[] {
  const keyLines = root.items.map((pair) => ({ key: String((pair.key as { value?: unknown }).value), line: lineOf(rangeOf(pair)[0]) }));
  const position = keyLines.findIndex(({ key }) => key === 'corrections');
  const block = stringifyCorrections([correction]).map((line) => line + eol);
  if (position < 0) {
    const after = FIELD_ORDER.slice(FIELD_ORDER.indexOf('corrections') + 1) as readonly string[];
    const next = keyLines.find(({ key }) => after.includes(key))?.line ?? trimmedLength(lines);
    return [...lines.slice(0, next), ...block, ...lines.slice(next)];
  }
  const pair = root.items[position]!;
  const start = keyLines[position]!.line;
  const end = keyLines[position + 1]?.line ?? trimmedLength(lines);
  if (isSeq(pair.value) && !pair.value.flow && pair.value.items.length > 0) {
    // The new item is indented as the list's first item is.
    const indent = /^[ \t]*/u.exec(lines[lineOf(rangeOf(pair.value.items[0] as Node)[0])]!)![0];
    const last = lineOf(rangeOf(pair.value)[1] - 1) + 1;
    return [...lines.slice(0, last), ...block.slice(1).map((line) => indent + line.slice(2)), ...lines.slice(last)];
  }
  const existing = isSeq(pair.value) ? (pair.value.toJSON() as Correction[]) : [];
  return [...lines.slice(0, start), ...stringifyCorrections([...existing, correction]).map((line) => line + eol), ...lines.slice(end)];
}

/** The frontmatter's lines without trailing blank ones. */
function trimmedLength(lines: readonly string[]): number {
  let end = lines.length;
  while (end > 0 && lines[end - 1]!.trim() === '') end--;
  return end;
}

function rangeOf(node: Pair | { range?: [number, number, number] | null }): [number, number] {
  const range = 'key' in node ? (node.key as { range?: [number, number, number] }).range : node.range;
  return [range?.[0] ?? 0, range?.[1] ?? 0];
}

/**
 * A `corrections:` block in the curated style, as lines.
 * @example stringifyCorrections([{ printed: '侯鸟', reading: '候鸟' }]) // ['corrections:', '  - printed: 侯鸟', '    reading: 候鸟']
 */
export function stringifyCorrections(corrections: readonly Correction[]): string[] {
  const items = corrections.map(({ printed, reading, note }) => ({ printed, reading, ...(note ? { note } : {}) }));
  return new Document({ corrections: items }).toString(STYLE).trimEnd().split('\n');
}

/** The edited entry holds what it held plus the correction, and passes the content check as well as before. */
function verify(
  file: string,
  before: string,
  after: string,
  data: { corrections?: unknown[] },
  correction: Correction,
  fail: (message: string, field?: string) => never,
): void {
  const reparsed = parseDocument(splitEntry(after)!.frontmatter, { schema: 'core' }).toJS() as Record<string, unknown>;
  const expected = { ...data, corrections: [...(data.corrections ?? []), correction] };
  const sameKeys = (object: Record<string, unknown>) => Object.fromEntries(Object.entries(object).filter(([key]) => key !== 'corrections'));
  if (!isDeepStrictEqual(sameKeys(reparsed), sameKeys(expected)) || !isDeepStrictEqual(reparsed.corrections, expected.corrections)) {
    fail('the edited frontmatter would not hold the entry plus the correction; edit it by hand');
  }
  const known = new Set(checkEntry(file, before).problems.map((problem) => `${problem.field}: ${problem.message}`));
  const added = checkEntry(file, after).problems.find((problem) => !known.has(`${problem.field}: ${problem.message}`));
  if (added) fail(added.message, added.field);
}
