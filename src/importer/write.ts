/**
 * Writing entries: the Markdown of an article exactly as the content
 * collection reads it (YAML frontmatter in the curated style, then the body),
 * text escaped so that nothing printed can turn into markup, and files
 * written atomically.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Scalar, isMap, isSeq, type Node } from 'yaml';
import type { ArticleData } from '../model/schema.ts';
import { ImportError } from './errors.ts';
import type { Block } from './reflow.ts';
import { escapeMarkdown } from '../text/markdown.ts';

/** Frontmatter fields in the order the curated entries use. */
export const FIELD_ORDER = [
  'uid',
  'kicker',
  'title',
  'titleSource',
  'subtitle',
  'column',
  'city',
  'county',
  'date',
  'dateSource',
  'authors',
  'authorRole',
  'topics',
  'photos',
  'metrics',
  'corrections',
  'source',
  'review',
] as const satisfies readonly (keyof ArticleData)[];

export type EntryFields = Partial<ArticleData> & Pick<ArticleData, 'uid' | 'title' | 'city' | 'date' | 'dateSource' | 'authors' | 'topics' | 'source'>;

/**
 * The Markdown body of an article: paragraphs separated by a blank line,
 * subheadings as `##` lines.
 * @example markdownBody([{ kind: 'subheading', text: '标题', lines: [] }, { kind: 'paragraph', text: '正文。', lines: [] }]) // '## 标题\n\n正文。\n'
 */
export function markdownBody(blocks: readonly Pick<Block, 'kind' | 'text'>[]): string {
  return blocks.map((block) => (block.kind === 'subheading' ? '## ' : '') + escapeMarkdown(block.text)).join('\n\n') + '\n';
}

function styleScalar(node: unknown, type: Scalar.Type): void {
  if (node instanceof Scalar) node.type = type;
}

/**
 * The YAML frontmatter of an entry, in the curated style: lists of names and
 * topics inline, the date and comparators quoted, no line folding.
 */
export function frontmatter(fields: EntryFields): string {
  const ordered: Record<string, unknown> = {};
  for (const key of FIELD_ORDER) {
    const value = fields[key];
    if (value === undefined || (Array.isArray(value) && value.length === 0 && key !== 'authors' && key !== 'topics')) continue;
    if (key === 'titleSource' && value === 'printed') continue;
    ordered[key] = value;
  }
  const doc = new Document(ordered);
  const root = doc.contents as Node;
  if (isMap(root)) {
    for (const key of ['authors', 'topics', 'review']) {
      const node = root.get(key, true);
      if (isSeq(node)) node.flow = true;
    }
    styleScalar(root.get('date', true), 'QUOTE_SINGLE');
    const metrics = root.get('metrics', true);
    if (isSeq(metrics)) {
      for (const metric of metrics.items) {
        if (!isMap(metric)) continue;
        const change = metric.get('change', true);
        if (isMap(change)) change.flow = true;
        styleScalar(metric.get('comparator', true), 'QUOTE_SINGLE');
        const unit = metric.get('unit', true);
        if (unit instanceof Scalar && /^[%@`!&*|>'"#{}[\],?:-]/.test(String(unit.value))) unit.type = 'QUOTE_SINGLE';
      }
    }
  }
  // The curated style writes lists tight ([温荣鑫, 王钢]) and a change padded ({ direction: decrease }).
  return doc
    .toString({ lineWidth: 0, singleQuote: true, flowCollectionPadding: false })
    .replace(/^(\s+change: )\{(.*)\}$/gmu, '$1{ $2 }');
}

/** A complete entry file. */
export function entryFile(fields: EntryFields, blocks: readonly Pick<Block, 'kind' | 'text'>[]): string {
  return `---\n${frontmatter(fields)}---\n\n${markdownBody(blocks)}`;
}

export interface PlannedFile {
  name: string;
  content: string;
}

export type WriteOutcome = 'written' | 'unchanged' | 'replaced';

/**
 * Writes entries into `dir`, each atomically (a temporary file renamed into
 * place, so a reader never sees half an entry). Before writing anything it
 * checks every target: an existing entry with other content is an error
 * unless `force`, and then nothing is written.
 */
export function writeEntries(dir: string, files: readonly PlannedFile[], force: boolean): WriteOutcome[] {
  const outcomes = files.map((file): WriteOutcome => {
    const target = join(dir, file.name);
    if (!existsSync(target)) return 'written';
    if (readFileSync(target, 'utf8') === file.content) return 'unchanged';
    if (!force) throw new ImportError(`${target} already exists with other content; pass --force to replace it`, { field: 'file' });
    return 'replaced';
  });
  mkdirSync(dir, { recursive: true });
  files.forEach((file, i) => {
    if (outcomes[i] === 'unchanged') return;
    const target = join(dir, file.name);
    const temporary = join(dir, `.${file.name}.${process.pid}.tmp`);
    try {
      writeFileSync(temporary, file.content, { encoding: 'utf8', flag: 'wx' });
      renameSync(temporary, target);
    } finally {
      rmSync(temporary, { force: true });
    }
  });
  return outcomes;
}
