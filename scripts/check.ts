/**
 * `npm run check [-- --content-only]`: the type check of the code
 * (`astro check`) and the content check of the archive, every problem of the
 * content on its own line as `file:line field: message`, then the number of
 * problems; exit status 1 when either check fails.
 *
 * The content check covers every entry (the schema, the body, duplicate slugs
 * and uids, redirects) and the figure coverage (every number in a body is a
 * metric or on the waiver list beside the articles folder). The build
 * enforces the first only: a fresh import may still have figures to review.
 *
 * The type check runs over an empty articles folder: `astro check` syncs the
 * content collection first and stops at the first entry the schema refuses
 * (with no line), so over the real archive one broken entry would hide the
 * rest of the list and the type check too. The code's types do not depend on
 * the entries; the content check reads every one of them.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkArchive } from '../src/checks/content-check.ts';
import { archiveLayout } from '../src/archive/layout.ts';
import { checkFigureCoverage, waiverFileOf } from '../src/checks/figure-coverage.ts';
import { formatProblem } from '../src/model/problem.ts';
import { buildEnv } from '../tools/build.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** `astro check` over an empty content folder, with its own cache; true when it passes. */
function typeCheck(): boolean {
  const scratch = join(ROOT, 'node_modules/.cache/archive-check');
  mkdirSync(join(scratch, 'articles'), { recursive: true });
  console.log('Type check (astro check) over an empty articles folder; the content check below reads every entry.');
  const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'check'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: buildEnv({ ARCHIVE_CONTENT_DIR: join(scratch, 'articles'), ARCHIVE_CACHE_DIR: join(scratch, 'cache') }),
  });
  return run.status === 0;
}

/** The content check and the figure coverage of `dir`, printed; true when nothing is wrong. */
function contentCheck(dir: string): boolean {
  const { problems, articles } = checkArchive(dir);
  const waivers = waiverFileOf(dir);
  problems.push(...checkFigureCoverage(resolve(dir), waivers));
  for (const problem of problems) console.error(formatProblem(problem));
  const waiverNote = waivers ? `waivers from ${relative(process.cwd(), waivers)}` : `no waiver list beside ${dir}, so every number must be a metric`;
  if (problems.length > 0) {
    console.error(`${problems.length} problem(s) in ${articles.length} readable article(s) of ${dir} (${waiverNote}).`);
    return false;
  }
  console.log(`${articles.length} article(s) in ${dir}: no problems (${waiverNote}).`);
  return true;
}

const typesPass = process.argv.includes('--content-only') || typeCheck();
const contentPasses = contentCheck(archiveLayout().articles);
process.exitCode = typesPass && contentPasses ? 0 : 1;
