/**
 * Marking review items as checked: the fields leave the entry's `review:`
 * list, and nothing else of the file changes. The edit is made on the text,
 * at the positions the YAML parser gives, so key order, quoting, comments
 * and the style of every other line stay as they are: a flow list
 * (`review: [title, date]`) is one rewritten line, a block list loses the
 * lines of the accepted items, and a list left empty is removed with its key.
 * The result is parsed again and must differ from the entry in the review
 * list alone. Pure.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Scalar } from 'yaml';
import { splitEntry } from '../model/entry.ts';

export type AcceptResult = { source: string } | { problem: { line: number; field: string; message: string } };

/** Lines [first, last] (1-based, inclusive) of a text, removed. */
function withoutLines(text: string, first: number, last: number): string {
  const lines = text.split('\n');
  lines.splice(first - 1, last - first + 1);
  return lines.join('\n');
}

/**
 * The entry with `fields` taken out of its review list, or the problem that
 * keeps it from being written (a field that is not open, a list the edit
 * cannot keep to its own lines).
 * @example 'source' in acceptFields('---\nuid: a\nreview: [title, date]\n---\n\nText\n', ['date']) // true
 */
export function acceptFields(source: string, fields: readonly string[]): AcceptResult {
  const entry = splitEntry(source);
  if (!entry) return { problem: { line: 1, field: 'frontmatter', message: 'the entry has no frontmatter' } };
  const lineCounter = new LineCounter();
  const doc = parseDocument(entry.frontmatter, { lineCounter });
  const pair = isMap(doc.contents) ? doc.contents.items.find((item) => isScalar(item.key) && item.key.value === 'review') : undefined;
  const list = pair?.value;
  const items: Scalar[] = isSeq(list) ? list.items.flatMap((item) => (isScalar(item) ? [item as Scalar] : [])) : [];
  const open = items.map((item) => String(item.value));
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  const reviewLine = entry.frontmatterLine - 1 + (pair && isScalar(pair.key) ? lineAt(pair.key.range![0]) : 1);
  const closed = fields.find((field) => !open.includes(field));
  if (closed !== undefined || !isSeq(list) || !pair) {
    const what = open.length > 0 ? `open for review: ${open.join(', ')}` : 'nothing is open for review';
    return { problem: { line: reviewLine, field: 'review', message: `"${closed}" is not open for review (${what})` } };
  }
  const kept = items.filter((item) => !fields.includes(String(item.value)));
  const frontmatter = editedFrontmatter(entry.frontmatter, list, items, kept, lineAt, isScalar(pair.key) ? lineAt(pair.key.range![0]) : 1);
  const edited = source.replace(entry.frontmatter, () => frontmatter);
  return sameButReview(
    source,
    edited,
    open.filter((field) => !fields.includes(field)),
  )
    ? { source: edited }
    : { problem: { line: reviewLine, field: 'review', message: 'the review list cannot be edited on its own lines; edit it by hand' } };
}

/** The frontmatter with the review list holding `kept` only. */
function editedFrontmatter(
  frontmatter: string,
  list: { flow?: boolean; range?: [number, number, number] | null },
  items: readonly Scalar[],
  kept: readonly Scalar[],
  lineAt: (offset: number) => number,
  keyLine: number,
): string {
  const [start, end] = list.range!;
  if (kept.length === 0) return withoutLines(frontmatter, keyLine, lineAt(Math.max(start, end - 1)));
  if (list.flow) {
    const written = frontmatter.slice(start, end);
    const first = items[0]!.range!;
    const padStart = frontmatter.slice(start + 1, first[0]);
    const padEnd = frontmatter.slice(items.at(-1)!.range![1], end - 1);
    const separator = items.length > 1 ? frontmatter.slice(first[1], items[1]!.range![0]) : ', ';
    const text = `[${padStart}${kept.map((item) => frontmatter.slice(item.range![0], item.range![1])).join(separator)}${padEnd}]`;
    return frontmatter.slice(0, start) + (written.endsWith(']') ? text : written) + frontmatter.slice(end);
  }
  // A block list: each accepted item is its own `- field` line.
  const gone = items.filter((item) => !kept.includes(item)).map((item) => lineAt(item.range![0]));
  return gone.sort((a, b) => b - a).reduce((text, line) => withoutLines(text, line, line), frontmatter);
}

/** Whether two entries differ in their review list only, and the edited one has `review` as its list. */
function sameButReview(before: string, after: string, review: readonly string[]): boolean {
  const data = (source: string) => parseDocument(splitEntry(source)?.frontmatter ?? '').toJS() as Record<string, unknown> | null;
  const [a, b] = [data(before), data(after)];
  if (!a || !b) return false;
  const { review: _old, ...restBefore } = a;
  const { review: now, ...restAfter } = b;
  const body = (source: string) => splitEntry(source)?.body;
  return JSON.stringify(restBefore) === JSON.stringify(restAfter) && JSON.stringify(now ?? []) === JSON.stringify(review) && body(before) === body(after);
}
