import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { bodyText, escapeMarkdown, unescapeMarkdown } from '../../src/text/markdown.ts';
import { HOSTILE } from '../importer/pages.ts';

/** Printed lines: Han, Latin, digits, every ASCII punctuation mark and full-width forms, never a line break. */
const printedLine = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...'阳泉蓝天生态环境局，。！？；：“”（）《》〔〕—…·%'),
    fc.constantFrom(...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'),
    fc.constantFrom(...'aZ09 .'),
  ),
  maxLength: 40,
});

describe('escapeMarkdown', () => {
  it('escapes what would start a block at the start of a line', () => {
    expect(escapeMarkdown('# 标题')).toBe('\\# 标题');
    expect(escapeMarkdown('1. 列表')).toBe('1\\. 列表');
    expect(escapeMarkdown('12) 列表')).toBe('12\\) 列表');
    expect(escapeMarkdown('> 引用')).toBe('\\> 引用');
    expect(escapeMarkdown('- 列表')).toBe('\\- 列表');
    expect(escapeMarkdown('~~~')).toBe('\\~~~');
  });

  it('leaves ordinary printed text alone', () => {
    expect(escapeMarkdown('PM2.5 浓度同比下降 6.5%，1.5 万元')).toBe('PM2.5 浓度同比下降 6.5%，1.5 万元');
  });
});

describe('unescapeMarkdown', () => {
  it('round-trips any printed line', () => {
    fc.assert(
      fc.property(printedLine, (line) => unescapeMarkdown(escapeMarkdown(line)) === line),
      { numRuns: 2000 },
    );
  });

  it('round-trips the hostile page’s lines through bodyText', () => {
    for (const line of HOSTILE) expect(bodyText(escapeMarkdown(line))).toBe(line);
  });

  it('reads what Markdown renders of an escaped line, for any printed line', async () => {
    const renderer = await createMarkdownProcessor({ gfm: false, smartypants: false, syntaxHighlight: false });
    const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', amp: '&' };
    const decode = (html: string) =>
      html
        .replace(/<[^>]+>/g, '')
        .replace(/&(?:#x([0-9a-f]+)|#(\d+)|(\w+));/gi, (_, hex?: string, dec?: string, name?: string) =>
          hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : named[name!]!,
        );
    await fc.assert(
      fc.asyncProperty(
        printedLine.filter((line) => line.trim() !== '' && line === line.trim()),
        async (line) => {
          const { code } = await renderer.render(escapeMarkdown(line));
          expect(decode(code).trim()).toBe(line);
        },
      ),
      { numRuns: 300 },
    );
  });
});
