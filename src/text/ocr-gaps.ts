/**
 * Gaps the OCR leaves between two Chinese characters. Chinese prints no
 * space between words, so a space between two Han characters in running
 * text is where the OCR broke a line or misread the spacing, never printed
 * text; the one place the paper sets a space there is inside a dateline
 * (科学导报讯（通讯员 贾晓华 畅文斌）). The importer closes such gaps and
 * the content check reports any left in a body.
 */
import { readDateline } from './dateline.ts';

const GAP = /(?<=\p{Script=Han})[ \t\u3000]+(?=\p{Script=Han})/gu;

/** A paragraph's text split into the dateline it opens with (kept as printed) and the rest. */
function afterDateline(text: string): { dateline: string; rest: string } {
  const lead = text.length - text.trimStart().length;
  const dateline = readDateline(text)?.text ?? '';
  const cut = dateline ? lead + dateline.length : 0;
  return { dateline: text.slice(0, cut), rest: text.slice(cut) };
}

/**
 * Whether a paragraph has a gap between two Chinese characters outside its dateline.
 * @example hasOcrGap('危险废物 规范化管理') // true
 * @example hasOcrGap('科学导报讯（通讯员 贾晓华 畅文斌）6 月 7 日，阳泉') // false
 */
export function hasOcrGap(text: string): boolean {
  return new RegExp(GAP.source, 'u').test(afterDateline(text).rest);
}

/**
 * A paragraph with its gaps between Chinese characters closed, its dateline as printed.
 * @example closeOcrGaps('危险废物 规范化管理') // '危险废物规范化管理'
 * @example closeOcrGaps('达 100% 以上') // '达 100% 以上'
 */
export function closeOcrGaps(text: string): string {
  const { dateline, rest } = afterDateline(text);
  return dateline + rest.replace(GAP, '');
}
