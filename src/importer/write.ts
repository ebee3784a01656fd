/**
 * Writing entries: the Markdown of an article exactly as the content
 * collection reads it (YAML frontmatter in the curated style, then the body),
 * text escaped so that nothing printed can turn into markup, and files
 * written atomically.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Document, Scalar, isMap, isSeq, type Node } from 'yaml';
import type { ArticleData } from '../model/schema.ts';
import { ImportError } from './errors.ts';
import type { Block } from '../page/reflow.ts';
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
    // Line ranges read as the pairs they are: lines: [[40, 72], [80, 81]].
    const lines = root.getIn(['source', 'lines'], true);
    if (isSeq(lines)) {
      lines.flow = true;
      for (const range of lines.items) if (isSeq(range)) range.flow = true;
    }
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

export type WriteOutcome = 'written' | 'unchanged' | 'replaced';

/** A file to write anywhere: its path and its exact content. */
export interface FileToWrite {
  path: string;
  content: string | Uint8Array;
  /** What the refusal to replace it calls it; the path by default. */
  label?: string;
}

const bytesOf = (content: string | Uint8Array) => (typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content));

/**
 * What writing each file would do: an existing file with other content is
 * an error unless `force`. Reads, writes nothing.
 */
export function planWrites(files: readonly FileToWrite[], force: boolean): WriteOutcome[] {
  return files.map((file): WriteOutcome => {
    if (!existsSync(file.path)) return 'written';
    if (readFileSync(file.path).equals(bytesOf(file.content))) return 'unchanged';
    if (!force) throw new ImportError(`${file.label ?? file.path} already exists with other content; pass --force to replace it`, { field: 'file' });
    return 'replaced';
  });
}

/**
 * Writes files all or nothing: every target is checked first (see
 * planWrites), every new content is staged in a temporary file beside its
 * target, and only then are they renamed into place, each rename atomic, so
 * a reader never sees half a file. If staging or a rename fails, the files
 * already moved are put back as they were.
 */
export function writeFiles(files: readonly FileToWrite[], force: boolean): WriteOutcome[] {
  const outcomes = planWrites(files, force);
  const beside = (path: string, kind: string) => join(dirname(path), `.${basename(path)}.${process.pid}.${kind}`);
  const steps = files
    .filter((_, i) => outcomes[i] !== 'unchanged')
    .map((file) => ({ file, temporary: beside(file.path, 'tmp'), backup: beside(file.path, 'bak'), staged: false, backedUp: false, placed: false }));
  try {
    for (const step of steps) {
      mkdirSync(dirname(step.file.path), { recursive: true });
      writeFileSync(step.temporary, bytesOf(step.file.content), { flag: 'wx' });
      step.staged = true;
    }
    for (const step of steps) {
      if (existsSync(step.file.path)) {
        renameSync(step.file.path, step.backup);
        step.backedUp = true;
      }
      renameSync(step.temporary, step.file.path);
      step.placed = true;
    }
  } catch (error) {
    for (const step of [...steps].reverse()) {
      if (step.placed) rmSync(step.file.path, { force: true });
      if (step.backedUp) renameSync(step.backup, step.file.path);
      step.backedUp = false;
    }
    throw error;
  } finally {
    for (const step of steps) {
      if (step.staged && !step.placed) rmSync(step.temporary, { force: true });
      if (step.backedUp) rmSync(step.backup, { force: true });
    }
  }
  return outcomes;
}

