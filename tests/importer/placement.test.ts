import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addToIndex, archivedEntry, emptyIndex, readArchive, textDigest, uidOf } from '../../src/importer/archive.ts';
import { distinctSlug, placeEntries, recordPlacements, type EntryToPlace } from '../../src/importer/placement.ts';
import { writeFiles } from '../../src/archive/write-files.ts';
import { ARTICLES_DIR } from '../helpers/content.ts';

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));
const temp = () => {
  const root = mkdtempSync(join(tmpdir(), 'placement-'));
  roots.push(root);
  return root;
};

const SLUG = 'jincheng-2025-04-22-houzhishengtai';
const ARCHIVED = readFileSync(join(ARTICLES_DIR, `${SLUG}.md`), 'utf8');
const withUid = (source: string, uid: string) => source.replace(/^uid: .*$/m, `uid: ${uid}`);

/** The archive with the seed's entries, as read from content/articles. */
const seedIndex = () => readArchive([ARTICLES_DIR]);
const entry = (content: string, name = `${SLUG}.md`): EntryToPlace => ({ name, content, uid: uidOf(content)!, line: 12 });

describe('the archive index', () => {
  it('reads uids without parsing YAML, quoted or not', () => {
    expect(uidOf(ARCHIVED)).toBe('kxdb-248f2a5c-3');
    expect(uidOf("---\ntitle: x\nuid: 'kxdb-1-2' # set by hand\n---\n")).toBe('kxdb-1-2');
    expect(uidOf('---\ntitle: x\n---\nuid: no\n')).toBeUndefined();
  });

  it('knows a reprint by its printed text, whatever its line breaks and escapes', () => {
    const relaid = ARCHIVED.replace(/\n\n(?=[^\n])/g, '\n\n\n').replace('乡村旅游发展为泽州县', '乡村旅游\n发展为泽州县');
    expect(relaid).not.toBe(ARCHIVED);
    expect(textDigest(relaid)).toBe(textDigest(ARCHIVED));
    expect(textDigest(ARCHIVED.replace('乡村旅游发展为泽州县', '乡村旅游开发为泽州县'))).not.toBe(textDigest(ARCHIVED));
  });

  it('reads every folder once, entries in sub-folders too, and the redirects beside each', () => {
    const root = temp();
    mkdirSync(join(root, 'articles', '2025'), { recursive: true });
    writeFileSync(join(root, 'articles', '2025', 'a-b.md'), withUid(ARCHIVED, 'kxdb-1-1'));
    writeFileSync(join(root, 'redirects.yaml'), 'gone-slug: a-b\n');
    const index = readArchive([join(root, 'articles'), join(root, 'articles'), join(root, 'missing')]);
    expect([...index.bySlug.keys()]).toEqual(['a-b']);
    expect(index.byUid.get('kxdb-1-1')?.file).toBe(join(root, 'articles', '2025', 'a-b.md'));
    expect([...index.redirected]).toEqual(['gone-slug']);
  });
});

