import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkArticles } from '../../src/checks/content-check.ts';
import type { ReviewItem } from '../../src/review/queue.ts';
import { ARTICLES_DIR } from '../helpers/content.ts';
import { checkArchive as checkWholeArchive } from '../../src/checks/content-check.ts';
import { CURATED, layOutPage } from '../importer/pages.ts';

const root = mkdtempSync(join(tmpdir(), 'review-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function run(script: string, archive: string, ...args: string[]) {
  const done = spawnSync(process.execPath, [resolve(script), ...args], { encoding: 'utf8', env: { ...process.env, ARCHIVE_CONTENT_DIR: archive } });
  return { status: done.status, stdout: done.stdout, stderr: done.stderr };
}
const review = (archive: string, ...args: string[]) => run('src/review/cli.ts', archive, ...args);
const queue = (archive: string) => (JSON.parse(review(archive, '--json').stdout) as { groups: { group: string; items: ReviewItem[] }[] }).groups;
const snapshot = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
  );

describe('npm run review', () => {
  it('finds nothing open in the curated seed entries', () => {
    expect(review(ARTICLES_DIR, '--json')).toEqual({ status: 0, stdout: '{\n  "groups": []\n}\n', stderr: '' });
    expect(review(ARTICLES_DIR).stdout).toBe('No open review item.\n');
  });

  describe('after a batch import', () => {
    const archive = join(root, 'content', 'articles');
    const sources = join(root, 'content', 'sources');
    cpSync(ARTICLES_DIR, archive, { recursive: true });
    mkdirSync(sources, { recursive: true });
    const bySlug = (...slugs: string[]) => CURATED.filter((article) => slugs.includes(article.slug));
    writeFileSync(
      join(sources, 'p1.txt'),
      layOutPage(bySlug('lvliang-2025-04-22-qiangshijianti', 'yangquan-2025-04-22-shouhuyangquan'), { width: 20, indent: 'shortened' }),
    );
    writeFileSync(join(sources, 'p2.txt'), layOutPage(bySlug('changzhi-2025-04-18-kaizhanweixian'), { width: 26, indent: 'fullwidth-spaces' }));
    writeFileSync(join(root, 'pages.csv'), 'file,date\ncontent/sources/p1.txt,2025-06-05\ncontent/sources/p2.txt,2025-06-12\n');
    const curated = new Set(readdirSync(ARTICLES_DIR));
    const imported = run('src/importer/cli.ts', archive, '--manifest', join(root, 'pages.csv'), '--out', archive);

    it("lists the new entries' open items, grouped by field, each with the page lines it was read from", () => {
      expect(imported.status, imported.stderr).toBe(0);
      const fresh = checkArticles(archive).articles.filter((article) => !curated.has(`${article.slug}.md`));
      expect(fresh).toHaveLength(3);
      const groups = queue(archive);
      // In the order an editor works through them.
      const order = ['title', 'date', 'city/county', 'authors', 'topics', 'metrics'];
      expect(groups.map(({ group }) => group)).toEqual(order.filter((group) => groups.some((g) => g.group === group)));
      expect(groups.length).toBeGreaterThanOrEqual(3);
      const items = groups.flatMap(({ items: inGroup }) => inGroup);
      const expected = fresh.flatMap((article) => article.data.review.map((field) => `${article.slug} ${field}`)).sort();
      expect(items.map((item) => `${item.slug} ${item.field}`).sort()).toEqual(expected);
      for (const item of items) {
        expect(item.evidence.source.from, `${item.slug} ${item.field}`).toBe('source.lines');
        expect(item.evidence.source.lines.length).toBeGreaterThan(0);
      }
      const text = review(archive).stdout;
      expect(text).toMatch(/^title \(\d+ open\)$/m);
      expect(text).toMatch(/ p2\.txt, lines \d+–\d+ \(source\.lines\):\n +\d+ │ 　　科学导报讯 4 月 18 日，/);
    });

    it('--accept clears an item with a one-line diff', () => {
      const item = queue(archive).find(({ group }) => group === 'topics')!.items[0]!;
      const path = join(archive, `${item.slug}.md`);
      const before = readFileSync(path, 'utf8');
      const accepted = review(archive, '--accept', item.slug, 'topics');
      expect(accepted.status).toBe(0);
      expect(accepted.stdout).toMatch(new RegExp(`${item.slug}\\.md: topics checked\\.\\n$`));
      const after = readFileSync(path, 'utf8');
      const [a, b] = [before.split('\n'), after.split('\n')];
      expect(b).toHaveLength(a.length);
      const changed = a.map((line, i) => [line, b[i]]).filter(([x, y]) => x !== y);
      expect(changed).toHaveLength(1);
      expect(changed[0]![0]).toMatch(/^review: \[.*topics.*\]$/);
      expect(changed[0]![1]).toBe(changed[0]![0]!.replace(/topics(, )?/, '').replace(', ]', ']'));
      expect(
        queue(archive)
          .flatMap(({ items }) => items)
          .some((i) => i.slug === item.slug && i.field === 'topics'),
      ).toBe(false);
    });

    it('refuses an unknown slug, an unknown field and a field not open: one line, exit status 2, nothing written', () => {
      const before = snapshot(archive);
      const slug = queue(archive)[0]!.items[0]!.slug;
      const cases: [string[], RegExp][] = [
        [['--accept', 'no-such-article', 'title'], /^review slug: no entry "no-such-article" in /],
        [
          ['--accept', slug, 'title', 'colour'],
          new RegExp(`^.*${slug}\\.md review: unknown field "colour"; review fields are title, date, city, county, authors, topics, metrics$`),
        ],
        [
          ['--accept', 'changzhi-2025-04-18-kaizhanweixian', 'title'],
          /changzhi-2025-04-18-kaizhanweixian\.md:\d+ review: "title" is not open for review \(nothing is open for review\)$/,
        ],
        [['--accept', slug], /^review: --accept needs a slug and at least one field/],
        [['--json', '--accept', '--bogus'], /^review: Unknown option '--bogus'/],
      ];
      for (const [args, message] of cases) {
        const refused = review(archive, ...args);
        expect(refused.status, args.join(' ')).toBe(2);
        expect(refused.stdout).toBe('');
        expect(refused.stderr.trim().split('\n')).toHaveLength(1);
        expect(refused.stderr.trim()).toMatch(message);
      }
      expect(snapshot(archive)).toEqual(before);
    });
  });

  describe('with entries the content check refuses', () => {
    const archive = join(root, 'refusing', 'content', 'articles');
    cpSync(resolve('content'), join(root, 'refusing', 'content'), { recursive: true });
    /** An entry with `review: [title, topics]` added before its `source:` key. */
    const inReview = (source: string) => source.replace(/^source:$/m, 'review: [title, topics]\nsource:');
    const read = (slug: string) => readFileSync(join(archive, `${slug}.md`), 'utf8');
    const yangquan = inReview(read('yangquan-2025-04-22-shouhuyangquan'));
    // Open for review and sound: it stays in the queue.
    writeFileSync(join(archive, 'yangquan-2025-04-22-shouhuyangquan.md'), yangquan);
    // Sound on its own, but a copy with the same uid (not claiming the same page lines): only the check of the whole archive sees it.
    writeFileSync(join(archive, 'yangquan-2025-04-23-chongfu.md'), yangquan.replace(/^ {2}lines: .*\n/m, ''));
    // OCR debris in its body: an OCR space inside a line.
    writeFileSync(
      join(archive, 'xinzhou-2025-04-21-jubanweixian.md'),
      inReview(read('xinzhou-2025-04-21-jubanweixian')).replace('开展危险废物规范化', '开展危险废物 规范化'),
    );

    it('names each on stderr, file:line field: message, lists the rest and leaves them out', () => {
      const files = checkWholeArchive(archive).problems.map((problem) => problem.file);
      expect(files.some((file) => file.endsWith('yangquan-2025-04-23-chongfu.md'))).toBe(true);
      expect(files.some((file) => file.endsWith('xinzhou-2025-04-21-jubanweixian.md'))).toBe(true);
      const listed = review(archive, '--json');
      expect(listed.status).toBe(0);
      const items = (JSON.parse(listed.stdout) as { groups: { items: ReviewItem[] }[] }).groups.flatMap((group) => group.items);
      expect(items.map((item) => `${item.slug} ${item.field}`).sort()).toEqual([
        'yangquan-2025-04-22-shouhuyangquan title',
        'yangquan-2025-04-22-shouhuyangquan topics',
      ]);
      const lines = listed.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(
        /xinzhou-2025-04-21-jubanweixian\.md:\d+ body: left out of the queue: a space between two Chinese characters \(line-break debris\).*; npm run check lists all$/,
      );
      expect(lines[1]).toMatch(
        /yangquan-2025-04-23-chongfu\.md:2 uid: left out of the queue: duplicate uid "kxdb-248f2a5c-1", also used by .*yangquan-2025-04-22-shouhuyangquan\.md.*; npm run check lists all$/,
      );
      // The text queue leaves them out alike.
      const text = review(archive);
      expect(text.stdout).toContain('yangquan-2025-04-22-shouhuyangquan.md');
      expect(text.stdout).not.toMatch(/chongfu|jubanweixian/);
      expect(text.stderr).toBe(listed.stderr);
    });
  });
});
