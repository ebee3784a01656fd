/**
 * The content check: reads every article entry the way the site will, and
 * reports every problem at once as `file:line field: message`, so an editor
 * can fix a whole import in one pass. `npm run check` prints it, and the build
 * refuses to start while it reports anything.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import type { z } from 'astro/zod';
import { articleSchema, type ArticleData } from './schema.ts';
import { loadRedirects, type Redirect } from './redirects.ts';
import { SLUG_PATTERN, slugOfFile } from './slugs.ts';

export interface Problem {
  file: string;
  line: number;
  field: string;
  message: string;
}

export interface CheckedArticle {
  file: string;
  slug: string;
  data: ArticleData;
  body: string;
}

/** One problem as the one-line message editors see. */
export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line} ${problem.field}: ${problem.message}`;
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

/** The text a reader sees of a body: Markdown heading markers and escapes removed, paragraphs as lines. */
export function bodyText(body: string): string {
  return body
    .split(/\r?\n/)
    .map((line) => line.replace(/^#{1,6}\s+/, '').replace(/\\([\\`*_{}[\]()#+\-.!|<>~&])/g, '$1'))
    .filter((line) => line.trim() !== '')
    .join('\n');
}

const FIELD_NAMES = Object.keys(articleSchema.shape);

/** OCR debris that must not survive into a body: each with why it is wrong. */
const OCR_ARTEFACTS: { pattern: RegExp; message: string }[] = [
  // The dateline 科学导报讯 is printed with a space after it; any other space
  // between two Chinese characters is where OCR broke a line.
  { pattern: /(?<!科学导报讯)(?<=\p{Script=Han})[ \t\u3000]+\p{Script=Han}/u, message: 'a space between two Chinese characters (line-break debris)' },
  { pattern: /姻\s*科学导报/u, message: 'the glyph 姻 before a byline (a misread bullet)' },
  { pattern: /一线传真|yixian chuanzhen/iu, message: 'a stray column label (一线传真)' },
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
  const lineOf = (path: readonly PropertyKey[]): number => {
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
    return entry.frontmatterLine - 1 + lineCounter.linePos(offset).line;
  };
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
  if (text.trim() === '') at(entry.bodyLine, 'body', 'the body is empty');
  const bodyLines = entry.body.split(/\r?\n/);
  for (const { pattern, message } of OCR_ARTEFACTS) {
    const index = bodyLines.findIndex((line) => pattern.test(line));
    if (index >= 0) at(entry.bodyLine + index, 'body', message);
  }

  if (!result.success) return { problems };
  const data = result.data;
  data.metrics.forEach((metric, index) => {
    if (!text.includes(metric.quote)) {
      at(lineOf(['metrics', index, 'quote']), `metrics[${index}].quote`, 'the quote does not occur verbatim in the body');
    }
  });
  const slug = slugOfFile(file);
  if (!SLUG_PATTERN.test(slug)) at(1, 'slug', `file name "${slug}" must be lower-case ASCII words joined by hyphens`);
  return { problems, article: { file, slug, data, body: entry.body } };
}

function reportIssue(
  issue: z.core.$ZodIssue,
  lineOf: (path: readonly PropertyKey[]) => number,
  at: (line: number, field: string, message: string) => void,
): void {
  const field = issue.path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`)).join('');
  if (issue.code === 'unrecognized_keys') {
    for (const key of issue.keys) {
      const hint = issue.path.length === 0 ? suggest(key, FIELD_NAMES) : undefined;
      const name = field ? `${field}.${key}` : key;
      at(lineOf([...issue.path, key]), name, `unknown field${hint ? ` (did you mean "${hint}"?)` : ''}`);
    }
    return;
  }
  const message = issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : issue.message;
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

/**
 * Checks every entry of a content directory, and what no single entry shows:
 * two entries with the same slug or the same permanent id.
 */
export function checkArticles(dir: string, root = process.cwd()): { problems: Problem[]; articles: CheckedArticle[] } {
  const problems: Problem[] = [];
  const articles: CheckedArticle[] = [];
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .sort();
  const bySlug = new Map<string, string>();
  const byUid = new Map<string, string>();
  for (const name of files) {
    const file = relative(root, join(dir, name)) || name;
    const checked = checkEntry(file, readFileSync(join(dir, name), 'utf8'));
    problems.push(...checked.problems);
    if (!checked.article) continue;
    const { slug, data } = checked.article;
    const sameSlug = bySlug.get(slug.toLowerCase());
    if (sameSlug) problems.push({ file, line: 1, field: 'slug', message: `duplicate slug "${slug}", also used by ${sameSlug}` });
    bySlug.set(slug.toLowerCase(), file);
    const sameUid = byUid.get(data.uid);
    if (sameUid) problems.push({ file, line: 2, field: 'uid', message: `duplicate uid "${data.uid}", also used by ${sameUid}` });
    byUid.set(data.uid, file);
    articles.push(checked.article);
  }
  return { problems, articles };
}

/**
 * The whole archive: every entry of `contentDir` and the recorded redirects
 * of renamed articles (`redirects.yaml` beside the articles folder).
 */
export function checkArchive(contentDir: string, root = process.cwd()): { problems: Problem[]; articles: CheckedArticle[]; redirects: Redirect[] } {
  const dir = resolve(root, contentDir);
  const { problems, articles } = checkArticles(dir, root);
  const redirectsFile = join(dirname(dir), 'redirects.yaml');
  const loaded = loadRedirects(redirectsFile, new Set(articles.map((a) => a.slug)));
  const relativeFile = relative(root, redirectsFile);
  problems.push(...loaded.problems.map((problem) => ({ ...problem, file: relativeFile })));
  return { problems, articles, redirects: loaded.redirects };
}
