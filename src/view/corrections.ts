/**
 * How the article page shows a correction: the print, then the reading in
 * 〔〕 as Chinese textual editing marks an editor's reading (侯鸟〔候鸟〕).
 * The reading is an insertion (`<ins>`) and a link to its note in the
 * article's list of corrections; its accessible name says it is the
 * archive's 校订, and the note describes it, so a screen reader hears both
 * on focus. The body's plugin (src/markdown/rehype-corrections.ts) and the
 * captions (src/components/CorrectedText.astro) share these.
 */
import type { Correction } from '../model/schema.ts';

/**
 * The id of a correction's entry in the list of corrections.
 * @example correctionId(0) // 'correction-1'
 */
export function correctionId(index: number): string {
  return `correction-${index + 1}`;
}

/**
 * What a correction says, in the page's language: what was printed, what it
 * reads, and the editor's note.
 * @example correctionNote({ printed: '侯鸟', reading: '候鸟', note: '形近致误。' }) // '原文作“侯鸟”，校订为“候鸟”。形近致误。'
 */
export function correctionNote(correction: Pick<Correction, 'printed' | 'reading' | 'note'>): string {
  return `原文作“${correction.printed}”，校订为“${correction.reading}”。${correction.note ?? ''}`;
}

export interface ReadingMark {
  /** The text shown after the print. */
  text: string;
  /** Attributes of the link inside the `<ins>`. */
  link: { class: string; href: string; 'aria-label': string; 'aria-describedby': string; 'data-note': string };
}

/**
 * The reading shown after a printed text.
 * @example readingMark({ printed: '侯鸟', reading: '候鸟' }, 0).text // '〔候鸟〕'
 */
export function readingMark(correction: Pick<Correction, 'printed' | 'reading' | 'note'>, index: number): ReadingMark {
  const text = `〔${correction.reading}〕`;
  return {
    text,
    link: {
      class: 'correction-reading',
      href: `#${correctionId(index)}`,
      // The visible text stays part of the name (WCAG 2.5.3).
      'aria-label': `校订${text}`,
      'aria-describedby': `${correctionId(index)}-note`,
      'data-note': correctionNote(correction),
    },
  };
}
