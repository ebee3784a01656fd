/**
 * Corrections of misprints, kept beside the print: an entry's body and
 * captions stay as printed, and a correction names a printed text, its
 * reading and why. These pure functions find where corrections apply and
 * what a text reads once they do; the article page shows both
 * (printed〔reading〕), the search index holds both, and the figures, the
 * open data and the citation quote the print alone.
 */
import type { ArticleData, Correction } from './schema.ts';

/** Where one correction applies in a text: the printed text at [start, end). */
export interface CorrectionRange {
  start: number;
  end: number;
  /** Position of the correction in the entry's `corrections` list. */
  index: number;
}

/**
 * Every occurrence of the corrections' printed texts in a text, in text
 * order. Where two occurrences overlap, the correction listed first keeps
 * its occurrence.
 * @example correctionRanges('首批侯鸟，侯鸟。', [{ printed: '侯鸟', reading: '候鸟' }]) // [{ start: 2, end: 4, index: 0 }, { start: 5, end: 7, index: 0 }]
 */
export function correctionRanges(text: string, corrections: readonly Pick<Correction, 'printed'>[]): CorrectionRange[] {
  const ranges: CorrectionRange[] = [];
  corrections.forEach(({ printed }, index) => {
    for (let start = text.indexOf(printed); start >= 0 && printed !== ''; start = text.indexOf(printed, start + printed.length)) {
      const end = start + printed.length;
      if (!ranges.some((taken) => start < taken.end && taken.start < end)) ranges.push({ start, end, index });
    }
  });
  return ranges.sort((a, b) => a.start - b.start);
}

/** A run of a text as printed, or a printed text that a correction reads otherwise. */
export type CorrectedPiece = { text: string } | { printed: string; reading: string; index: number };

/**
 * A text cut into the runs it prints and the places the corrections apply.
 * @example correctedPieces('首批侯鸟。', [{ printed: '侯鸟', reading: '候鸟' }]) // [{ text: '首批' }, { printed: '侯鸟', reading: '候鸟', index: 0 }, { text: '。' }]
 */
export function correctedPieces(text: string, corrections: readonly Pick<Correction, 'printed' | 'reading'>[]): CorrectedPiece[] {
  const pieces: CorrectedPiece[] = [];
  let offset = 0;
  for (const { start, end, index } of correctionRanges(text, corrections)) {
    if (start > offset) pieces.push({ text: text.slice(offset, start) });
    pieces.push({ printed: text.slice(start, end), reading: corrections[index]!.reading, index });
    offset = end;
  }
  if (offset < text.length) pieces.push({ text: text.slice(offset) });
  return pieces;
}

/**
 * A text as it reads with the corrections applied.
 * @example readText('首批侯鸟。', [{ printed: '侯鸟', reading: '候鸟' }]) // '首批候鸟。'
 */
export function readText(text: string, corrections: readonly Pick<Correction, 'printed' | 'reading'>[]): string {
  return correctedPieces(text, corrections)
    .map((piece) => ('text' in piece ? piece.text : piece.reading))
    .join('');
}

/**
 * Where a printed text occurs in what an entry prints: its body (as a reader
 * sees it, see bodyText) or one of its photo captions.
 * @example printedWhere('首批侯鸟', '正文。', ['首批侯鸟。']) // 'caption'
 */
export function printedWhere(printed: string, text: string, captions: readonly string[]): 'body' | 'caption' | undefined {
  if (text.includes(printed)) return 'body';
  return captions.some((caption) => caption.includes(printed)) ? 'caption' : undefined;
}

/**
 * What the search index adds for an article's corrections, so that the
 * reading finds it as the print does: each paragraph of the body a correction
 * applies to, as it reads; each caption one applies to, as printed and as it
 * reads (captions are not otherwise indexed). Nothing without corrections.
 * @example correctionSearchText({ corrections: [{ printed: '侯鸟', reading: '候鸟' }], photos: [{ caption: '首批侯鸟。' }] }, '正文。') // ['首批侯鸟。', '首批候鸟。']
 */
export function correctionSearchText(data: Pick<ArticleData, 'corrections' | 'photos'>, text: string): string[] {
  const corrections = data.corrections ?? [];
  if (corrections.length === 0) return [];
  const applies = (passage: string) => correctionRanges(passage, corrections).length > 0;
  const paragraphs = text
    .split('\n')
    .filter(applies)
    .map((paragraph) => readText(paragraph, corrections));
  const captions = (data.photos ?? []).map((photo) => photo.caption).filter(applies);
  return [...paragraphs, ...captions.flatMap((caption) => [caption, readText(caption, corrections)])];
}
