import { describe, expect, it } from 'vitest';
import { decodePage } from '../../src/page/decode.ts';
import { importPage } from '../../src/importer/import.ts';
import { checkEntry } from '../../src/model/entry.ts';
import { CURATED, SEED_BYTES, SEED_NAME, SEED_TEXT, encodeGb18030, encodeUtf16, layOutPage, withExtraBlankLines } from './pages.ts';
import { mulberry32 as random } from '../../tools/random.ts';
import { pageLines } from '../../src/page/lines.ts';
import { linesIn } from '../../src/page/provenance.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
/** The entries of a page, with the printed lines each `source.lines` points to instead of their numbers, which blank lines shift. */
const importBytes = (bytes: Uint8Array) => {
  const { text } = decodePage(bytes);
  return importPage(text, { file: SEED_NAME, bytes }).entries.map((entry) => [
    entry.name,
    entry.content.replace(/^ {2}lines: .*\n/m, ''),
    linesIn(pageLines(text), entry.data.source.lines!).map((line) => line.text),
  ]);
};
const baseline = importBytes(SEED_BYTES);

describe('the seed page in other encodings and line ends', () => {
  const variants: [string, Uint8Array][] = [
    ['CRLF line ends', utf8(SEED_TEXT.replace(/\n/g, '\r\n'))],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(SEED_TEXT)])],
    ['UTF-16LE with BOM', encodeUtf16(SEED_TEXT, 'le')],
    ['UTF-16BE with BOM, CRLF', encodeUtf16(SEED_TEXT.replace(/\n/g, '\r\n'), 'be')],
    ['GB18030', encodeGb18030(SEED_TEXT)],
    ['GB18030, CRLF', encodeGb18030(SEED_TEXT.replace(/\n/g, '\r\n'))],
    ['extra blank lines', utf8(withExtraBlankLines(SEED_TEXT, random(7)))],
    ['extra blank lines, CR line ends', utf8(withExtraBlankLines(SEED_TEXT, random(11)).replace(/\n/g, '\r'))],
  ];
  for (const [name, bytes] of variants) {
    it(`gives the same entries: ${name}`, () => {
      expect(bytes).not.toEqual(SEED_BYTES);
      expect(importBytes(bytes)).toEqual(baseline);
    });
  }
});

/** A shuffled copy (Fisher–Yates with a fixed seed). */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const next = random(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

describe('the seed articles laid out anew: other column widths, other orders', () => {
  const orders: [string, typeof CURATED][] = [
    ['curated order', CURATED],
    ['reversed', [...CURATED].reverse()],
    ['shuffled (seed 1)', shuffled(CURATED, 1)],
    ['shuffled (seed 2)', shuffled(CURATED, 2)],
  ];
  const layouts = [
    { width: 16, indent: 'fullwidth-spaces' as const },
    { width: 20, indent: 'shortened' as const },
    { width: 26, indent: 'fullwidth-spaces' as const, blankLines: random(3) },
  ];
  for (const [orderName, articles] of orders) {
    for (const layout of layouts) {
      it(`recovers the seven articles: ${orderName}, ${layout.width} em, first lines ${layout.indent}`, () => {
        const page = layOutPage(articles, layout);
        const result = importPage(page, { file: 'page.txt', bytes: utf8(page) });
        expect(result.entries).toHaveLength(7);
        const byBody = new Map(result.entries.map((entry) => [checkEntry(entry.name, entry.content).article!.body, entry.data]));
        for (const curated of articles) {
          const found = byBody.get(curated.body);
          expect(found, `body of ${curated.slug}`).toBeDefined();
          expect([found!.city, found!.county, found!.authors, found!.authorRole], curated.slug).toEqual([
            curated.data.city,
            curated.data.county,
            curated.data.authors,
            curated.data.authorRole,
          ]);
          expect([found!.kicker, found!.subtitle, found!.column, found!.photos], curated.slug).toEqual([
            curated.data.kicker,
            curated.data.subtitle,
            curated.data.column,
            curated.data.photos.length ? curated.data.photos : [],
          ]);
          if (curated.data.titleSource === 'printed') expect(found!.title, curated.slug).toBe(curated.data.title);
          else expect(found!.titleSource, curated.slug).toBe('editor');
        }
        expect(result.accounting.unassigned.map((piece) => piece.text).sort()).toEqual(['K yixian chuanzhen', '姻', '姻']);
      });
    }
  }
});
