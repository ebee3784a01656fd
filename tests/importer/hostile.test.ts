import { describe, expect, it } from 'vitest';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import rehypeSlug from 'rehype-slug';
import { bodyText } from '../../src/text/markdown.ts';
import { checkEntry } from '../../src/model/entry.ts';
import { formatProblem } from '../../src/model/problem.ts';
import { importPage } from '../../src/importer/import.ts';
import { HOSTILE, hostilePage } from './pages.ts';

const result = importPage(hostilePage(), { file: 'hostile.txt', bytes: new Uint8Array(), date: '2025-04-22' });
const entry = result.entries[0]!;
const checked = checkEntry(entry.name, entry.content);

const renderer = await createMarkdownProcessor({ gfm: false, smartypants: false, syntaxHighlight: false, rehypePlugins: [rehypeSlug] });

const NAMED: Record<string, string> = { lt: '<', gt: '>', quot: '"', amp: '&', apos: "'" };

/** Text of rendered HTML: tags dropped, character references resolved (in one pass, so none twice). */
function htmlText(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) =>
      ref.startsWith('#x') || ref.startsWith('#X')
        ? String.fromCodePoint(parseInt(ref.slice(2), 16))
        : ref.startsWith('#')
          ? String.fromCodePoint(Number(ref.slice(1)))
          : (NAMED[ref] ?? whole),
    );
}

describe('hostile printed text', () => {
  it('is imported into one entry that passes the content check', () => {
    expect(result.entries).toHaveLength(1);
    expect(checked.problems.map(formatProblem)).toEqual([]);
  });

  it('keeps every printed character in the body text', () => {
    const text = bodyText(checked.article!.body);
    for (const line of HOSTILE) expect(text.replace(/\n/g, '')).toContain(line);
  });

  it('renders as printed: the page text, and no element made from it', async () => {
    const { code } = await renderer.render(checked.article!.body);
    const tags = new Set([...code.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((match) => match[1]!.toLowerCase()));
    expect([...tags]).toEqual(['p']);
    expect(code).not.toMatch(/<!--/);
    const rendered = htmlText(code.replace(/<\/p>\s*/g, '\n')).trim();
    expect(rendered).toBe(bodyText(checked.article!.body));
  });

  it('keeps markup-like headlines literal in the frontmatter', () => {
    expect(checked.article!.data.title).toBe('<i>标题</i>里的*星号*与#井号');
    expect(checked.article!.data.kicker).toBe('长治市生态环境局');
  });
});
