/**
 * Writing files of the archive all or nothing: a page's entries with its
 * page file and page entry, a review edit, a report. A file that exists
 * with other content is refused unless forced.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { LocatedError } from '../model/problem.ts';

export type WriteOutcome = 'written' | 'unchanged' | 'replaced';

/** A file to write anywhere: its path and its exact content. */
export interface FileToWrite {
  path: string;
  content: string | Uint8Array;
  /** What the refusal to replace it calls it; the path by default. */
  label?: string;
}

const bytesOf = (content: string | Uint8Array) => (typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content));

/**
 * What writing each file would do: an existing file with other content is
 * an error unless `force`. Reads, writes nothing.
 */
export function planWrites(files: readonly FileToWrite[], force: boolean): WriteOutcome[] {
  return files.map((file): WriteOutcome => {
    if (!existsSync(file.path)) return 'written';
    if (readFileSync(file.path).equals(bytesOf(file.content))) return 'unchanged';
    if (!force) throw new LocatedError(`${file.label ?? file.path} already exists with other content; pass --force to replace it`, { field: 'file' });
    return 'replaced';
  });
}

/**
 * Writes files all or nothing: every target is checked first (see
 * planWrites), every new content is staged in a temporary file beside its
 * target, and only then are they renamed into place, each rename atomic, so
 * a reader never sees half a file. If staging or a rename fails, the files
 * already moved are put back as they were.
 */
export function writeFiles(files: readonly FileToWrite[], force: boolean): WriteOutcome[] {
  const outcomes = planWrites(files, force);
  const beside = (path: string, kind: string) => join(dirname(path), `.${basename(path)}.${process.pid}.${kind}`);
  const steps = files
    .filter((_, i) => outcomes[i] !== 'unchanged')
    .map((file) => ({ file, temporary: beside(file.path, 'tmp'), backup: beside(file.path, 'bak'), staged: false, backedUp: false, placed: false }));
  try {
    for (const step of steps) {
      mkdirSync(dirname(step.file.path), { recursive: true });
      writeFileSync(step.temporary, bytesOf(step.file.content), { flag: 'wx' });
      step.staged = true;
    }
    for (const step of steps) {
      if (existsSync(step.file.path)) {
        renameSync(step.file.path, step.backup);
        step.backedUp = true;
      }
      renameSync(step.temporary, step.file.path);
      step.placed = true;
    }
  } catch (error) {
    for (const step of [...steps].reverse()) {
      if (step.placed) rmSync(step.file.path, { force: true });
      if (step.backedUp) renameSync(step.backup, step.file.path);
      step.backedUp = false;
    }
    throw error;
  } finally {
    for (const step of steps) {
      if (step.staged && !step.placed) rmSync(step.temporary, { force: true });
      if (step.backedUp) rmSync(step.backup, { force: true });
    }
  }
  return outcomes;
}