describe('placing imported entries', () => {
  it('gives a new article whose slug is taken a distinct slug from its uid, the same on every run', () => {
    const reprint = withUid(ARCHIVED, 'kxdb-9a9a9a9a-2');
    const [first] = placeEntries([entry(reprint)], seedIndex(), '/out', false);
    const [second] = placeEntries([entry(reprint)], seedIndex(), '/out', false);
    expect(first).toMatchObject({ slug: `${SLUG}-9a9a9a9a-2`, file: join('/out', `${SLUG}-9a9a9a9a-2.md`), outcome: 'written' });
    expect(second!.slug).toBe(first!.slug);
    expect(first!.notes.map((note) => note.message)).toEqual([
      `"${SLUG}" is taken by ${join(ARTICLES_DIR, `${SLUG}.md`)}; written as ${SLUG}-9a9a9a9a-2`,
      `reprints ${join(ARTICLES_DIR, `${SLUG}.md`)} (the same printed text)`,
    ]);
  });

  it('numbers a slug whose uid suffix is taken as well, and sees the entries placed before it', () => {
    expect(distinctSlug('a', 'kxdb-1-2', (slug) => ['a', 'a-1-2', 'a-1-2-2'].includes(slug))).toBe('a-1-2-3');
    const index = emptyIndex();
    const placed = placeEntries([entry(withUid(ARCHIVED, 'kxdb-1-1')), entry(withUid(ARCHIVED.replace('入春后', '入夏后'), 'kxdb-1-2'))], index, '/out', false);
    expect(placed.map((p) => [p.slug, p.outcome])).toEqual([
      [SLUG, 'written'],
      [`${SLUG}-1-2`, 'written'],
    ]);
    // The index learns of a page only when it is recorded, after it is written.
    expect(index.byUid.size).toBe(0);
    recordPlacements(index, placed);
    expect(index.byUid.get('kxdb-1-2')?.slug).toBe(`${SLUG}-1-2`);
    expect(placeEntries([entry(placed[1]!.content)], index, '/out', false)[0]).toMatchObject({ outcome: 'unchanged', slug: `${SLUG}-1-2` });
  });

  it('never takes the old slug of a renamed article', () => {
    const index = emptyIndex();
    index.redirected.add(SLUG);
    const [placed] = placeEntries([entry(ARCHIVED)], index, '/out', false);
    expect(placed!.slug).toBe(`${SLUG}-248f2a5c-3`);
    expect(placed!.notes[0]!.message).toBe(`"${SLUG}" is taken by a redirect of a renamed article; written as ${SLUG}-248f2a5c-3`);
  });

  it('recognises an archived uid: identical is unchanged, edited is kept, --force replaces only inside the folder imported into', () => {
    const index = seedIndex();
    const file = join(ARTICLES_DIR, `${SLUG}.md`);
    expect(placeEntries([entry(ARCHIVED, 'other-name.md')], index, '/out', true)[0]).toMatchObject({ file, slug: SLUG, outcome: 'unchanged', notes: [] });
    const edited = ARCHIVED.replace('topics: [', 'topics: [training, ');
    const kept = placeEntries([entry(edited)], index, '/out', true)[0]!;
    expect(kept).toMatchObject({ file, outcome: 'kept' });
    expect(kept.notes[0]!.message).toBe(
      `kxdb-248f2a5c-3 is archived as ${file}, which differs from this import; kept (it lies outside the folder imported into)`,
    );
    expect(placeEntries([entry(edited)], index, ARTICLES_DIR, false)[0]!.notes[0]!.message).toMatch(/kept \(pass --force to replace it\)$/);
    expect(placeEntries([entry(edited)], index, ARTICLES_DIR, true)[0]).toMatchObject({ file, outcome: 'replaced' });
  });

  it('adds what it places to the index, so a second page sees the first', () => {
    const index = emptyIndex();
    addToIndex(index, archivedEntry('/a/x.md', ARCHIVED));
    expect(placeEntries([entry(ARCHIVED)], index, '/a', false)[0]!.outcome).toBe('unchanged');
  });
});

describe('writing a page', () => {
  it('writes every file or none: a failure takes back the files renamed before it', () => {
    const dir = join(temp(), 'articles');
    mkdirSync(join(dir, 'c.md'), { recursive: true });
    writeFileSync(join(dir, 'b.md'), 'old b');
    const files = [
      { path: join(dir, 'a.md'), content: 'new a' },
      { path: join(dir, 'b.md'), content: 'new b' },
      // A folder where the entry should go: its rename fails after a and b were renamed.
      { path: join(dir, 'c.md'), content: 'new c' },
    ];
    expect(() => writeFiles(files, true)).toThrow();
    expect(readdirSync(dir).sort()).toEqual(['b.md', 'c.md']);
    expect(readFileSync(join(dir, 'b.md'), 'utf8')).toBe('old b');
    writeFiles(files.slice(0, 2), true);
    expect(readdirSync(dir).sort()).toEqual(['a.md', 'b.md', 'c.md']);
    expect([readFileSync(join(dir, 'a.md'), 'utf8'), readFileSync(join(dir, 'b.md'), 'utf8')]).toEqual(['new a', 'new b']);
    expect(existsSync(join(dir, '.a.md.tmp'))).toBe(false);
  });
});
