import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, relative, resolve } from 'node:path';
import { makeBuildDir } from '../../tools/build.ts';
import { ARTICLES_DIR, SOURCES_DIR } from '../helpers/content.ts';

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A copy of the archive's articles and pages, with or without the waiver list beside them. */
function archiveCopy(withWaivers: boolean): string {
  const root = makeBuildDir('check-');
  roots.push(root);
  cpSync(ARTICLES_DIR, join(root, 'articles'), { recursive: true });
  cpSync(SOURCES_DIR, join(root, 'sources'), { recursive: true });
  if (withWaivers) cpSync(resolve('content/figure-waivers.yaml'), join(root, 'figure-waivers.yaml'));
  return join(root, 'articles');
}

/** Rewrites one entry of `dir` and returns its name as the check prints it and the entry's lines. */
function breakEntry(dir: string, slug: string, edit: (source: string) => string): { file: string; lines: string[] } {
  const path = join(dir, `${slug}.md`);
  const source = edit(readFileSync(path, 'utf8'));
  writeFileSync(path, source);
  return { file: relative(process.cwd(), path), lines: source.split('\n') };
}

const lineOf = (lines: string[], text: string) => lines.findIndex((line) => line.includes(text)) + 1;

function runCheck(dir: string, ...args: string[]) {
  const run = spawnSync(process.execPath, ['scripts/check.ts', ...args], { encoding: 'utf8', env: { ...process.env, ARCHIVE_CONTENT_DIR: dir } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run check', () => {
  // astro check takes a minute or more when the test suite shares the machine.
  it('lists every problem of an archive with several broken entries, runs the type check too, and fails', { timeout: 240_000 }, () => {
    const dir = archiveCopy(false);
    const noCity = breakEntry(dir, 'changzhi-2025-04-18-kaizhanweixian', (s) => s.replace(/^city: changzhi\n/m, ''));
    const badDate = breakEntry(dir, 'jincheng-2025-04-22-tuijinlvse', (s) => s.replace(/^date: .*$/m, "date: '2025-02-30'"));
    const unknown = breakEntry(dir, 'lvliang-2025-04-22-qiangshijianti', (s) => s.replace(/^county: 岚县$/m, 'county: 岚县\ncolour: green'));
    const yaml = breakEntry(dir, 'xinzhou-2025-04-21-jubanweixian', (s) => s.replace(/^title: .*$/m, 'title: [unclosed'));
    const sameUid = breakEntry(dir, 'yangquan-2025-04-22-shouhuyangquan', (s) => s.replace(/^uid: .*$/m, 'uid: kxdb-248f2a5c-3'));

    const run = runCheck(dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/Result \(\d+ files\)/);
    expect(run.stdout + run.stderr).not.toContain('InvalidContentEntryDataError');
    const lines = run.stderr.trim().split('\n');
    expect(lines).toContain(`${noCity.file}:2 city: is required`);
    expect(lines).toContain(`${badDate.file}:${lineOf(badDate.lines, 'date:')} date: "2025-02-30" is not a real date written YYYY-MM-DD`);
    expect(lines).toContain(`${unknown.file}:${lineOf(unknown.lines, 'colour:')} colour: unknown field`);
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${yaml.file}:\\d+ frontmatter: YAML: `)));
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${sameUid.file}:2 uid: duplicate uid "kxdb-248f2a5c-3", also used by `)));
    // No waiver list beside this copy: its numbers are reported, not skipped.
    expect(lines).toContainEqual(expect.stringMatching(/jincheng-2025-04-22-houzhishengtai\.md:\d+ body: "七场硬仗”" is a number no metric/));
    expect(lines.at(-1)).toMatch(/^\d+ problem\(s\) in 3 readable article\(s\) of .*no waiver list beside/);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^\S+\.md:\d+ \S+: .+/);
  });

  it('passes a sound archive with its waiver list', () => {
    const run = runCheck(archiveCopy(true), '--content-only');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^7 article\(s\) in .*: no problems \(waivers from .*figure-waivers\.yaml\)\.\n$/);
  });
});
