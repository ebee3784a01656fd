/**
 * RSS items of the archive's feeds (`/rss.xml`, `/cities/<id>/rss.xml`).
 * A feed carries the newest articles only: readers poll it for what is new,
 * and the archive pages hold the rest.
 */

import { endsSentence, sentenceRanges } from '../text/sentences.ts';

export const FEED_SIZE = 50;

/**
 * The first `max` characters of an article's text, cut after a full stop when
 * one falls in the second half, with … when anything was left out. The
 * printed words are kept as they are; only the end is cut.
 * @example excerpt('一句。二句。三句很长很长。', 8) // '一句。二句。…'
 */
export function excerpt(text: string, max = 120): string {
  const flat = text.replace(/\s*\n\s*/g, ' ').trim();
  const chars = [...flat];
  if (chars.length <= max) return flat;
  const head = chars.slice(0, max).join('');
  const stop =
    sentenceRanges(head)
      .filter((sentence) => endsSentence(sentence.text))
      .at(-1)?.end ?? 0;
  return `${stop >= head.length / 2 ? head.slice(0, stop) : head}…`;
}

/**
 * A printed date as an RFC 822 moment for RSS: midnight in China (UTC+8).
 * @example feedDate('2025-04-22').toISOString() // '2025-04-21T16:00:00.000Z'
 */
export function feedDate(date: string): Date {
  return new Date(`${date}T00:00:00+08:00`);
}
