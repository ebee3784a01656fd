/**
 * What the archive already holds, as the importer needs it to keep slugs and
 * uids unique in the whole content collection: every entry's slug, uid and
 * digests (of the file, and of the printed text of its body), and the old
 * slugs that redirects keep alive. An import is planned against this index
 * (`placement.ts`), and the index grows with every page written, so the pages
 * of one batch see each other.
 */
import { sha256Hex } from '../archive/digest.ts';
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { layoutOf } from '../archive/layout.ts';
import { readRedirects } from '../archive/redirects.ts';
import { splitEntry } from '../model/entry.ts';
import { slugOfFile } from '../model/slugs.ts';
import { bodyText } from '../text/markdown.ts';

/** One entry of the archive, as far as uniqueness and re-imports are concerned. */
export interface ArchivedEntry {
  /** Path of the entry file. */
  file: string;
  slug: string;
  /** Absent when the frontmatter names none (a broken entry still holds its slug). */
  uid: string | undefined;
  /** sha256 of the whole file: an identical re-import leaves it alone. */
  digest: string;
  /** sha256 of the body's printed text without white space: a reprint has the same. */
  textDigest: string;
}

export interface ArchiveIndex {
  bySlug: Map<string, ArchivedEntry>;
  byUid: Map<string, ArchivedEntry>;
  byText: Map<string, ArchivedEntry>;
  /** Old slugs of renamed articles (the archive's redirects): a new article may not take one. */
  redirected: Set<string>;
}

/**
 * The uid an entry's frontmatter gives, read without parsing the YAML (an
 * archive of ten thousand entries is read at every import).
 * @example uidOf('---\nuid: kxdb-248f2a5c-3\ntitle: x\n---\n') // 'kxdb-248f2a5c-3'
 */
export function uidOf(source: string): string | undefined {
  const frontmatter = splitEntry(source)?.frontmatter ?? '';
  const match = /^uid:[ \t]*(['"]?)([^'"\s#]+)\1[ \t]*(?:#.*)?$/mu.exec(frontmatter);
  return match?.[2];
}

/**
 * The digest of a body's printed text, blind to white space and Markdown
 * escapes, so a reprint laid out in other lines is still recognised.
 * @example textDigest('---\nuid: a\n---\n\n甲 乙。\n') === textDigest('---\nuid: b\n---\n\n甲乙。\n') // true
 */
export function textDigest(source: string): string {
  return sha256Hex(bodyText(splitEntry(source)?.body ?? source).replace(/\s+/gu, ''));
}

/** An entry as the index holds it. */
export function archivedEntry(file: string, source: string): ArchivedEntry {
  // A copy: V8 keeps a matched substring (the uid) as a slice of the whole
  // entry text, so the index of a long batch would hold every entry it read.
  return structuredClone({ file, slug: slugOfFile(file), uid: uidOf(source), digest: sha256Hex(source), textDigest: textDigest(source) });
}

/** An empty index, to which entries are added. */
export function emptyIndex(): ArchiveIndex {
  return { bySlug: new Map(), byUid: new Map(), byText: new Map(), redirected: new Set() };
}

/** Records an entry in the index (a later entry of the same slug or uid replaces the earlier). */
export function addToIndex(index: ArchiveIndex, entry: ArchivedEntry): void {
  index.bySlug.set(entry.slug, entry);
  if (entry.uid) index.byUid.set(entry.uid, entry);
  if (!index.byText.has(entry.textDigest)) index.byText.set(entry.textDigest, entry);
}

/**
 * Reads the content folders an import must respect (the folder it writes
 * into and the configured archive; the same folder once) into one index,
 * with the redirects beside each. A folder that does not exist yet holds
 * nothing.
 */
export function readArchive(dirs: readonly string[]): ArchiveIndex {
  const index = emptyIndex();
  const seen = new Set<string>();
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    const real = realpathSync(dir);
    if (seen.has(real)) continue;
    seen.add(real);
    const names = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.md'))
      .sort();
    for (const name of names) addToIndex(index, archivedEntry(join(dir, name), readFileSync(join(dir, name), 'utf8')));
    for (const { from } of readRedirects(layoutOf(dir).redirects).pairs) index.redirected.add(from);
  }
  return index;
}
