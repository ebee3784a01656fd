/**
 * Pages for the importer's tests: the seed page, and variants of it that a
 * different layout or tool would produce (other encodings, line ends,
 * column widths, article orders).
 */
import { readFileSync } from 'node:fs';
import { setParagraph, type Indent } from '../../tools/ocr-layout.ts';
import type { CheckedArticle } from '../../src/model/entry.ts';
import { SEED_PAGE, loadArticles } from '../helpers/content.ts';

export const SEED_BYTES = new Uint8Array(readFileSync(SEED_PAGE));
export const SEED_TEXT = new TextDecoder().decode(SEED_BYTES);
export const SEED_NAME = '000_248f2a5ceed2de10.txt';

/** The curated entries of the seed page, as the content check reads them. */
export const CURATED: CheckedArticle[] = loadArticles().articles;

let gbTable: Map<string, number[]> | undefined;

/**
 * GB18030 bytes of a text, made by inverting Node's own GB18030 decoder over
 * all two-byte codes (every character of the seed page has one).
 */
export function encodeGb18030(text: string): Uint8Array {
  if (!gbTable) {
    gbTable = new Map();
    const decoder = new TextDecoder('gb18030');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if ([...ch].length === 1 && ch !== '\uFFFD' && !gbTable.has(ch)) gbTable.set(ch, [lead, trail]);
      }
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = gbTable.get(ch);
      if (!pair) throw new Error(`no two-byte GB18030 code for ${ch}`);
      bytes.push(...pair);
    }
  }
  return new Uint8Array(bytes);
}

/** UTF-16 bytes with a byte order mark. */
export function encodeUtf16(text: string, order: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, order === 'le');
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), order === 'le');
  return bytes;
}

export interface LayoutOptions {
  width: number;
  indent: Indent;
  /** Blank lines between printed lines, as OCR scatters them. */
  blankLines?: () => number;
}

/**
 * A page printing the curated articles in the given order, each body followed
 * by its byline, kicker, headline (two-phrase headlines over two lines),
 * subtitle and photo, and the column label after the first datelined article.
 */
export function layOutPage(articles: readonly CheckedArticle[], options: LayoutOptions): string {
  const out: string[] = [];
  let columnPrinted = false;
  for (const { data, body } of articles) {
    const blocks = body.trim().split(/\n\n+/);
    const lines: string[] = [];
    for (const block of blocks) {
      if (block.startsWith('## ')) lines.push(block.slice(3));
      else lines.push(...setParagraph(block, options.width, options.indent));
    }
    if (data.authorRole) lines.push(`姻 ${data.authorRole} ${data.authors.join(' ')}`);
    else lines[lines.length - 1] += ` ${data.authors.join(' ')}`;
    if (data.kicker) lines.push(data.kicker);
    if (data.titleSource === 'printed') {
      const space = data.title.indexOf(' ');
      const half = Math.ceil(data.title.length / 2);
      if (space > 0) lines.push(data.title.slice(0, space), data.title.slice(space + 1));
      else if (data.title.length > 10) lines.push(data.title.slice(0, half), data.title.slice(half));
      else lines.push(data.title);
    }
    if (data.subtitle) lines.push(data.subtitle);
    for (const photo of data.photos) lines.push(photo.caption, ...(photo.credit ? [photo.credit] : []));
    if (data.column && !columnPrinted) {
      lines.push(`${data.column}K yixian chuanzhen`);
      columnPrinted = true;
    }
    out.push(...lines);
  }
  return out.map((line) => line + '\n'.repeat(1 + (options.blankLines?.() ?? 1))).join('');
}

/** The seed page with blank and whitespace-only lines added at random. */
export function withExtraBlankLines(text: string, next: () => number): string {
  return text
    .split('\n')
    .map((line) => (next() < 0.3 ? `${line}\n${next() < 0.5 ? '' : ' \u3000\t'}\n` : line))
    .join('\n');
}

/** Printed lines that Markdown or HTML would turn into markup if written as they are. */
export const HOSTILE = [
  '<script>alert(1)</script>内容照印。',
  '[x](javascript:alert(1))不是链接。',
  '# 井号开头，不是标题。',
  '1. 数字开头，不是列表。',
  '> 大于号开头，不是引用。',
  '|a|b|',
  '- 减号开头，不是列表。',
  '+ 加号开头，*星号* _下划线_ `反引号` \\反斜杠 &amp; &#60; <b>粗</b>。',
  '---',
  '<!-- 注释 -->照印。',
];

export function hostilePage(): string {
  const lines = [
    '科学导报讯 4 月 18 日，长治市生态环境局开展危险废物法律法规专题培训，六十余家单位参加。',
    ...HOSTILE.flatMap((line) => [line, '']),
    '通过培训，长治市危险废物相关从业人员有效增强了法律意识和业务水平。 牛建国',
    '长治市生态环境局',
    '<i>标题</i>里的*星号*与#井号',
  ];
  return lines.join('\n');
}

/**
 * A page set as the paper sets a brief: kicker, headline, a datelined body in
 * a 20 em column, and a byline on its own line. `paragraphs` are the body's
 * paragraphs as printed; the first should open with the dateline.
 */
export function briefPage(paragraphs: readonly string[], headline = '湿地保护成效明显', kicker = '太原市生态环境局'): string {
  const body = paragraphs.flatMap((paragraph) => setParagraph(paragraph, 20, 'fullwidth-spaces'));
  return [...body, '姻 科学导报记者 张晓东', kicker, headline, ''].join('\n');
}

/** A brief printing figures in every area unit the paper uses: 平方公里, 公顷 and 亩 (with 万). */
export const AREA_BRIEF = [
  '科学导报讯 4 月 18 日，太原市生态环境局通报，汾河湿地保护面积 12.5 平方公里，新建湿地公园 320 公顷，完成退耕还湿 1.5 万亩。',
  '下一步，太原市将持续开展湿地生态保护修复，守护汾河两岸的候鸟栖息地，让湿地生态环境质量稳步提升。',
];
