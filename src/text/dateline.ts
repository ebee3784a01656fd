/**
 * The dateline a report opens with: this paper's own (科学导报讯, 本报讯),
 * with the date and, in parentheses, the reporters
 * (科学导报讯（通讯员 贾晓华 畅文斌）6 月 7 日，…); or a wire service's 电头
 * (新华社太原6月8日电（记者 王学涛）…), which names the agency, the place
 * and the date it was filed. The one home of these patterns: the importer
 * starts and dates articles by it, the content check allows the space that
 * follows it, and review shows it as evidence.
 */
import { parseCredits, type Credit } from './credits.ts';

/** The paper's own datelines. */
export const OWN_DATELINES = ['科学导报讯', '本报讯'] as const;
/** Wire services and papers whose 电头 this paper reprints. */
export const AGENCIES = ['新华社', '中新社', '中新网', '人民网', '央视网', '光明网', '经济日报', '山西日报', '黄河新闻网', '山西新闻网'] as const;

export interface Dateline {
  /** The dateline as printed, from the start of the body up to the text it introduces. */
  text: string;
  /** The wire service of a 电头; absent for the paper's own reports. */
  agency?: string;
  /** Where a 电头 was filed (太原). */
  place?: string;
  month?: number;
  day?: number;
  /** Reporters named in its parentheses. */
  credits: Credit[];
}

const GAP = String.raw`[ \t\u3000]*`;
const DATE = String.raw`(\d{1,2})${GAP}月${GAP}(\d{1,2})${GAP}日`;
const PAREN = String.raw`[（(]([^（()）]{0,40})[）)]`;
const OWN = new RegExp(String.raw`^(${OWN_DATELINES.join('|')})${GAP}(?:${PAREN})?${GAP}(?:${DATE})?`, 'u');
const WIRE = new RegExp(String.raw`^(${AGENCIES.join('|')})(?:记者)?${GAP}(\p{Script=Han}{2,4}?)${GAP}${DATE}${GAP}电${GAP}(?:${PAREN})?`, 'u');

/**
 * The dateline a text opens with, or undefined.
 * @example readDateline('科学导报讯 4 月 18 日，长治市')?.day // 18
 * @example readDateline('科学导报讯（通讯员 贾晓华 畅文斌）6 月 7 日，阳泉')?.credits.map((c) => c.name) // ['贾晓华', '畅文斌']
 * @example readDateline('新华社太原6月8日电（记者 王学涛）记者8日从…')?.agency // '新华社'
 * @example readDateline('据山西日报报道，') // undefined
 */
export function readDateline(text: string): Dateline | undefined {
  const start = text.trimStart();
  const wire = WIRE.exec(start);
  if (wire) {
    const [whole, agency, place, month, day, paren] = wire;
    return { text: whole.trimEnd(), agency: agency!, place: place!, month: Number(month), day: Number(day), credits: creditsIn(paren) };
  }
  const own = OWN.exec(start);
  if (!own) return undefined;
  const [whole, , paren, month, day] = own;
  return { text: whole.trimEnd(), ...(month ? { month: Number(month), day: Number(day) } : {}), credits: creditsIn(paren) };
}

const creditsIn = (paren: string | undefined): Credit[] => (paren ? (parseCredits(paren) ?? []) : []);

/**
 * Whether a text opens with a dateline.
 * @example opensWithDateline('本报讯（记者 程芳）近日，') // true
 */
export function opensWithDateline(text: string): boolean {
  return readDateline(text) !== undefined;
}
