/**
 * Builds the site from a copy of the archive's content in a temporary folder
 * (ARCHIVE_CONTENT_DIR) into a temporary output folder (ARCHIVE_OUT_DIR), so a
 * test can change content without touching content/ or dist/.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { archiveLayout, layoutOf } from '../src/archive/layout.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * A new folder for a build's content, output and caches. It lies inside the
 * project (node_modules/.cache/archive-builds/): Astro writes the server half
 * of a build into the output folder when that is under the working
 * directory, where its imports of the project's packages resolve, and
 * otherwise into the project's `.astro/`, which builds running side by side
 * would share and break each other in.
 */
export function makeBuildDir(prefix: string): string {
  const parent = join(ROOT, 'node_modules/.cache/archive-builds');
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(join(parent, prefix));
}

/** `astro build`, run from the project by the Node that runs this. */
export const ASTRO_BUILD = { command: process.execPath, args: [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], cwd: ROOT };

export interface Fixture {
  root: string;
  articles: string;
  out: string;
}

/** A temporary archive holding a copy of the seed archive's articles and of the pages they were printed on. */
export function makeFixture(): Fixture {
  const root = makeBuildDir('fixture-');
  const articles = join(root, 'articles');
  const seed = archiveLayout({}, ROOT);
  cpSync(seed.articles, articles, { recursive: true });
  cpSync(seed.sources, layoutOf(articles).sources, { recursive: true });
  return { root, articles, out: join(root, 'dist') };
}

/**
 * The environment of a build run from a test: this process's, without the
 * test runner's own import.meta.env values (BASE_URL, MODE…), which live in
 * process.env here and would override the build's, plus `env`.
 */
export function buildEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(([key]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*)$/.test(key));
  return { ...Object.fromEntries(inherited), ASTRO_TELEMETRY_DISABLED: '1', ...env };
}

export function buildFixture(fixture: Fixture, env: Record<string, string> = {}) {
  const result = spawnSync(ASTRO_BUILD.command, ASTRO_BUILD.args, {
    cwd: ASTRO_BUILD.cwd,
    encoding: 'utf8',
    // Its own cache too: builds running side by side must not share one.
    env: buildEnv({ ARCHIVE_CONTENT_DIR: fixture.articles, ARCHIVE_OUT_DIR: fixture.out, ARCHIVE_CACHE_DIR: join(fixture.root, 'cache'), ...env }),
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
