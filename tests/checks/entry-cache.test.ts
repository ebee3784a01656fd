import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkEntry } from '../../src/model/entry.ts';
import { checkingCodeDigest, EntryCheckCache } from '../../src/checks/entry-cache.ts';
import { ARTICLES_DIR } from '../helpers/content.ts';

const entries = readdirSync(ARTICLES_DIR)
  .filter((name) => name.endsWith('.md'))
  .map((name) => ({ file: `content/articles/${name}`, source: readFileSync(join(ARTICLES_DIR, name), 'utf8') }));

describe('the cache of entry checks', () => {
  it('gives what checkEntry gives, from the cache for an entry unchanged since the last run, and checks a changed one again', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'entry-cache-')), 'check.v8');
    const first = EntryCheckCache.load(file, 'code 1');
    for (const { file: name, source } of entries) expect(first.check(name, source)).toEqual(checkEntry(name, source));
    expect(first.hits).toBe(0);
    first.save();

    const second = EntryCheckCache.load(file, 'code 1');
    const [changed, ...unchanged] = entries;
    const broken = changed!.source.replace(/^date: .*$/m, 'date: 2025-13-40');
    expect(second.check(changed!.file, broken)).toEqual(checkEntry(changed!.file, broken));
    expect(second.check(changed!.file, broken).problems.length).toBeGreaterThan(0);
    for (const { file: name, source } of unchanged) expect(second.check(name, source)).toEqual(checkEntry(name, source));
    expect(second.hits).toBe(unchanged.length);
    second.save();

    // Saved: the results this run used, and only those.
    expect(EntryCheckCache.load(file, 'code 1').check(changed!.file, changed!.source)).toEqual(checkEntry(changed!.file, changed!.source));
    const third = EntryCheckCache.load(file, 'code 1');
    third.check(changed!.file, changed!.source);
    expect(third.hits).toBe(0);
  });

  it('checks every entry again when the checking code changed', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'entry-cache-')), 'check.v8');
    const cache = EntryCheckCache.load(file, 'code 1');
    cache.check(entries[0]!.file, entries[0]!.source);
    cache.save();
    const other = EntryCheckCache.load(file, 'code 2');
    other.check(entries[0]!.file, entries[0]!.source);
    expect(other.hits).toBe(0);
  });

  it('digests the checking code: the same for the same tree', () => {
    const root = join(ARTICLES_DIR, '..', '..');
    expect(checkingCodeDigest(root)).toMatch(/^[0-9a-f]{64}$/);
    expect(checkingCodeDigest(root)).toBe(checkingCodeDigest(root));
  });
});
