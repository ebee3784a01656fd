/**
 * `npm run check` (after `astro check`): the content check over the archive
 * and the figure-coverage check (every number in a body is a metric or on the
 * waiver list), every problem on its own line as `file:line field: message`.
 * The build enforces the content check only: a fresh import may still have
 * figures to review.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { checkArchive } from '../src/checks/content-check.ts';
import { formatProblem } from '../src/model/problem.ts';
import { checkFigureCoverage } from '../src/checks/figure-coverage.ts';

const dir = process.env.ARCHIVE_CONTENT_DIR ?? 'content/articles';
const { problems, articles } = checkArchive(dir);
const waivers = join(dirname(resolve(dir)), 'figure-waivers.yaml');
if (existsSync(waivers)) problems.push(...checkFigureCoverage(resolve(dir), waivers));
for (const problem of problems) console.error(formatProblem(problem));
if (problems.length > 0) {
  console.error(`${problems.length} problem(s) in ${dir}.`);
  process.exit(1);
}
console.log(`${articles.length} article(s) in ${dir}: no problems.`);
