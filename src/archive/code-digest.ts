import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const SOURCE_FILE = /\.(ts|astro)$/;

/**
 * A digest of the code in some folders of the project and of the lockfile
 * (the packages that code calls): what a cache of that code's results is
 * keyed by, so that a change to the code makes every result stale.
 * @param folders under `root`, e.g. `src/model`; each must import nothing outside the folders given but packages
 */
export function codeDigest(root: string, folders: readonly string[]): string {
  const hash = createHash('sha256');
  const files = folders.flatMap((folder) =>
    readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
      .filter((name) => SOURCE_FILE.test(name))
      .map((name) => join(folder, name)),
  );
  for (const name of [...files.sort(), 'package-lock.json']) {
    hash.update(`${name}\n`);
    try {
      hash.update(readFileSync(join(root, name)));
    } catch {
      hash.update('absent\n');
    }
  }
  return hash.digest('hex');
}
