/**
 * The page entry an import writes beside the page file
 * (`<id>.yaml` in the archive's sources folder, schema in `src/model/page.ts`): what the
 * editor said of the page (issue date, issue number, page number and name),
 * the file's SHA-256, the column labels that head its articles, and the
 * accounting of its characters. Pure: `register.ts` writes it.
 */
import { sha256Hex } from '../archive/digest.ts';
import { Document, Scalar, isMap } from 'yaml';
import { pageSchema, type PageData } from '../model/page.ts';
import { PUBLICATION } from '../model/schema.ts';
import type { ImportResult } from './import.ts';
import { pageLines } from '../page/lines.ts';
import { inkCount } from '../text/ink.ts';
import { parseColumnLabel } from './segment.ts';

/** What is known of a page beyond its text; each left out when the page does not print it. */
export interface PageFacts {
  /** The issue's date, `YYYY-MM-DD`. */
  date?: string | undefined;
  /** 期号. */
  issueNumber?: number | undefined;
  /** 版次. */
  page?: number | undefined;
  /** 版名. */
  pageName?: string | undefined;
}

/**
 * The column labels printed on the page that head some of its articles
 * (a label that heads none is in the accounting's unassigned text).
 */
export function columnLabels(text: string, result: ImportResult): PageData['furniture'] {
  const used = new Set(result.entries.map((entry) => entry.data.column).filter((column) => column !== undefined));
  return pageLines(text)
    .map((line) => parseColumnLabel(line)?.label)
    .filter((label) => label !== undefined && used.has(label.text))
    .map((label) => ({ kind: 'column' as const, text: label!.text, line: label!.line }));
}

/**
 * The page entry of an imported page, validated by the page schema.
 * @example pageEntry('p.txt', bytes, text, result, {}).date // null: the page's date is not known
 */
export function pageEntry(file: string, bytes: Uint8Array, text: string, result: ImportResult, facts: PageFacts): PageData {
  const { total, inBodies, inFields, unassigned } = result.accounting;
  return pageSchema.parse({
    publication: PUBLICATION,
    file,
    sha256: sha256Hex(bytes),
    date: facts.date ?? result.header.date ?? null,
    issueNumber: facts.issueNumber ?? null,
    page: facts.page ?? result.header.page ?? null,
    pageName: facts.pageName ?? result.header.pageName ?? null,
    furniture: [...columnLabels(text, result), ...result.furniture].sort((a, b) => a.line - b.line),
    accounting: {
      onPage: total,
      inBodies,
      inFields,
      unassigned: unassigned.reduce((sum, piece) => sum + inkCount(piece.text), 0),
      left: unassigned.map(({ text: left, line, reason }) => ({ text: left, line, reason })),
    },
  });
}

/**
 * A page entry as YAML, keys in schema order, the date quoted as the
 * article entries quote theirs.
 */
export function pageEntryText(page: PageData): string {
  const doc = new Document(page);
  const root = doc.contents;
  if (isMap(root)) {
    const date = root.get('date', true);
    if (date instanceof Scalar && date.value !== null) date.type = 'QUOTE_SINGLE';
  }
  return doc.toString({ lineWidth: 0, singleQuote: true, nullStr: 'null' });
}
