/**
 * One article entry read the way the site reads it: frontmatter parsed and
 * validated by the schema, the body checked for OCR debris, each figure's
 * quote found in the body. Every problem is located at its line, so an
 * editor can fix a whole entry in one pass. Pure: the content check
 * (`src/checks/content-check.ts`) reads the files.
 */
import { LineCounter, parseDocument, isMap, isSeq, type Document, type Node } from 'yaml';
import type { z } from 'astro/zod';
import { articleSchema, type ArticleData } from './schema.ts';
import { SLUG_PATTERN, slugOfFile } from './slugs.ts';
import type { Problem } from './problem.ts';
import { bodyText } from '../text/markdown.ts';
import { printedWhere } from './corrections.ts';
import { hasOcrGap } from '../text/ocr-gaps.ts';

export interface CheckedArticle {
  file: string;
  slug: string;
  data: ArticleData;
  body: string;
  /** Lines of the fields that checks reading other files (the page an article was printed on) report on, by dotted path. */
  fieldLines?: Partial<Record<LocatedField, number>>;
}

interface SplitEntry {
  frontmatter: string;
  /** 1-based line of the first frontmatter line. */
  frontmatterLine: number;
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
}

/**
 * Splits a Markdown entry into its YAML frontmatter and its body.
 * @example splitEntry('---\ntitle: x\n---\n\nText\n')?.body // '\nText\n'
 */
export function splitEntry(source: string): SplitEntry | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) return undefined;
  const frontmatter = match[1] ?? '';
  return {
    frontmatter,
    frontmatterLine: 2,
    body: source.slice(match[0].length),
    bodyLine: frontmatter.split('\n').length + 3,
  };
}

const FIELD_NAMES = Object.keys(articleSchema.shape);

/** The fields whose lines a checked article keeps (not its parsed YAML, which would hold far more memory). */
const LOCATED_FIELDS = ['date', 'source.file', 'source.page', 'source.lines'] as const;
export type LocatedField = (typeof LOCATED_FIELDS)[number];

/** OCR debris that must not survive into a body: each with why it is wrong. */
const OCR_ARTEFACTS: { found: (line: string) => boolean; message: string }[] = [
  { found: hasOcrGap, message: 'a space between two Chinese characters (line-break debris)' },
  { found: (line) => /姻\s*科学导报/u.test(line), message: 'the glyph 姻 before a byline (a misread bullet)' },
  { found: (line) => /一线传真|yixian chuanzhen/iu.test(line), message: 'a stray column label (一线传真)' },
];

/** Checks one entry's text; its slug is its file name (see slugOfFile). */
export function checkEntry(file: string, source: string): { problems: Problem[]; article?: CheckedArticle } {
  const problems: Problem[] = [];
  const at = (line: number, field: string, message: string) => problems.push({ file, line, field, message });
  const entry = splitEntry(source);
  if (!entry) {
    at(1, 'frontmatter', 'the entry must start with a --- frontmatter block ---');
    return { problems };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(entry.frontmatter, { lineCounter, schema: 'core', uniqueKeys: true });
  const lineOf = fieldLineOf(doc, lineCounter, entry.frontmatterLine);
  for (const error of doc.errors) {
    at(entry.frontmatterLine - 1 + (error.linePos?.[0].line ?? 1), 'frontmatter', `YAML: ${error.message.split('\n')[0]}`);
  }
  if (doc.errors.length > 0) return { problems };

  // reportInput keeps each issue's input, so a wrong type is told from a missing field.
  const result = articleSchema.safeParse(doc.toJS(), { reportInput: true });
  if (!result.success) {
    for (const issue of result.error.issues) reportIssue(issue, lineOf, at);
  }

  const text = bodyText(entry.body);
  checkBody(entry, text, at);

  if (!result.success) return { problems };
  const data = result.data;
  data.metrics.forEach((metric, index) => {
    if (!text.includes(metric.quote)) {
      at(lineOf(['metrics', index, 'quote']), `metrics[${index}].quote`, 'the quote does not occur verbatim in the body');
    }
  });
  checkCorrections(data, text, lineOf, at);
  const slug = slugOfFile(file);
  if (!SLUG_PATTERN.test(slug)) at(1, 'slug', `file name "${slug}" must be lower-case ASCII words joined by hyphens`);
  const fieldLines = Object.fromEntries(LOCATED_FIELDS.map((field) => [field, lineOf(field.split('.'))]));
  return { problems, article: { file, slug, data, body: entry.body, fieldLines } };
}

/**
 * The 1-based line in the file of the YAML node at `path` (the key of a
 * mapping entry, the item of a list), or of the nearest node above it that
 * exists; `firstLine` is the file line of the YAML's first line.
 */
export function fieldLineOf(doc: Document, lineCounter: LineCounter, firstLine: number): (path: readonly PropertyKey[]) => number {
  return (path) => {
    let node: unknown = doc.contents;
    let found: unknown = node;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => String((item.key as { value?: unknown })?.value) === String(key));
        found = pair?.key ?? found;
        node = pair?.value;
      } else if (isSeq(node)) {
        node = node.items[Number(key)];
        found = node ?? found;
      } else break;
    }
    const offset = (found as Node | undefined)?.range?.[0] ?? 0;
    return firstLine - 1 + lineCounter.linePos(offset).line;
  };
}

/** A body must print something, and nothing the OCR left behind. */
function checkBody(entry: { body: string; bodyLine: number }, text: string, at: (line: number, field: string, message: string) => void): void {
  if (text.trim() === '') at(entry.bodyLine, 'body', 'the body is empty');
  const bodyLines = entry.body.split(/\r?\n/);
  for (const { found, message } of OCR_ARTEFACTS) {
    const index = bodyLines.findIndex(found);
    if (index >= 0) at(entry.bodyLine + index, 'body', message);
  }
}

/** A correction's printed text must be printed: in the body or a photo caption. */
function checkCorrections(
  data: ArticleData,
  text: string,
  lineOf: (path: readonly PropertyKey[]) => number,
  at: (line: number, field: string, message: string) => void,
): void {
  const captions = data.photos.map((photo) => photo.caption);
  data.corrections.forEach((correction, index) => {
    if (!printedWhere(correction.printed, text, captions)) {
      at(lineOf(['corrections', index, 'printed']), `corrections[${index}].printed`, `"${correction.printed}" does not occur in the body or a photo caption`);
    }
  });
}

/** Reports a schema issue at the line of the field it concerns, unknown fields with the likely intended name. */
export function reportIssue(
  issue: z.core.$ZodIssue,
  lineOf: (path: readonly PropertyKey[]) => number,
  at: (line: number, field: string, message: string) => void,
  fieldNames: readonly string[] = FIELD_NAMES,
): void {
  const field = issue.path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`)).join('');
  if (issue.code === 'unrecognized_keys') {
    for (const key of issue.keys) {
      const hint = issue.path.length === 0 ? suggest(key, fieldNames) : undefined;
      const name = field ? `${field}.${key}` : key;
      at(lineOf([...issue.path, key]), name, `unknown field${hint ? ` (did you mean "${hint}"?)` : ''}`);
    }
    return;
  }
  // A missing key reaches zod as undefined, whether the field wants a type (invalid_type) or one of a list (invalid_value).
  const missing = (issue.code === 'invalid_type' || issue.code === 'invalid_value') && issue.input === undefined;
  const message = missing ? 'is required' : issue.message;
  at(lineOf(issue.path), field || 'frontmatter', message);
}

/** The known name closest to a misspelled one, if it is close enough to be a typo. */
function suggest(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const candidate of known) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
