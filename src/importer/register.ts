/**
 * Registering an imported page in the archive: its article entries, the page
 * file copied byte for byte into the sources folder, and the page entry
 * beside it, written together or not at all. The import command calls this
 * once for its page; an importer of many pages calls it once per page.
 */
import { join } from 'node:path';
import { PAGE_FILE, pageEntryName } from '../model/page.ts';
import { ImportError } from './errors.ts';
import type { ImportResult } from './import.ts';
import { pageEntry, pageEntryText, type PageFacts } from './page-entry.ts';
import { writeFiles, type FileToWrite, type WriteOutcome } from './write.ts';

export interface PageToRegister {
  /** The page file's name, as it is kept in the sources folder (no folders). */
  file: string;
  /** The page file's bytes, kept unchanged. */
  bytes: Uint8Array;
  /** The decoded text the import read. */
  text: string;
  result: ImportResult;
  facts: PageFacts;
}

export interface ArchiveFolders {
  /** Where article entries go (`content/articles`). */
  articles: string;
  /** Where page files and page entries go (`content/sources`). */
  sources: string;
}

export interface Registration {
  /** Every file of the page, entries first, then the page file and its page entry. */
  files: FileToWrite[];
  /** What writing each did, in the same order; absent for a dry run. */
  outcomes?: WriteOutcome[];
}

/**
 * The sources folder beside an articles folder: `content/articles` →
 * `content/sources`.
 * @example sourcesBeside('content/articles') // 'content/sources'
 */
export function sourcesBeside(articles: string): string {
  return join(articles, '..', 'sources');
}

/**
 * The files a page's registration writes: its entries, then the page file
 * and its page entry. An importer of many pages can gather the files of all
 * of them and write them at once with `writeFiles`. Throws an ImportError
 * when the file name cannot name a page.
 */
export function registrationFiles(page: PageToRegister, folders: ArchiveFolders): FileToWrite[] {
  if (!PAGE_FILE.test(page.file)) {
    throw new ImportError(`the file name "${page.file}" cannot name a page: it is the page's address, so use ASCII letters, digits, ".", "_" and "-", with an extension`, { field: 'file' });
  }
  const entry = pageEntry(page.file, page.bytes, page.text, page.result, page.facts);
  return [
    ...page.result.entries.map((article) => ({ path: join(folders.articles, article.name), content: article.content })),
    { path: join(folders.sources, page.file), content: page.bytes, label: `${join(folders.sources, page.file)} (another page of the same name)` },
    { path: join(folders.sources, pageEntryName(page.file)), content: pageEntryText(entry) },
  ];
}

/**
 * Registers one imported page: writes its entries, its page file and its
 * page entry, all or nothing. An existing file with other content is
 * refused unless `force`; identical files are left alone, so registering a
 * page twice changes nothing.
 */
export function registerPage(page: PageToRegister, folders: ArchiveFolders, options: { force: boolean; dryRun?: boolean }): Registration {
  const files = registrationFiles(page, folders);
  if (options.dryRun) return { files };
  return { files, outcomes: writeFiles(files, options.force) };
}

/**
 * The report's line about the page file and its entry.
 * @example formatRegistration(registerPage(page, { articles: 'content/articles', sources: 'content/sources' }, { force: false }))
 * // 'Page file content/sources/p.txt (written), page entry content/sources/p.yaml (written).\n'
 */
export function formatRegistration(registration: Registration): string {
  const [source, entry] = registration.files.slice(-2) as [FileToWrite, FileToWrite];
  const outcome = (i: number) => (registration.outcomes ? ` (${registration.outcomes[registration.files.length - 2 + i]})` : '');
  return `Page file ${source.path}${outcome(0)}, page entry ${entry.path}${outcome(1)}.\n`;
}
