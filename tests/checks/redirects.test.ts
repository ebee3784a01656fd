import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { astroRedirects, loadRedirects } from '../../src/checks/redirects.ts';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function load(text: string) {
  dir = mkdtempSync(join(tmpdir(), 'redirects-'));
  const file = join(dir, 'redirects.yaml');
  writeFileSync(file, text);
  return loadRedirects(file, new Set(['new-slug', 'other-slug']));
}

describe('redirects of renamed articles', () => {
  it('reads old slug: new slug', () => {
    const { redirects, problems } = load('# renamed\nold-slug: new-slug\n');
    expect(problems).toEqual([]);
    expect(redirects).toEqual([{ from: 'old-slug', to: 'new-slug', line: 2 }]);
    expect(astroRedirects(redirects, '/eco')).toEqual({ '/articles/old-slug/': '/eco/articles/new-slug/' });
  });

  it('refuses a redirect to nowhere, one that hides a live article, and a malformed slug, naming the line', () => {
    const { redirects, problems } = load('gone: missing-slug\nother-slug: new-slug\nBad Slug: new-slug\n');
    expect(redirects).toEqual([]);
    expect(problems.map((p) => `${p.line} ${p.field}: ${p.message}`)).toEqual([
      '1 gone: redirects to "missing-slug", which is no article',
      '2 other-slug: "other-slug" is a live article; a redirect would hide it',
      '3 Bad Slug: old and new slug must be lower-case ASCII words joined by hyphens',
    ]);
  });

  it('refuses a slug recorded twice', () => {
    const { problems } = load('old-slug: new-slug\nold-slug: other-slug\n');
    expect(problems[0]!.message).toMatch(/^YAML: .*unique/i);
  });
});
