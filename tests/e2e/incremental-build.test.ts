import { describe, expect } from 'vitest';
import { mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFixture } from '../../tools/build.ts';
import { test } from '../helpers/site-test.ts';

/** Every file under `dir`, by path relative to it. */
function files(dir: string): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) found.set(join(entry.parentPath, entry.name).slice(dir.length + 1), readFileSync(join(entry.parentPath, entry.name)));
  }
  return found;
}

/** The article pages a build log says were taken from the previous build rather than rendered. */
function reusedArticles(log: string): Set<string> {
  return new Set([...log.matchAll(/\/articles\/([^/]+)\/index\.html.*\((?:cached|restored)\)/g)].map((match) => match[1]!));
}

describe('an incremental build', () => {
  test('renders again only the pages an edit touches, and writes what a full build writes', { timeout: 240_000 }, ({ archive }) => {
    expect(buildFixture(archive).status).toBe(0);

    // The archive reads newest first: xinzhou-2025-04-21 sits between the two
    // jincheng articles of 2025-04-22 and changzhi-2025-04-18.
    const edited = 'xinzhou-2025-04-21-jubanweixian';
    const file = join(archive.articles, `${edited}.md`);
    const source = readFileSync(file, 'utf8');
    writeFileSync(file, source.replace(/^title: (.*)$/m, 'title: $1（修订）'));
    // What an earlier build left that this one will not make: the page of a removed article, an old bundle.
    for (const left of ['articles/removed-2024-01-01-x/index.html', '_astro/Old.abc123.css']) {
      mkdirSync(join(archive.out, left, '..'), { recursive: true });
      writeFileSync(join(archive.out, left), 'left over');
      utimesSync(join(archive.out, left), new Date('2024-01-01'), new Date('2024-01-01'));
    }
    const rebuild = buildFixture(archive);
    expect(rebuild.status, rebuild.output).toBe(0);

    const articles = readdirSync(archive.articles).map((name) => name.replace(/\.md$/, ''));
    const reused = reusedArticles(rebuild.output);
    // The edited article and the two that link to it by title are rendered again; the rest are reused.
    const touched = [edited, 'jincheng-2025-04-22-tuijinlvse', 'changzhi-2025-04-18-kaizhanweixian'];
    expect([...reused].sort()).toEqual(articles.filter((slug) => !touched.includes(slug)).sort());
    // Kept where the last build wrote them, not copied back from the cache.
    expect(rebuild.output).not.toContain('(restored)');
    expect(rebuild.output).toContain('removed 2 file(s) of earlier builds');
    expect(readFileSync(join(archive.out, 'articles', edited, 'index.html'), 'utf8')).toContain('（修订）');

    const full = buildFixture(archive, { ARCHIVE_OUT_DIR: join(archive.root, 'full'), ARCHIVE_CACHE_DIR: join(archive.root, 'full-cache') });
    expect(full.status, full.output).toBe(0);
    const incremental = files(archive.out);
    const fresh = files(join(archive.root, 'full'));
    expect([...incremental.keys()].sort()).toEqual([...fresh.keys()].sort());
    const differing = [...fresh].filter(([path, bytes]) => !bytes.equals(incremental.get(path)!)).map(([path]) => path);
    expect(differing).toEqual([]);
  });
});
