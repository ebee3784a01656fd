import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { staleOutputFiles } from '../../src/integrations/kept-output.ts';

describe('the output kept from build to build', () => {
  it('names the files no route produced and nothing wrote since the build began, outside the folders others fill', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kept-'));
    const put = (file: string, time: Date) => {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), file);
      utimesSync(join(dir, file), time, time);
    };
    const before = new Date('2025-01-01');
    const since = Date.parse('2025-06-01');
    put('articles/kept/index.html', before);
    put('articles/removed/index.html', before);
    put('_astro/new.css', new Date('2025-06-02'));
    put('_astro/old.css', before);
    put('pagefind/recent/text/a.json', before);
    const produced = new Set(['articles/kept/index.html']);
    expect(staleOutputFiles(dir, produced, since, ['pagefind/']).sort()).toEqual(['_astro/old.css', 'articles/removed/index.html']);
    expect(staleOutputFiles(dir, produced, since)).toContain('pagefind/recent/text/a.json');
  });
});
