/**
 * `npm run correct -- <slug> <printed> <reading> [--note text]`: adds a
 * correction to an entry of the archive (ARCHIVE_CONTENT_DIR, by default
 * content/articles). The entry changes only by the new correction's lines,
 * written atomically. An unknown slug, or a printed text the entry does not
 * print: one line on stderr, exit status 2, nothing written.
 */
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { slugOfFile } from '../src/model/slugs.ts';
import { addCorrection, CorrectionError } from '../src/review/corrections.ts';

const USAGE = 'usage: npm run correct -- <slug> <printed> <reading> [--note text]';

/** The entry file of a slug anywhere under `dir`, if there is one. */
function entryOf(dir: string, slug: string): string | undefined {
  const name = readdirSync(dir, { recursive: true, encoding: 'utf8' }).find((file) => file.endsWith('.md') && slugOfFile(file) === slug);
  return name === undefined ? undefined : join(dir, name);
}

/**
 * Runs the command on its arguments; returns the exit status.
 * @example runCorrect(['jincheng-2025-04-22-houzhishengtai', '侯鸟', '候鸟', '--note', '形近致误']) // 0, the entry corrected
 */
export function runCorrect(args: readonly string[], contentDir = process.env.ARCHIVE_CONTENT_DIR ?? 'content/articles'): number {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], allowPositionals: true, options: { note: { type: 'string' } } });
  } catch (error) {
    console.error(`${(error as Error).message.split('\n')[0]} (${USAGE})`);
    return 2;
  }
  const [slug, printed, reading, ...rest] = parsed.positionals;
  if (!slug || printed === undefined || reading === undefined || rest.length > 0) {
    console.error(USAGE);
    return 2;
  }
  const dir = resolve(contentDir);
  const path = entryOf(dir, slug);
  if (!path) {
    console.error(`${relative(process.cwd(), dir) || dir}: unknown slug "${slug}": no entry ${slug}.md`);
    return 2;
  }
  const file = relative(process.cwd(), path) || path;
  try {
    const corrected = addCorrection(file, readFileSync(path, 'utf8'), { printed, reading, ...(parsed.values.note ? { note: parsed.values.note } : {}) });
    const temporary = `${path}.${process.pid}.tmp`;
    try {
      writeFileSync(temporary, corrected, { encoding: 'utf8', flag: 'wx' });
      renameSync(temporary, path);
    } finally {
      rmSync(temporary, { force: true });
    }
    console.log(`${file}: ${printed}〔${reading}〕 added to corrections`);
    return 0;
  } catch (error) {
    if (!(error instanceof CorrectionError)) throw error;
    console.error(error.message);
    return 2;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = runCorrect(process.argv.slice(2));
}
