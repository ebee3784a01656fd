import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageWeight, staticImports, startTags } from '../../tools/page-weight.ts';

const dist = mkdtempSync(join(tmpdir(), 'page-weight-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

/** Writes a file of the little site and returns its bytes. */
function put(path: string, text: string): Buffer {
  const file = join(dist, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return Buffer.from(text);
}

const sizes = (files: Buffer[]) => ({ raw: files.reduce((n, f) => n + f.length, 0), gzip: files.reduce((n, f) => n + gzipSync(f).length, 0) });

describe('the page weight', () => {
  it('counts the HTML with its inline code, each linked stylesheet and script once, and the modules they import', () => {
    const css = put('_astro/site.css', 'body { color: black; }\n'.repeat(20));
    const terms = put('_astro/terms.js', 'export const t = 1;\n'.repeat(10));
    const shared = put('_astro/shared.js', 'export{t}from"./terms.js";');
    const search = put('_astro/search.js', `import{t}from"./shared.js";import"/eco/_astro/terms.js";const lazy=()=>import(\`./t2cn.js\`);`);
    put('_astro/t2cn.js', 'x'.repeat(5000));
    put('pagefind/pagefind.js', 'y'.repeat(5000));
    const html = put(
      'search/index.html',
      `<html><head><style>p{margin:0}</style><script>document.documentElement.dataset.theme='dark'</script>
      <link href="/eco/_astro/site.css" rel="stylesheet"><link rel="stylesheet" href="../_astro/site.css?v=1"><link rel="icon" href="/eco/favicon.svg">
      <link rel="stylesheet" href="https://cdn.example.org/font.css"></head>
      <body><script type="module" src="/eco/_astro/search.js"></script><script type="module" src="/eco/pagefind/pagefind.js"></script></body></html>`,
    );
    const weight = pageWeight(dist, 'search/index.html', '/eco/');
    expect(weight.html).toEqual(sizes([html]));
    expect(weight.css).toEqual(sizes([css]));
    expect(weight.js).toEqual(sizes([search, shared, terms]));
    expect(weight.total.raw).toBe(html.length + css.length + search.length + shared.length + terms.length);
    expect(weight.total.gzip).toBe(weight.html.gzip + weight.css.gzip + weight.js.gzip);
  });

  it('refuses a page that links a file the build lacks', () => {
    put('broken/index.html', '<script type="module" src="/_astro/missing.js"></script>');
    expect(() => pageWeight(dist, 'broken/index.html')).toThrow(/missing\.js/);
  });
});

describe('its parsing', () => {
  it('reads attributes in any order and quoting', () => {
    expect(startTags(`<LINK href='/a.css' REL=stylesheet><link rel="icon" href="/i.svg" hidden>`, 'link')).toEqual([
      { href: '/a.css', rel: 'stylesheet' },
      { rel: 'icon', href: '/i.svg', hidden: '' },
    ]);
  });

  it('follows static imports and re-exports, not dynamic import() or bare packages', () => {
    expect(
      staticImports(
        'import a from "./a.js";\nimport{b}from"../b.js";import "./c.js";export*from"./d.js";import("./e.js");import x from "pkg"',
        '/_astro/m/x.js',
      ),
    ).toEqual(['/_astro/m/a.js', '/_astro/b.js', '/_astro/m/c.js', '/_astro/m/d.js']);
  });
});
