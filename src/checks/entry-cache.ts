/**
 * What the content check found in each entry at the last build, kept in the
 * build cache: an archive grows by one issue a day, and checking its 10,000
 * unchanged entries again would cost a build seconds (2.7 s at 10,000, ten
 * times that at 100,000) for nothing. An entry's result is reused when its
 * file name, its text and the checking code are the same; what no single
 * entry shows (duplicate slugs, the printed pages) is checked every time.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { codeDigest } from '../archive/code-digest.ts';
import { deserialize, serialize } from 'node:v8';
import { dirname } from 'node:path';
import { createHash } from 'node:crypto';
import { checkEntry, splitEntry, type CheckedArticle } from '../model/entry.ts';
import type { Problem } from '../model/problem.ts';

type EntryResult = ReturnType<typeof checkEntry>;

/** A result as kept: the article without its body, which the entry's text gives back. */
interface KeptResult {
  problems: Problem[];
  article?: Omit<CheckedArticle, 'body'>;
}

function keptResult({ problems, article }: EntryResult): KeptResult {
  if (!article) return { problems };
  const { body: _body, ...kept } = article;
  return { problems, article: kept };
}

/**
 * The digest of the code an entry check runs: src/model and src/text, which
 * import nothing else of the project (see codeDigest). A change to it checks
 * every entry again, which is rare beside the daily new entries.
 */
export function checkingCodeDigest(root: string): string {
  return codeDigest(root, ['src/model', 'src/text']);
}

export class EntryCheckCache {
  private readonly file: string;
  private readonly code: string;
  private readonly kept: Map<string, KeptResult>;
  private readonly used = new Map<string, KeptResult>();
  /** Entries whose result came from the cache this run. */
  hits = 0;

  private constructor(file: string, code: string, kept: Map<string, KeptResult>) {
    this.file = file;
    this.code = code;
    this.kept = kept;
  }

  /** The cache kept in `file`, if it was written by the same checking code; else an empty one. */
  static load(file: string, code: string): EntryCheckCache {
    try {
      const stored = deserialize(readFileSync(file)) as { code: string; entries: Map<string, KeptResult> };
      if (stored.code === code) return new EntryCheckCache(file, code, stored.entries);
    } catch {
      // No cache yet, or one this Node cannot read: check every entry.
    }
    return new EntryCheckCache(file, code, new Map());
  }

  /** checkEntry's result for the entry, from the cache when it holds one for the same name and text. */
  check(file: string, source: string): EntryResult {
    const key = createHash('sha256').update(file).update('\0').update(source).digest('base64url');
    const kept = this.kept.get(key);
    if (kept) {
      this.hits++;
      this.used.set(key, kept);
      return kept.article ? { problems: kept.problems, article: { ...kept.article, body: splitEntry(source)!.body } } : { problems: kept.problems };
    }
    const result = checkEntry(file, source);
    this.used.set(key, keptResult(result));
    return result;
  }

  /** Writes the results this run used, and only those: the entries of removed or changed files go. */
  save(): void {
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileSync(`${this.file}.tmp`, serialize({ code: this.code, entries: this.used }));
    renameSync(`${this.file}.tmp`, this.file);
  }
}
