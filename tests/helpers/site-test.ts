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
import { rmSync } from 'node:fs';
import { test as base, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../tools/browser.ts';
import { buildFixture, makeFixture, type Fixture } from '../../tools/build.ts';
import { serveStatic } from '../../tools/static-server.ts';

export interface ServedBuild {
  url: string;
  output: string;
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
  .extend('archive', ({}, { onCleanup }): Fixture => {
    const archive = makeFixture();
    onCleanup(() => rmSync(archive.root, { recursive: true, force: true }));
    return archive;
  });
