/**
 * Writing entries: the Markdown of an article exactly as the content
 * collection reads it (YAML frontmatter in the curated style, then the body),
 * text escaped so that nothing printed can turn into markup.
 */
import { Document, Scalar, isMap, isSeq, type Node } from 'yaml';
import { FIELD_ORDER, type ArticleData } from '../model/schema.ts';
import type { Block } from '../page/reflow.ts';
import { escapeMarkdown } from '../text/markdown.ts';

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
  return doc.toString({ lineWidth: 0, singleQuote: true, flowCollectionPadding: false }).replace(/^(\s+change: )\{(.*)\}$/gmu, '$1{ $2 }');
}

/** A complete entry file. */
export function entryFile(fields: EntryFields, blocks: readonly Pick<Block, 'kind' | 'text'>[]): string {
  return `---\n${frontmatter(fields)}---\n\n${markdownBody(blocks)}`;
}
