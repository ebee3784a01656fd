import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { formatViolation, layoutViolations } from '../tools/architecture.ts';

describe('the layout', () => {
  it('keeps its rules: no cycle, tools never lean on tests, Astro-only code only in the site, pure folders read no files', async () => {
    const violations = await layoutViolations(['src', 'tools', 'bench', 'scripts', 'tests']);
    expect(violations.map(formatViolation)).toEqual([]);
  });

  it('reports each kind of breach, a type-only cycle included', async () => {
    const root = mkdtempSync(join(tmpdir(), 'layout-'));
    const files: Record<string, string> = {
      'src/model/a.ts': "import type { B } from './b.ts';\nimport { readFileSync } from 'node:fs';\nexport type A = B | 1;\nexport const read = readFileSync;\n",
      'src/model/b.ts': "import type { A } from './a.ts';\nexport type B = A | 2;\n",
      'src/importer/c.ts': "import { url } from '../site/urls.ts';\nexport const c = url;\n",
      'src/site/urls.ts': 'export const url = 1;\n',
      'tools/d.ts': "import { h } from '../tests/helper.ts';\nexport const d = h;\n",
      'tests/helper.ts': 'export const h = 1;\n',
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
      expect(new Set(rules.map((v) => v.rule.name))).toEqual(new Set(['no-cycle', 'pure-no-node', 'astro-only', 'tools-not-tests']));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
