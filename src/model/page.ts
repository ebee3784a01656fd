/**
 * A printed page of 科学导报 as the archive keeps it: the raw OCR text stays
 * unchanged in the archive's sources folder as `<id>.txt`, and its page entry
 * `<id>.yaml` beside it says what the page is (issue date, issue
 * number, page number and name), fixes the file's SHA-256 so a changed
 * source is noticed, and records the importer's accounting of its
 * characters. Pure: the content check (`src/checks/pages.ts`) reads the
 * files, the importer (`src/importer/page-entry.ts`) writes the entries.
 */
import { z } from 'astro/zod';
import { LineCounter, parseDocument } from 'yaml';
import { calendarDate, PUBLICATION, text } from './schema.ts';
import { fieldLineOf, reportIssue } from './entry.ts';
import type { Problem } from './problem.ts';
import { inkCount } from '../text/ink.ts';

/**
 * A page file's name: ASCII letters, digits, `.`, `_` and `-`, with an
 * extension. The name is also the page's address (`/sources/<file>`), and
 * without the extension its id (`/pages/<id>/`), so it must be safe in both.
 */
export const PAGE_FILE = /^[A-Za-z0-9][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*\.[A-Za-z0-9]+$/;

/**
 * The id of a page: its file name without folders and extension.
 * @example pageIdOf('sources/000_248f2a5ceed2de10.txt') // '000_248f2a5ceed2de10'
 */
export function pageIdOf(file: string): string {
  return file
    .split('/')
    .pop()!
    .replace(/\.[^.]+$/, '');
}

/**
 * The page entry's file name beside a page file.
 * @example pageEntryName('000_248f2a5ceed2de10.txt') // '000_248f2a5ceed2de10.yaml'
 */
export function pageEntryName(file: string): string {
  return `${pageIdOf(file)}.yaml`;
}

const count = (what: string) => z.int({ error: `${what} must be a whole number` }).nonnegative({ error: `${what} cannot be negative` });
const lineNumber = z.int({ error: 'line must be a whole number' }).positive({ error: 'line starts at 1' });

/**
 * Why printed text of a page is in no article: a closed set of codes, stored
 * in page entries, each with the words the page view shows. An importer that
 * rewords nothing here cannot change what old pages say.
 */
export const LEFT_REASONS = {
  'column-decoration': '栏目名的装饰（拼音）',
  'bullet-junk': '署名前的识别杂字（误识的圆点）',
  'too-short': '文字过短，不成文章',
  'orphan-subtitle': '未找到所属文章的副题',
  'orphan-headline': '未找到所属文章的标题',
  'orphan-caption': '未找到所属文章的图片说明',
  'orphan-byline': '未找到所属文章的署名',
  'orphan-column': '未找到所属文章的栏目名',
  'page-header': '版头、版眉或编辑署名',
  advertisement: '广告或启事',
  'needs-editor': '识别有误，待编辑整理',
} as const;

export type LeftReason = keyof typeof LEFT_REASONS;
const REASON_CODES = Object.keys(LEFT_REASONS) as [LeftReason, ...LeftReason[]];

/** Printed text of the page that is in no article, and why. */
export const leftTextSchema = z.strictObject({
  text: text('text'),
  line: lineNumber,
  reason: z.enum(REASON_CODES, { error: (issue) => `unknown reason "${String(issue.input)}"; expected one of ${REASON_CODES.join(', ')}` }),
});

/**
 * Where the page's characters went: every non-whitespace character is in a
 * body, in a field (headline, byline, caption …) or left unassigned.
 */
export const accountingSchema = z
  .strictObject({
    /** Non-whitespace characters on the page. */
    onPage: count('onPage'),
    inBodies: count('inBodies'),
    inFields: count('inFields'),
    unassigned: count('unassigned'),
    /** The unassigned text, piece by piece. */
    left: z.array(leftTextSchema).default([]),
  })
  .superRefine((accounting, ctx) => {
    const { onPage, inBodies, inFields, unassigned, left } = accounting;
    if (inBodies + inFields + unassigned !== onPage) {
      ctx.addIssue({
        code: 'custom',
        path: ['onPage'],
        message: `onPage ${onPage} is not inBodies + inFields + unassigned (${inBodies + inFields + unassigned})`,
      });
    }
    const leftInk = left.reduce((sum, piece) => sum + inkCount(piece.text), 0);
    if (leftInk !== unassigned) {
      ctx.addIssue({ code: 'custom', path: ['unassigned'], message: `unassigned ${unassigned} does not count the ${leftInk} characters listed under left` });
    }
  });

/**
 * Page furniture that belongs to no single article: a column label (栏目)
 * heading several, a 版头 or 版眉 line, an advertisement or notice (its first line).
 */
/** What the page view calls each kind of furniture. */
export const FURNITURE_KINDS = { column: '栏目', header: '版头', advertisement: '广告与启事' } as const;

export const furnitureSchema = z.strictObject({
  kind: z.enum(Object.keys(FURNITURE_KINDS) as [keyof typeof FURNITURE_KINDS], { error: 'kind must be column, header or advertisement' }),
  text: text('text'),
  line: lineNumber,
});

export const pageSchema = z.strictObject({
  publication: z.literal(PUBLICATION, { error: `publication must be ${PUBLICATION}` }).default(PUBLICATION),
  /** The OCR file beside this entry, kept byte for byte as imported. */
  file: z
    .string({ error: 'file must be text' })
    .regex(PAGE_FILE, { error: 'file must be a file name of ASCII letters, digits, ".", "_" and "-" with an extension' }),
  /** SHA-256 of the file's bytes, lower-case hex: a file changed after import no longer matches. */
  sha256: z.string({ error: 'sha256 must be text' }).regex(/^[0-9a-f]{64}$/, { error: 'sha256 must be 64 lower-case hex digits' }),
  /** The issue's date; null when the page does not print it (日期未知), never a guess. */
  date: calendarDate.nullable(),
  /** 期号, the issue's number, or null. */
  issueNumber: z.int({ error: 'issueNumber must be a whole number or null' }).positive({ error: 'issueNumber starts at 1' }).nullable(),
  /** 版次, the page's number in its issue, or null. */
  page: z.int({ error: 'page must be a whole number or null' }).positive({ error: 'page starts at 1' }).nullable(),
  /** 版名, the page's name as printed (要闻, 生态环境 …), or null. */
  pageName: text('pageName').nullable(),
  furniture: z.array(furnitureSchema).default([]),
  accounting: accountingSchema,
});

export type PageData = z.output<typeof pageSchema>;

const PAGE_FIELDS = Object.keys(pageSchema.shape);

/**
 * Checks the text of one page entry: YAML, schema, and that it describes the
 * file it sits beside. Every problem is located at its line.
 * @example checkPageEntry('p.yaml', 'file: p.txt\n').problems[0]?.field // 'sha256'
 */
export function checkPageEntry(file: string, source: string): { problems: Problem[]; page?: PageData; lineOf: (path: readonly PropertyKey[]) => number } {
  const problems: Problem[] = [];
  const at = (line: number, field: string, message: string) => problems.push({ file, line, field, message });
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, schema: 'core', uniqueKeys: true });
  const lineOf = fieldLineOf(doc, lineCounter, 1);
  for (const error of doc.errors) at(error.linePos?.[0].line ?? 1, 'yaml', `YAML: ${error.message.split('\n')[0]}`);
  if (doc.errors.length > 0) return { problems, lineOf };
  const result = pageSchema.safeParse(doc.toJS() ?? {}, { reportInput: true });
  if (!result.success) {
    for (const issue of result.error.issues) reportIssue(issue, lineOf, at, PAGE_FIELDS);
    return { problems: problems.sort((a, b) => a.line! - b.line!), lineOf };
  }
  const expected = pageEntryName(result.data.file);
  const own = file.split('/').pop()!;
  if (own !== expected)
    at(lineOf(['file']), 'file', `a page entry sits beside its file and is named after it: ${result.data.file} needs ${expected}, not ${own}`);
  return { problems, page: result.data, lineOf };
}
