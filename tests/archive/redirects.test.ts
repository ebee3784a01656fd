import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readRedirects } from '../../src/archive/redirects.ts';

const root = mkdtempSync(join(tmpdir(), 'redirects-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const fileWith = (name: string, text: string) => {
  const file = join(root, name);
  writeFileSync(file, text);
  return file;
};

describe('readRedirects', () => {
  it('reads each pair with its line, quoted or not, past comments', () => {
    const file = fileWith('a.yaml', "# renamed\nold-slug: new-slug\n'older-one': new-slug\n");
    expect(readRedirects(file)).toEqual({
      pairs: [
        { from: 'old-slug', to: 'new-slug', line: 2 },
        { from: 'older-one', to: 'new-slug', line: 3 },
      ],
      problems: [],
    });
  });

  it('reads nothing from a file that is not there', () => {
    expect(readRedirects(join(root, 'missing.yaml'))).toEqual({ pairs: [], problems: [] });
  });

  it('reports broken YAML and a list at their lines, with no pairs', () => {
    const broken = readRedirects(fileWith('b.yaml', 'a: b\na: c\n'));
    expect(broken.pairs).toEqual([]);
    expect(broken.problems).toHaveLength(1);
    expect(broken.problems[0]).toMatchObject({ line: 2, field: 'redirects' });
    expect(readRedirects(fileWith('c.yaml', '- a\n- b\n')).problems.map((p) => p.message)).toEqual(['must be a mapping of old slug: new slug']);
  });
});
