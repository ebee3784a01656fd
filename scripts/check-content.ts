/**
 * `npm run check` (after `astro check`): the content check over the archive,
 * every problem on its own line as `file:line field: message`.
 */
import { checkArchive, formatProblem } from '../src/lib/content-check.ts';

const dir = process.env.ARCHIVE_CONTENT_DIR ?? 'content/articles';
const { problems, articles } = checkArchive(dir);
for (const problem of problems) console.error(formatProblem(problem));
if (problems.length > 0) {
  console.error(`${problems.length} problem(s) in ${dir}.`);
  process.exit(1);
}
console.log(`${articles.length} article(s) in ${dir}: no problems.`);
