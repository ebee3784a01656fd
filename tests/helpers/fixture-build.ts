/**
 * Builds the site from a copy of the archive's content in a temporary folder
 * (ARCHIVE_CONTENT_DIR) into a temporary output folder (ARCHIVE_OUT_DIR), so a
 * test can change content without touching content/ or dist/.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Fixture {
  root: string;
  articles: string;
  out: string;
}

/** A temporary archive holding a copy of content/articles as `<root>/articles`. */
export function makeFixture(): Fixture {
  const root = mkdtempSync(join(tmpdir(), 'archive-fixture-'));
  const articles = join(root, 'articles');
  cpSync('content/articles', articles, { recursive: true });
  return { root, articles, out: join(root, 'dist') };
}

export function buildFixture(fixture: Fixture, env: Record<string, string> = {}) {
  const result = spawnSync('npm', ['run', 'build', '--silent'], {
    encoding: 'utf8',
    // Its own cache too: builds running side by side must not share one.
    env: { ...process.env, ARCHIVE_CONTENT_DIR: fixture.articles, ARCHIVE_OUT_DIR: fixture.out, ARCHIVE_CACHE_DIR: join(fixture.root, 'cache'), ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
