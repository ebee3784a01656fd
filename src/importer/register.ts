/**
 * Registering an imported page in the archive: the page file copied byte
 * for byte into the sources folder, and the page entry beside it, written
 * together with the page's article entries or not at all (`cli.ts`).
 */
import { join } from 'node:path';
import { PAGE_FILE, pageEntryName } from '../model/page.ts';
import { ImportError } from './errors.ts';
import type { ImportResult } from './import.ts';
import { pageEntry, pageEntryText, type PageFacts } from './page-entry.ts';
import type { FileToWrite } from '../archive/write-files.ts';

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

/**
 * The two files that register a page beside its entries: the page file,
 * byte for byte, and its page entry. The import command writes them with
 * the page's entries, all or nothing. Throws an ImportError when the file
 * name cannot name a page.
 * @example pageFiles(page, 'sources').map((file) => file.path) // ['sources/p.txt', 'sources/p.yaml']
 */
export function pageFiles(page: PageToRegister, sources: string): FileToWrite[] {
  if (!PAGE_FILE.test(page.file)) {
    throw new ImportError(
      `the file name "${page.file}" cannot name a page: it is the page's address, so use ASCII letters, digits, ".", "_" and "-", with an extension`,
      { field: 'file' },
    );
  }
  const entry = pageEntry(page.file, page.bytes, page.text, page.result, page.facts);
  return [
    { path: join(sources, page.file), content: page.bytes, label: `${join(sources, page.file)} (another page of the same name)` },
    { path: join(sources, pageEntryName(page.file)), content: pageEntryText(entry) },
  ];
}
