/**
 * The end-to-end tests' fixture (after Starlight's e2e `testFactory`): an
 * archive built as `npm run build` builds it, served as a CDN serves it, and
 * Chromium to read it with. Fixtures are made when a test asks for them:
 *
 * - `site`: the URL of the seed archive the global setup built into dist/ and serves;
 * - `browser`: one headless Chromium for the test file;
 * - `page`: a tab in a browser context of its own, closed after the test;
 * - `dialogs`: the messages of the alerts, confirms and prompts `page` raised
 *   (each dismissed); a page that runs no injected script raises none;
 * - `archive`: a copy of the seed archive's entries in a folder of its own,
 *   to change and build; removed after the test;
 * - `newArchive()`: another such copy, kept until the file's tests are done,
 *   for one build that several tests read (made in `test.beforeAll`);
 * - `importPage(name, text, date)`: imports an OCR page of this name and text,
 *   printed on this date, into `archive` as `npm run import` does; the
 *   command's exit status and errors and the entries it added;
 * - `importInto(archive, name, text, args)`: the same into any archive (one
 *   from `newArchive()` too), with the importer's own options (`--date`,
 *   `--page`, `--issue-number`…);
 * - `serve(archive, env)`: builds an archive with these build settings
 *   (`BASE`, `ARCHIVE_INDEX_PART_SIZE`…), throws the build's output if the
 *   build fails, serves the result under its base until the file's tests are
 *   done, and returns its URL and the build's output.
 *
 * @example
 * test('lists the cities', async ({ site, page }) => {
 *   await page.goto(`${site}cities/`);
 * });
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../tools/browser.ts';
import { buildFixture, makeFixture, type Fixture } from '../../tools/build.ts';
import { serveStatic } from '../../tools/static-server.ts';

export interface ServedBuild {
  url: string;
  output: string;
}

/** Removes an archive made for a test, its build and caches with it. */
function removeArchive(archive: Fixture): void {
  rmSync(archive.root, { recursive: true, force: true });
}

export interface ImportedPage {
  status: number | null;
  stderr: string;
  /** The names of the entries the import added to the archive. */
  added: string[];
}

export const test = base
  .extend('site', { scope: 'file' }, () => inject('siteUrl'))
  .extend('browser', { scope: 'file' }, async ({}, { onCleanup }): Promise<Browser> => {
    const browser = await launchBrowser();
    onCleanup(() => browser.close());
    return browser;
  })
  .extend('serve', { scope: 'file' }, ({}, { onCleanup }) => {
    const servers: { close: () => Promise<void> }[] = [];
    onCleanup(async () => {
      for (const server of servers) await server.close();
    });
    return async (archive: Fixture, env: Record<string, string> = {}): Promise<ServedBuild> => {
      const built = buildFixture(archive, env);
      if (built.status !== 0) throw new Error(`the build failed (${built.status}):\n${built.output}`);
      const server = await serveStatic(archive.out, env.BASE ?? '/');
      servers.push(server);
      return { url: server.url, output: built.output };
    };
  })
  .extend('page', async ({ browser }, { onCleanup }) => {
    const context = await browser.newContext();
    onCleanup(() => context.close());
    return context.newPage();
  })
  .extend('dialogs', ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    return dialogs;
  })
  .extend('newArchive', { scope: 'file' }, ({}, { onCleanup }) => {
    const made: Fixture[] = [];
    onCleanup(() => made.forEach(removeArchive));
    return (): Fixture => {
      made.push(makeFixture());
      return made.at(-1)!;
    };
  })
  .extend('archive', ({}, { onCleanup }): Fixture => {
    const archive = makeFixture();
    onCleanup(() => removeArchive(archive));
    return archive;
  })
  .extend('importInto', { scope: 'file' }, () => (archive: Fixture, name: string, text: string, args: readonly string[]): ImportedPage => {
    const file = join(archive.root, name);
    writeFileSync(file, text);
    const before = new Set(readdirSync(archive.articles));
    const run = spawnSync('npm', ['run', 'import', '--silent', '--', file, '--out', archive.articles, ...args], {
      encoding: 'utf8',
      env: { ...process.env, ARCHIVE_CONTENT_DIR: archive.articles },
    });
    return { status: run.status, stderr: run.stderr, added: readdirSync(archive.articles).filter((entry) => !before.has(entry)) };
  })
  .extend(
    'importPage',
    ({ archive, importInto }) =>
      (name: string, text: string, date: string): ImportedPage =>
        importInto(archive, name, text, ['--date', date]),
  );
