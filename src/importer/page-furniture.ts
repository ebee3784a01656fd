/**
 * Page furniture that belongs to no article: the 版头 and 版眉 lines (the
 * paper's name, the date, the page's number and name, the editors)
 * and advertisements and notices (广告, 公告, 招聘启事 …). OCR puts them
 * anywhere in the stream, between or inside articles; they are taken out
 * before the articles are read, so none ends up in a body, and recorded in
 * the page entry. A 版头 also says which issue and page this is.
 */
import type { Line } from '../page/lines.ts';

/** What a page's 版头 lines print about it. */
export interface PageHeader {
  lines: Line[];
  date?: string;
  page?: number;
  pageName?: string;
}

export interface PageFurniture {
  header: PageHeader;
  adverts: Line[][];
  /** The page's other lines, in order: the articles and their own furniture. */
  rest: Line[];
}

const GAP = String.raw`[ \t\u3000]*`;
const DATE = new RegExp(String.raw`(\d{4})${GAP}年${GAP}(\d{1,2})${GAP}月${GAP}(\d{1,2})${GAP}日`, 'u');
const PAGE_NUMBER = new RegExp(String.raw`第${GAP}(\d{1,2})${GAP}版`, 'u');
const EDITORS = /(?:责任编辑|美术编辑|责任校对|校[ \t\u3000]*对|版式设计|编[ \t\u3000]*辑[:：])/u;
/** `科学导报·要闻 1`, a 版眉 at the foot of a page. */
const RUNNING_FOOT = new RegExp(String.raw`^科学导报${GAP}[·•・]${GAP}(\p{Script=Han}{2,6})${GAP}(\d{1,2})$`, 'u');

/**
 * Whether a line is a 版头 or 版眉 line: the paper's name with a date or a
 * page, a date with its weekday, a page number, or the editors' names.
 * @example isHeaderLine('科学导报 2025年6月10日 星期二 第3版 生态环境') // true
 * @example isHeaderLine('责任编辑 王丽   校对 李娜') // true
 * @example isHeaderLine('2025 年 6 月 13 日  星期五') // true
 * @example isHeaderLine('科学导报讯 6 月 10 日，太原市') // false
 */
export function isHeaderLine(text: string): boolean {
  const line = text.trim();
  if (/[，。；！？]/u.test(line)) return false;
  if (RUNNING_FOOT.test(line) || line === '科学导报') return true;
  if (/^科学导报(?!讯)/u.test(line) && (DATE.test(line) || PAGE_NUMBER.test(line))) return true;
  if (new RegExp(String.raw`^${DATE.source}${GAP}(?:星期|周)[一二三四五六日天]`, 'u').test(line)) return true;
  if (new RegExp(String.raw`^${PAGE_NUMBER.source}`, 'u').test(line)) return true;
  return new RegExp(String.raw`^${EDITORS.source}`, 'u').test(line);
}

/**
 * The date, page number and page name a 版头 line prints.
 * @example headerFacts('科学导报  2025 年 6 月 17 日  星期二  第 3 版  生态环境') // { date: '2025-06-17', page: 3, pageName: '生态环境' }
 * @example headerFacts('科学导报·要闻 1') // { page: 1, pageName: '要闻' }
 */
export function headerFacts(text: string): Omit<PageHeader, 'lines'> {
  const line = text.trim();
  const foot = RUNNING_FOOT.exec(line);
  if (foot) return { page: Number(foot[2]), pageName: foot[1]! };
  const facts: Omit<PageHeader, 'lines'> = {};
  const date = DATE.exec(line);
  if (date) facts.date = `${date[1]}-${date[2]!.padStart(2, '0')}-${date[3]!.padStart(2, '0')}`;
  const page = PAGE_NUMBER.exec(line);
  if (page) {
    facts.page = Number(page[1]);
    const name = new RegExp(String.raw`^${GAP}(\p{Script=Han}{2,6})(?:${GAP}|$)`, 'u').exec(line.slice(page.index + page[0].length));
    if (name && !EDITORS.test(name[1]!)) facts.pageName = name[1]!;
  }
  return facts;
}

/** A page name printed alone on the line after the page number (第 3 版 / 生态环境). */
const PAGE_NAME_LINE = /^\p{Script=Han}{2,5}$/u;

/** The label an advertisement or notice is printed under. */
const ADVERT_LABEL =
  /^(?:广[ \t\u3000]*告|公[ \t\u3000]*告|通[ \t\u3000]*告|声[ \t\u3000]*明|启[ \t\u3000]*事|招聘启事|招标公告|遗失声明|寻人启事|招商启事|征集启事)$/u;
/** Lines that close an advertisement: contact details, 特此公告, a date alone. */
const ADVERT_CLOSING =
  /(?:电话|热线|手机|传真|邮箱|E-?mail|网址|地址[:：]|联系人|微信|\d{3,4}-\d{7,8}|(?<!\d)1[3-9]\d{9}(?!\d)|特此(?:公告|声明|通知|通告)|^\d{4}[ \t\u3000]*年[ \t\u3000]*\d{1,2}[ \t\u3000]*月[ \t\u3000]*\d{1,2}[ \t\u3000]*日$)/iu;
/** An advertisement is a block of at most this many lines. */
const MAX_ADVERT_LINES = 14;

/**
 * The lines of an advertisement or notice that starts at `start` with its
 * label: up to its last line of contact details, its 特此公告 and the
 * signature and date under that; 0 when no advertisement starts there.
 */
export function advertLength(lines: readonly Line[], start: number): number {
  if (!ADVERT_LABEL.test(lines[start]?.text.trim() ?? '')) return 0;
  let end = start;
  for (let k = start + 1; k < Math.min(lines.length, start + MAX_ADVERT_LINES); k++) if (ADVERT_CLOSING.test(lines[k]!.text)) end = k;
  if (end === start) return 0;
  // The signature and its date under 特此公告.
  for (let k = end + 1; k <= end + 2 && k < lines.length; k++) {
    if (/特此/u.test(lines[end]!.text) || /(?:公司|局|中心|委员会|集团|协会|厂)$/u.test(lines[k]!.text) || ADVERT_CLOSING.test(lines[k]!.text)) {
      if (!/[，。]/u.test(lines[k]!.text) && lines[k]!.text.length <= 24) end = k;
    }
  }
  return end - start + 1;
}

/**
 * Takes the 版头 lines and advertisements out of a page's lines.
 * @example readPageFurniture([{ no: 1, text: '第 3 版  生态环境' }, { no: 2, text: '科学导报讯 6 月 1 日，太原。' }]).header.page // 3
 */
export function readPageFurniture(lines: readonly Line[]): PageFurniture {
  const header: PageHeader = { lines: [] };
  const adverts: Line[][] = [];
  const rest: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const advert = advertLength(lines, i);
    if (advert > 0) {
      adverts.push(lines.slice(i, i + advert));
      i += advert - 1;
    } else if (
      isHeaderLine(line.text) ||
      (header.lines.at(-1)?.no === lines[i - 1]?.no && PAGE_NUMBER.test(lines[i - 1]?.text ?? '') && PAGE_NAME_LINE.test(line.text) && !header.pageName)
    ) {
      const facts = isHeaderLine(line.text) ? headerFacts(line.text) : { pageName: line.text };
      header.lines.push(line);
      header.date ??= facts.date;
      header.page ??= facts.page;
      header.pageName ??= facts.pageName;
    } else {
      rest.push(line);
    }
  }
  return { header, adverts, rest };
}
