/**
 * Shows an entry's corrections in its rendered body: after each printed text
 * a correction names, its reading in 〔〕 (see src/view/corrections.ts). The
 * body's text nodes stay exactly as printed; only elements carrying the
 * reading are added. Runs after rehype-figure-anchors, which finds quoted
 * sentences by their printed text.
 *
 * Astro hands the entry's frontmatter to rehype plugins as
 * `file.data.astro.frontmatter`.
 */
import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { correctedPieces } from '../model/corrections.ts';
import type { Correction } from '../model/schema.ts';
import { readingMark } from '../view/corrections.ts';

interface AstroData {
  astro?: { frontmatter?: { corrections?: unknown; photos?: unknown } };
}

/** The well-formed corrections of a frontmatter (the content check refuses the others). */
function correctionsOf(frontmatter: { corrections?: unknown } | undefined): Correction[] {
  const list = Array.isArray(frontmatter?.corrections) ? (frontmatter.corrections as unknown[]) : [];
  return list.filter((item): item is Correction => typeof (item as Correction)?.printed === 'string' && typeof (item as Correction)?.reading === 'string');
}

/** The `<ins>` holding a reading, as hast. */
function readingElement(correction: Correction, index: number): Element {
  const { text, link } = readingMark(correction, index);
  const properties = {
    className: [link.class],
    href: link.href,
    ariaLabel: link['aria-label'],
    ariaDescribedBy: [link['aria-describedby']],
    dataNote: link['data-note'],
  };
  return {
    type: 'element',
    tagName: 'ins',
    properties: { className: ['correction'] },
    children: [{ type: 'element', tagName: 'a', properties, children: [{ type: 'text', value: text }] }],
  };
}

/** Adds the readings inside an element's text, depth first; records the corrections it applied in `applied`. */
function annotate(element: Element | Root, corrections: Correction[], applied: Set<number>): void {
  const children: (ElementContent | Root['children'][number])[] = [];
  for (const child of element.children) {
    if (child.type === 'element') annotate(child, corrections, applied);
    if (child.type !== 'text') {
      children.push(child);
      continue;
    }
    for (const piece of correctedPieces(child.value, corrections)) {
      if ('text' in piece) children.push({ type: 'text', value: piece.text });
      else {
        applied.add(piece.index);
        children.push({ type: 'text', value: piece.printed }, readingElement(corrections[piece.index]!, piece.index));
      }
    }
  }
  element.children = children as Element['children'];
}

/** The rehype plugin. */
export default function rehypeCorrections() {
  return (tree: Root, file: VFile): void => {
    const frontmatter = (file.data as AstroData).astro?.frontmatter;
    const corrections = correctionsOf(frontmatter);
    if (corrections.length === 0) return;
    const applied = new Set<number>();
    annotate(tree, corrections, applied);
    const photos = Array.isArray(frontmatter?.photos) ? (frontmatter.photos as { caption?: unknown }[]) : [];
    const captions = photos.map((photo) => String(photo?.caption ?? ''));
    corrections.forEach((correction, index) => {
      // The content check found the text; failing to mark it would hide the correction.
      if (!applied.has(index) && !captions.some((caption) => caption.includes(correction.printed))) {
        throw new Error(
          `${file.path}: corrections[${index}] "${correction.printed}" is printed across inline markup, so its reading cannot be shown; correct a shorter text`,
        );
      }
    });
  };
}
