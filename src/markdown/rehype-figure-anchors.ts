/**
 * Anchors the sentences an entry's figures quote: each becomes
 * `<span id="sentence-N" class="figure-sentence">…</span>` in the rendered
 * body, so a row of the figures table can link to it and `:target` can
 * highlight it. Only elements are added; the text stays exactly as printed.
 *
 * Astro hands the entry's frontmatter to rehype plugins as
 * `file.data.astro.frontmatter`; sentences are numbered as `sentences.ts`
 * numbers them over the body's blocks.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import type { VFile } from 'vfile';
import { sentenceId, sentenceRanges } from '../text/sentences.ts';

interface AstroData {
  astro?: { frontmatter?: { metrics?: unknown } };
}

/** The quotes of the figures in a frontmatter, as given. */
function quotesOf(frontmatter: { metrics?: unknown } | undefined): Set<string> {
  const metrics = Array.isArray(frontmatter?.metrics) ? (frontmatter.metrics as unknown[]) : [];
  return new Set(metrics.map((metric) => (metric as { quote?: unknown } | null)?.quote).filter((quote): quote is string => typeof quote === 'string'));
}

/** The text of a node as the browser's `textContent` gives it. */
function textOf(node: ElementContent | Element): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

/**
 * Wraps the characters [start, end) of a block's text in a span, splitting
 * text nodes among the block's direct children where needed. Returns false
 * when a boundary falls inside inline markup, which cannot be split without
 * breaking it.
 */
function wrapRange(block: Element, start: number, end: number, id: string): boolean {
  const children: ElementContent[] = [];
  let offset = 0;
  // First split direct text children at the two boundaries.
  for (const child of block.children) {
    const length = textOf(child).length;
    const from = offset;
    offset += length;
    const cuts = [start, end].filter((cut) => cut > from && cut < offset);
    if (cuts.length === 0) {
      children.push(child);
      continue;
    }
    if (child.type !== 'text') return false;
    let last = 0;
    for (const cut of [...cuts, offset]) {
      const piece: Text = { type: 'text', value: child.value.slice(last, cut - from) };
      if (piece.value !== '') children.push(piece);
      last = cut - from;
    }
  }
  // Then move the children inside the range into the span.
  const span: Element = { type: 'element', tagName: 'span', properties: { id, className: ['figure-sentence'] }, children: [] };
  const result: ElementContent[] = [];
  offset = 0;
  for (const child of children) {
    const from = offset;
    offset += textOf(child).length;
    if (from >= start && offset <= end && offset > from) {
      if (span.children.length === 0) result.push(span);
      span.children.push(child);
    } else result.push(child);
  }
  block.children = result;
  return true;
}

/** The rehype plugin. */
export default function rehypeFigureAnchors() {
  return (tree: Root, file: VFile): void => {
    const quotes = quotesOf((file.data as AstroData).astro?.frontmatter);
    if (quotes.size === 0) return;
    const anchored = new Set<string>();
    let n = 0;
    for (const block of tree.children) {
      if (block.type !== 'element') continue;
      for (const { text, start, end } of sentenceRanges(textOf(block))) {
        n++;
        if (!quotes.has(text) || anchored.has(text)) continue;
        if (!wrapRange(block, start, end, sentenceId(n))) {
          throw new Error(`${file.path}: sentence ${n} ("${text.slice(0, 16)}…") is quoted by a figure but crosses inline markup, so it cannot be anchored`);
        }
        anchored.add(text);
      }
    }
    const missing = [...quotes].filter((quote) => !anchored.has(quote));
    if (missing.length > 0) {
      throw new Error(`${file.path}: a figure quotes "${missing[0]!.slice(0, 16)}…", which is not a whole sentence of the body`);
    }
  };
}
