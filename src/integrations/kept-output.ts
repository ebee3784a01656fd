import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The files of the output folder no route of this build produced and
 * nothing wrote during it: the pages of removed articles, the bundles of
 * earlier builds.
 * @param produced the files the build's routes produced, as paths under `dir`
 * @param since when the build began (ms since the epoch): a file written since is this build's
 * @param owned folders under `dir` (ending in `/`) that another step empties and fills each build, whatever their files' times
 */
export function staleOutputFiles(dir: string, produced: ReadonlySet<string>, since: number, owned: readonly string[] = []): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .filter((file) => !produced.has(file) && !owned.some((folder) => file.startsWith(folder)) && statSync(join(dir, file)).mtimeMs < since);
}

/** Removes the folders the removed files leave empty, up to `dir`. */
function removeEmptyFolders(dir: string, removed: readonly string[]): void {
  const folders = [...new Set(removed.map((file) => dirname(file)))].filter((folder) => folder !== '.');
  for (let folder of folders.sort((a, b) => b.length - a.length)) {
    while (folder !== '.' && existsSync(join(dir, folder)) && readdirSync(join(dir, folder)).length === 0) {
      rmdirSync(join(dir, folder));
      folder = dirname(folder);
    }
  }
}

/**
 * Keeps the output folder from build to build instead of emptying it, so a
 * page the incremental build finds unchanged stays where it is; Astro would
 * otherwise copy every such page back from its cache (12 s for 16,000 pages
 * of an archive of 10,000 articles). After the build, removes what the build
 * did not make (see staleOutputFiles), so the folder holds what a build from
 * an empty folder would.
 * @param owned the folders other integrations empty and fill themselves (the search index's, whose files are links into its cache, with the cache's times)
 */
export function keptOutput(owned: readonly string[]): AstroIntegration {
  let started = 0;
  return {
    name: 'archive:kept-output',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        // The kernel stamps files by a coarse clock, a few milliseconds behind Date.now().
        started = Date.now() - 100;
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const out = fileURLToPath(dir);
        const produced = new Set([...assets.values()].flat().map((file) => relative(out, fileURLToPath(file))));
        const stale = staleOutputFiles(out, produced, started, owned);
        for (const file of stale) rmSync(join(out, file));
        removeEmptyFolders(out, stale);
        if (stale.length > 0) logger.info(`removed ${stale.length} file(s) of earlier builds`);
      },
    },
  };
}
