import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readdirSync, readFileSync } from 'node:fs';
import { folderGraph, formatViolation, layoutViolations, processUses } from '../tools/architecture.ts';

describe('the layout', () => {
  it('keeps its rules: no cycle, tools never lean on tests, Astro-only code only in the site, pure folders read no files', async () => {
    const violations = await layoutViolations(['src', 'tools', 'bench', 'scripts', 'tests']);
    expect(violations.map(formatViolation)).toEqual([]);
  });

  it('reports each kind of breach, a type-only cycle included', async () => {
    const root = mkdtempSync(join(tmpdir(), 'layout-'));
    const files: Record<string, string> = {
      'src/model/a.ts':
        "import type { B } from './b.ts';\nimport { readFileSync } from 'node:fs';\nexport type A = B | 1;\nexport const read = readFileSync;\n",
      'src/model/b.ts': "import type { A } from './a.ts';\nexport type B = A | 2;\n",
      'src/importer/c.ts': "import { url } from '../site/urls.ts';\nexport const c = url;\n",
      'src/site/urls.ts': 'export const url = 1;\n',
      'tools/d.ts': "import { h } from '../tests/helper.ts';\nexport const d = h;\n",
      'tests/helper.ts': 'export const h = 1;\n',
      // Breaches only through another module: view → markdown → importer → node:fs.
      'src/view/v.ts': "import { m } from '../markdown/m.ts';\nexport const v = m;\n",
      'src/markdown/m.ts': "import { i } from '../importer/i.ts';\nexport const m = i;\n",
      'src/importer/i.ts': "import { statSync } from 'node:fs';\nexport const i = statSync;\n",
    };
    try {
      for (const [name, text] of Object.entries(files)) {
        mkdirSync(dirname(join(root, name)), { recursive: true });
        writeFileSync(join(root, name), text);
      }
      copyFileSync('tsconfig.json', join(root, 'tsconfig.json'));
      const cwd = process.cwd();
      process.chdir(root);
      const rules = await layoutViolations(['src', 'tools', 'tests']).finally(() => process.chdir(cwd));
      expect(new Set(rules.map((v) => v.rule.name))).toEqual(
        new Set(['no-cycle', 'pure-no-node', 'astro-only', 'astro-only-reachable', 'tools-not-tests', 'pure-not-up', 'importer-consumer']),
      );
      // The view reaches the importer and Node's file system only through markdown: the reachable rules see it.
      const fromView = rules.filter((v) => v.from === 'src/view/v.ts').map((v) => v.rule.name);
      expect(new Set(fromView)).toEqual(new Set(['pure-no-node', 'pure-not-up', 'importer-consumer']));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('finds no use of the process global in a pure folder, and would find one', () => {
    const files = Object.fromEntries(
      readdirSync('src', { recursive: true, encoding: 'utf8' })
        .filter((name) => /\.ts$/u.test(name))
        .map((name) => [`src/${name}`, readFileSync(join('src', name), 'utf8')]),
    );
    expect(processUses(files)).toEqual([]);
    expect(
      processUses({ 'src/search/x.ts': '// process.env in a comment\nexport const n = Number(process.env.N);\n', 'src/checks/y.ts': 'process.cwd();' }),
    ).toEqual(['src/search/x.ts:2']);
  });

  it('is drawn in docs/architecture.md as the code has it', async () => {
    expect(readFileSync('docs/architecture.md', 'utf8')).toContain(`\`\`\`mermaid\n${await folderGraph()}\n\`\`\``);
  });
});
