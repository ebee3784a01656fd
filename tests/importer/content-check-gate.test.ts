/**
 * Each entry must pass the content check before anything is written: an
 * article whose entry the check refuses is set aside (its text left
 * unassigned for an editor) and never written; the rest of the page is
 * written with the page's registration. A page none of whose entries passes
 * is refused whole, and nothing of it reaches the archive.
 *
 * The importer is meant never to make such an entry, so the check is made to
 * refuse one here: every entry holding MARKER gets one more problem. The rest
 * of the check, and the command, run as they are.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkArchive } from '../../src/checks/content-check.ts';
import { SEED_PAGE } from '../helpers/content.ts';

/** MARKER is printed in the body of one article of the seed page (守护“阳泉蓝”) and in no other. */
const refusal = vi.hoisted(() => ({ on: false, marker: '阳泉蓝' }));
const MARKER = refusal.marker;

vi.mock('../../src/model/entry.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/model/entry.ts')>();
  return {
    ...actual,
    checkEntry: (file: string, source: string): ReturnType<typeof actual.checkEntry> => {
      const checked = actual.checkEntry(file, source);
      if (!refusal.on || !source.includes(refusal.marker)) return checked;
      // The entry still reads (article kept): only its problem may stop the write.
      return { ...checked, problems: [...checked.problems, { file, line: 1, field: 'body', message: 'refused by the test' }] };
    },
  };
});

// Imported after the mock, so the importer checks its entries with the mocked check.
const { main } = await import('../../src/importer/cli.ts');

let root: string;
const articles = () => join(root, 'content', 'articles');
const sources = () => join(root, 'content', 'sources');
const files = (dir: string) => (existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort() : []);

/** Runs `npm run import -- <seed copy> --out <archive>` in this process; returns its exit status and what it printed on stderr. */
function importSeed(): { status: number; stderr: string } {
  const page = join(root, '000_248f2a5ceed2de10.txt');
  writeFileSync(page, readFileSync(SEED_PAGE));
  const stderr: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (stderr.push(String(chunk)), true));
  try {
    return { status: main([page, '--out', articles(), '--date', '2025-04-22']), stderr: stderr.join('') };
  } finally {
    vi.restoreAllMocks();
  }
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'gate-'));
  vi.stubEnv('ARCHIVE_CONTENT_DIR', join(root, 'content', 'articles'));
});
afterEach(() => {
  vi.unstubAllEnvs();
  refusal.on = false;
  rmSync(root, { recursive: true, force: true });
});

describe('the content check before writing', () => {
  it('never writes an entry the check refuses: that article is set aside for an editor, the rest of the page written', () => {
    expect(readFileSync(SEED_PAGE, 'utf8')).toContain(MARKER);
    refusal.on = true;
    const { status, stderr } = importSeed();
    expect(status, stderr).toBe(0);
    const written = files(articles());
    expect(written).toHaveLength(6);
    expect(written.some((name) => readFileSync(join(articles(), name), 'utf8').includes(MARKER))).toBe(false);
    const entry = readFileSync(join(sources(), '000_248f2a5ceed2de10.yaml'), 'utf8');
    expect(entry).toContain('reason: needs-editor');
  });

  it('writes nothing of a page none of whose entries the check passes', () => {
    refusal.on = true;
    refusal.marker = '科学导报';
    const { status, stderr } = importSeed();
    refusal.marker = MARKER;
    expect(status).toBe(2);
    expect(stderr).toMatch(/is left for an editor: .*refused by the test/);
    expect(files(articles())).toEqual([]);
    expect(files(sources())).toEqual([]);
  });

  it('writes the page whole when the check passes every entry, and what it writes passes the check', () => {
    const { status, stderr } = importSeed();
    expect(status, stderr).toBe(0);
    const written = files(articles());
    expect(written.length).toBeGreaterThan(1);
    expect(written.some((name) => readFileSync(join(articles(), name), 'utf8').includes(MARKER))).toBe(true);
    expect(files(sources())).toEqual(['000_248f2a5ceed2de10.txt', '000_248f2a5ceed2de10.yaml']);
    expect(checkArchive(articles(), root).problems).toEqual([]);
  });
});
