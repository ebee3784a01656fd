/**
 * One notion of what is still to check: after a clean import, the review
 * queue lists every number the figure check flags; an editor who accepts
 * every item leaves nothing for `npm run check` to flag.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkArchive } from '../../src/checks/content-check.ts';
import { checkFigureCoverage } from '../../src/checks/figure-coverage.ts';
import { layoutOf } from '../../src/archive/layout.ts';
import { formatProblem } from '../../src/model/problem.ts';
import type { ReviewItem } from '../../src/review/queue.ts';
import { flaggedFigure } from '../../src/review/waive.ts';

const root = mkdtempSync(join(tmpdir(), 'one-notion-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const layout = layoutOf(join(root, 'content', 'articles'));

function run(script: string, ...args: string[]) {
  const done = spawnSync(process.execPath, [resolve(script), ...args], { encoding: 'utf8', env: { ...process.env, ARCHIVE_CONTENT_DIR: layout.articles } });
  return { status: done.status, stdout: done.stdout, stderr: done.stderr };
}
const queue = () => (JSON.parse(run('src/review/cli.ts', '--json').stdout) as { groups: { items: ReviewItem[] }[] }).groups.flatMap((group) => group.items);
const figureFlags = () => checkFigureCoverage(layout.articles, existsSync(layout.waivers) ? layout.waivers : undefined, root);

describe('the review queue and the check', () => {
  // A page of figure-heavy articles with telephone and document numbers, from the corpus.
  const page = join(root, '06-shuzi.txt');
  copyFileSync('tests/importer/corpus/06-shuzi.txt', page);
  const imported = run('src/importer/cli.ts', page);

  it('import the page cleanly', () => {
    expect(imported.status, imported.stderr).toBe(0);
    expect(checkArchive(layout.articles, root).problems.map(formatProblem)).toEqual([]);
  });

  it('agree: every number the check flags is an item of the queue', () => {
    const items = new Set(queue().map((item) => `${item.slug} ${item.field}`));
    const flags = figureFlags();
    // The page prints numbers the importer cannot type: there is something to agree on.
    expect(flags.length).toBeGreaterThan(0);
    for (const problem of flags) {
      const slug = problem.file.split('/').pop()!.replace(/\.md$/u, '');
      expect(items, formatProblem(problem)).toContain(`${slug} metrics: ${flaggedFigure(problem.message)}`);
    }
  });

  it('both clear once an editor has accepted every item', () => {
    const bySlug = Map.groupBy(queue(), (item) => item.slug);
    for (const [slug, items] of bySlug) {
      const accepted = run('src/review/cli.ts', '--accept', slug, ...items.map((item) => item.field));
      expect(accepted.status, accepted.stderr).toBe(0);
    }
    expect(queue()).toEqual([]);
    expect(figureFlags().map(formatProblem)).toEqual([]);
    expect(checkArchive(layout.articles, root).problems.map(formatProblem)).toEqual([]);
  });
});
