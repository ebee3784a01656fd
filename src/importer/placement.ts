/**
 * Where each imported entry goes, planned against what the archive already
 * holds (`archive.ts`), so that an import never makes an archive the build
 * refuses:
 *
 * - an entry whose uid is archived is the same article imported again: an
 *   identical file is left alone, an edited one is kept (`--force` replaces
 *   it, only inside the folder being imported into);
 * - a new article whose slug is taken, by another entry or by a redirect's
 *   old slug, gets a distinct slug made from its uid, the same on every run;
 * - a new article whose printed text an archived entry already holds is a
 *   reprint: it is archived in its own right, with a note naming the other.
 *
 * Pure: the command reads the archive and writes the files.
 */
import { join, relative, resolve, sep } from 'node:path';
import { slugOfFile } from '../model/slugs.ts';
import { sha256Hex } from '../archive/digest.ts';
import { addToIndex, archivedEntry, emptyIndex, textDigest, type ArchiveIndex, type ArchivedEntry } from './archive.ts';

/** What happens to one entry: written anew, left as it is, kept though it differs, or replaced. */
export type Outcome = 'written' | 'unchanged' | 'kept' | 'replaced';

/** An entry as the importer made it, to be placed. */
export interface EntryToPlace {
  /** The importer's file name, `<slug>.md`. */
  name: string;
  content: string;
  uid: string;
  /** The page line the article starts on, for notes. */
  line: number;
}

export interface Placement {
  /** The entry file: where it is written, or the archived file it is. */
  file: string;
  /** Its slug, which is its URL. */
  slug: string;
  outcome: Outcome;
  content: string;
  /** One line each, for the editor: a slug that was taken, a reprint, an edited entry kept. */
  notes: { line: number; field: string; message: string }[];
}

/**
 * The slug an archived uid's article takes when its own is taken: the uid's
 * words after the publication prefix (`kxdb-248f2a5c-3` → `…-248f2a5c-3`),
 * then a number if even that is taken.
 * @example distinctSlug('jincheng-2025-04-22-houzhi', 'kxdb-248f2a5c-3', (slug) => slug === 'jincheng-2025-04-22-houzhi') // 'jincheng-2025-04-22-houzhi-248f2a5c-3'
 */
export function distinctSlug(slug: string, uid: string, taken: (slug: string) => boolean): string {
  if (!taken(slug)) return slug;
  const words = uid.split('-');
  const suffixed = `${slug}-${(words.length > 1 ? words.slice(1) : words).join('-')}`;
  let candidate = suffixed;
  for (let n = 2; taken(candidate); n++) candidate = `${suffixed}-${n}`;
  return candidate;
}

const isInside = (file: string, dir: string) => {
  const path = relative(resolve(dir), resolve(file));
  return path !== '' && !path.startsWith('..') && !path.startsWith(sep);
};

/**
 * Plans the entries of one page into `out`. An entry is recognised as
 * archived by its uid; the entries of the page see each other. The index is
 * left as it is: `recordPlacements` adds the page once it is written.
 */
export function placeEntries(entries: readonly EntryToPlace[], index: ArchiveIndex, out: string, force: boolean): Placement[] {
  // The page's own entries, looked up before the archive's: no copy of a large index.
  const page = emptyIndex();
  const seen: Lookup = {
    slug: (slug) => page.bySlug.get(slug) ?? index.bySlug.get(slug),
    uid: (uid) => page.byUid.get(uid) ?? index.byUid.get(uid),
    text: (digest) => page.byText.get(digest) ?? index.byText.get(digest),
    redirected: (slug) => index.redirected.has(slug),
  };
  return entries.map((entry) => {
    const placement = placeEntry(entry, seen, out, force);
    recordPlacements(page, [placement]);
    return placement;
  });
}

/** What the archive and the page so far hold. */
interface Lookup {
  slug(slug: string): ArchivedEntry | undefined;
  uid(uid: string): ArchivedEntry | undefined;
  text(digest: string): ArchivedEntry | undefined;
  redirected(slug: string): boolean;
}

/** Adds a page's new and replaced entries to the index, so the next page of a batch sees them. */
export function recordPlacements(index: ArchiveIndex, placements: readonly Placement[]): void {
  for (const placement of placements) {
    if (placement.outcome === 'written' || placement.outcome === 'replaced') addToIndex(index, archivedEntry(placement.file, placement.content));
  }
}

function placeEntry(entry: EntryToPlace, seen: Lookup, out: string, force: boolean): Placement {
  const notes: Placement['notes'] = [];
  const note = (field: string, message: string) => notes.push({ line: entry.line, field, message });
  const archived = seen.uid(entry.uid);
  if (archived) {
    const at = { file: archived.file, slug: archived.slug, content: entry.content, notes };
    if (archived.digest === sha256Hex(entry.content)) return { ...at, outcome: 'unchanged' };
    if (force && isInside(archived.file, out)) return { ...at, outcome: 'replaced' };
    const why = isInside(archived.file, out) ? 'pass --force to replace it' : 'it lies outside the folder imported into';
    note('uid', `${entry.uid} is archived as ${archived.file}, which differs from this import; kept (${why})`);
    return { ...at, outcome: 'kept' };
  }
  const wanted = slugOfFile(entry.name);
  const slug = distinctSlug(wanted, entry.uid, (candidate) => seen.slug(candidate) !== undefined || seen.redirected(candidate));
  if (slug !== wanted) {
    const holder = seen.slug(wanted);
    note('slug', `"${wanted}" is taken by ${holder ? holder.file : 'a redirect of a renamed article'}; written as ${slug}`);
  }
  const reprinted = seen.text(textDigest(entry.content));
  if (reprinted) note('body', `reprints ${reprinted.file} (the same printed text)`);
  return { file: join(out, `${slug}.md`), slug, outcome: 'written', content: entry.content, notes };
}
