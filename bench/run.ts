/**
 * The scale benchmark: `npm run bench -- --articles N [--report file.json]`.
 * (`npm run bench -- --import-pages 100,500,1000` runs the import benchmark
 * of bench/import-pages.ts instead.)
 *
 * Generates a synthetic archive of N articles (scripts/generate-archive.ts),
 * builds the site and its search index exactly as `npm run build` does (into
 * a temporary folder), and reports wall time and peak memory of each step
 * (bench/build-profile.ts), what was built and how big it is, what a reader
 * transfers for a first and a follow-up search in Chromium, the search
 * quality on the generated bodies, and the cost of rebuilding after one more
 * issue is imported, and after the next day's (the report is written after
 * each stage, so a stopped run keeps what it measured). Appends a row to
 * docs/benchmarks.md unless told not to;
 * `--no-search`, `--no-quality`, `--no-ranking` and `--no-rebuild` leave out
 * what they name (at 100,000 articles the 400 quality queries alone would
 * take longer than the build).
 */
import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { buildProfile, type BuildProfile, type BuildStep, type TimedLine } from './build-profile.ts';
import { cpus, hostname, totalmem } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateArchive } from '../scripts/generate-archive.ts';
import { checkArticles } from '../src/checks/content-check.ts';
import { layoutOf } from '../src/archive/layout.ts';
import type { CheckedArticle } from '../src/model/entry.ts';
import { watchMemory } from '../tools/process-memory.ts';
import {
  compoundQueries,
  EVERYDAY_TERMS,
  measureCompoundQuality,
  measureSearchQuality,
  randomQueries,
  searchDocument,
  siteSearch,
  type QualityReport,
} from './search-quality.ts';
import { measureFirstSearches, measureSearchCost, type FirstSearchCost, type QueryCost } from './search-cost.ts';
import { articleIndexParts, INDEX_PART_SIZE, RECENT_PART_SIZE, SEARCH_INDEX_FOLDER } from '../src/search/parts.ts';
import { mulberry32 } from '../tools/random.ts';
import { measureRanking, type RankingReport } from './ranking.ts';
import { serveStatic } from '../tools/static-server.ts';
import { ASTRO_BUILD, buildEnv, makeBuildDir } from '../tools/build.ts';
import { pageWeight, type PageWeight } from '../tools/page-weight.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Queries for the transfer measurement: common, rare, Latin and mixed. */
export const COST_QUERIES = ['生态环境', '尾矿库', 'PM2.5', '阳泉', '黑臭水体治理'];

/** Two-word queries for the transfer measurement: a city and a common word, a common and a rare word, words of one phrase, Latin and Han, two rarer words. */
export const TWO_WORD_QUERIES = ['阳泉 空气', '生态环境 尾矿库', '黑臭水体 治理', 'PM2.5 浓度', '危险废物 培训'];

/**
 * A pasted paragraph as a query: 60 words of 2 to 12 characters drawn from
 * the archive's sentences (at least 12 characters each), 500 characters
 * with the spaces. Each word finds articles alone; together they find none.
 */
export function longQuery(sentences: readonly string[], seed = 1): string {
  const random = mulberry32(seed);
  const words: string[] = [];
  let left = 500 - 59;
  while (words.length < 60) {
    // A length that leaves the words after it room for 2 to 12 characters each.
    const after = 59 - words.length;
    const [least, most] = [Math.max(2, left - 12 * after), Math.min(12, left - 2 * after)];
    const size = least + Math.floor(random() * (most - least + 1));
    const chars = [...sentences[Math.floor(random() * sentences.length)]!.replace(/[\s\p{P}\p{S}]/gu, '')];
    const start = Math.floor(random() * Math.max(1, chars.length - size));
    const word = chars.slice(start, start + size).join('');
    if ([...word].length !== size) continue;
    words.push(word);
    left -= size;
  }
  return words.join(' ');
}

export interface StepReport {
  wallSeconds: number;
  peakBytes: Record<string, number>;
}

export interface BenchReport {
  machine: { host: string; cpus: number; memoryBytes: number; node: string };
  date: string;
  articles: number;
  generateSeconds: number;
  build: StepReport & { indexSeconds: number; siteSeconds: number; profile: BuildProfile };
  /** The rebuild after one more issue, of the day after the archive's last date. */
  rebuild?: RebuildReport;
  /** The rebuild after the issue of the day after that: the daily path once the first has moved the parts' boundaries. */
  nextRebuild?: RebuildReport;
  /** Files in `dist/`, and the largest of them. */
  files: number;
  largestFile: { path: string; bytes: number };
  filesByFolder: FolderSize['filesByFolder'];
  widestFolder: FolderSize['widestFolder'];
  pages: number;
  distBytes: number;
  indexBytes: number;
  /** Page weight as tools/page-weight.ts defines it. */
  pageTypes: Record<string, PageWeight>;
  search?: {
    /** Per query of COST_QUERIES, in order; the follow-up search is the next query. */
    costs: QueryCost[];
    /** First searches of TWO_WORD_QUERIES on a fresh page. */
    twoWords: FirstSearchCost[];
    /** A first search of longQuery(): 500 characters, 60 words. */
    longQuery: FirstSearchCost;
    /** A first search of 生态环境 in a date range: the dates of one older part (or, with one part, its second half). */
    range: FirstSearchCost & { overlapping: string[] };
    /** Random and everyday queries against substring search (not with `quality: false`). */
    quality?: Omit<QualityReport, 'misses'> & { misses: string[] };
    /** Compound queries (bench/search-quality.ts) against substring logic. */
    compound?: Omit<QualityReport, 'misses'> & { misses: string[] };
  };
  /** The ranking benchmark on its planted archive (bench/ranking.ts). */
  ranking?: Omit<RankingReport, 'terms' | 'pairs'> & {
    terms: { term: string; ndcg: number; headlineFirst: boolean }[];
    pairs: { ndcg: number; headlineFirst: number; terms: { term: string; ndcg: number; headlineFirst: boolean }[] };
  };
}

export type RebuildReport = StepReport & { date: string; addedArticles: number; addedPages: number; indexSeconds: number; profile: BuildProfile };

interface BuildResult extends StepReport {
  indexSeconds: number;
  profile: BuildProfile;
}

/** Runs `astro build` on a content folder into an output folder, watching its memory and timing each line it prints. */
function build(env: Record<string, string>): Promise<BuildResult> {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(ASTRO_BUILD.command, ASTRO_BUILD.args, {
      cwd: ASTRO_BUILD.cwd,
      env: buildEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stop = watchMemory(child.pid!);
    const lines: TimedLine[] = [];
    const pending = { stdout: '', stderr: '' };
    const take = (stream: keyof typeof pending) => (chunk: Buffer) => {
      const ms = performance.now() - started;
      const complete = (pending[stream] + chunk.toString('utf8')).split('\n');
      pending[stream] = complete.pop()!;
      for (const text of complete) lines.push({ ms, text });
    };
    child.stdout.on('data', take('stdout'));
    child.stderr.on('data', take('stderr'));
    child.on('close', (code) => {
      const ms = performance.now() - started;
      for (const text of Object.values(pending)) if (text) lines.push({ ms, text });
      const { peaks, samples } = stop();
      const output = lines.map((line) => line.text).join('\n');
      if (code !== 0) return reject(new Error(`build failed (${code}):\n${output.slice(-3000)}`));
      const indexSeconds = Number(/indexed \d+ article\(s\) in ([\d.]+) s/.exec(output)?.[1] ?? NaN);
      resolvePromise({ wallSeconds: ms / 1000, peakBytes: peaks, indexSeconds, profile: buildProfile(lines, samples) });
    });
  });
}

interface FolderSize {
  bytes: number;
  files: number;
  largest: { path: string; bytes: number };
  /** Files under each top-level folder ('.' for the files at the top), and the most entries any one folder holds: what a host's limits count. */
  filesByFolder: Record<string, number>;
  /** Bytes of the files under each top-level folder, as `filesByFolder` counts them. */
  bytesByFolder: Record<string, number>;
  widestFolder: { path: string; entries: number };
}

/** The bytes and files of a folder, its largest file, and where its files are. */
function folderSize(dir: string): FolderSize {
  const size: FolderSize = {
    bytes: 0,
    files: 0,
    largest: { path: '', bytes: 0 },
    filesByFolder: {},
    bytesByFolder: {},
    widestFolder: { path: '', entries: 0 },
  };
  const entries = new Map<string, number>();
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const parent = dirname(name);
    entries.set(parent, (entries.get(parent) ?? 0) + 1);
    const stats = statSync(join(dir, name));
    if (!stats.isFile()) continue;
    size.bytes += stats.size;
    size.files++;
    const top = name.includes(sep) ? name.slice(0, name.indexOf(sep)) : '.';
    size.filesByFolder[top] = (size.filesByFolder[top] ?? 0) + 1;
    size.bytesByFolder[top] = (size.bytesByFolder[top] ?? 0) + stats.size;
    if (stats.size > size.largest.bytes) size.largest = { path: name, bytes: stats.size };
  }
  for (const [path, count] of entries) if (count > size.widestFolder.entries) size.widestFolder = { path, entries: count };
  return size;
}

async function searchQuality(siteUrl: string, out: string, articles: readonly CheckedArticle[], seed: number) {
  const documents = articles.map(searchDocument);
  const site = await siteSearch(siteUrl, out);
  const queries = [...randomQueries(documents, 200, seed), ...EVERYDAY_TERMS];
  const listed = (report: QualityReport) => ({
    ...report,
    misses: report.misses.slice(0, 10).map((m) => `${m.query}: expected ${m.expected.length}, found ${m.found.length}`),
  });
  return {
    quality: listed(await measureSearchQuality(site, documents, queries)),
    compound: listed(await measureCompoundQuality(site, documents, compoundQueries(documents, 200, seed))),
  };
}

/** The day `days` after a date. */
const dayAfter = (date: string, days = 1) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * A date range for the cost benchmark: the dates of the oldest part, less
 * any day it shares with the parts beside it (a large month is cut by count,
 * and so is recent from the rest, so a day's articles may fall in two), so
 * that a search in it needs that part alone when the archive has several.
 * Returns the range's URL parameters and the parts that hold articles in it.
 */
function costRange(articles: readonly CheckedArticle[]): { params: string; overlapping: string[] } {
  const parts = articleIndexParts(articles, (a) => a.slug, INDEX_PART_SIZE, RECENT_PART_SIZE).map(({ id, items }) => ({
    id,
    first: items[0]!.data.date,
    last: items.at(-1)!.data.date,
  }));
  const [part, next] = [parts[0]!, parts[1]];
  const to = next && next.first <= part.last ? dayAfter(part.last, -1) : part.last;
  const from = part.first <= to ? part.first : part.last;
  const overlapping = parts
    .filter((other) => other.last >= from && other.first <= to)
    .map((other) => other.id)
    .sort();
  return { params: `from=${from}&to=${to < from ? from : to}`, overlapping };
}

export interface BenchOptions {
  articles: number;
  seed?: number;
  /** Measure search cost and quality in Chromium (default true). */
  search?: boolean;
  /** Measure search quality too (400 queries; default true). */
  quality?: boolean;
  /** Rebuild after adding one new issue (NEW_ISSUE; default true). */
  rebuild?: boolean;
  /** Generated articles around the ranking benchmark's planted ones (default 1,000; 0 skips it). */
  rankingArticles?: number;
  log?: (line: string) => void;
  /** Called with the report as it stands after each stage, so that a run stopped part way keeps what it measured. */
  progress?: (report: BenchReport) => void;
}

export async function runBenchmark(options: BenchOptions): Promise<BenchReport> {
  const { articles, seed = 1, search = true, quality = true, rebuild = true, rankingArticles = 1000, log = () => {}, progress = () => {} } = options;
  const work = makeBuildDir('bench-');
  const contentDir = join(work, 'content', 'articles');
  const out = join(work, 'dist');
  const env = { ARCHIVE_CONTENT_DIR: contentDir, ARCHIVE_OUT_DIR: out, ARCHIVE_CACHE_DIR: join(work, 'cache') };
  try {
    const started = performance.now();
    generateArchive({ count: articles, dir: contentDir, seed });
    const generateSeconds = (performance.now() - started) / 1000;
    log(`generated ${articles} articles in ${generateSeconds.toFixed(1)} s`);

    const full = await build(env);
    log(`built in ${full.wallSeconds.toFixed(1)} s (index ${full.indexSeconds.toFixed(1)} s)`);
    const dist = folderSize(out);
    const htmlPages = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    const firstArticle = htmlPages.find((f) => f.startsWith('articles/'))!;
    const report: BenchReport = {
      machine: { host: hostname(), cpus: cpus().length, memoryBytes: totalmem(), node: process.version },
      date: new Date().toISOString(),
      articles,
      generateSeconds: round(generateSeconds),
      build: {
        wallSeconds: round(full.wallSeconds),
        indexSeconds: round(full.indexSeconds),
        siteSeconds: round(full.wallSeconds - full.indexSeconds),
        peakBytes: full.peakBytes,
        profile: full.profile,
      },
      pages: htmlPages.length,
      distBytes: dist.bytes,
      files: dist.files,
      largestFile: dist.largest,
      filesByFolder: dist.filesByFolder,
      widestFolder: dist.widestFolder,
      // The one walk of dist/ counts the index folder too (118,619 files at 100,000 articles).
      indexBytes: dist.bytesByFolder[SEARCH_INDEX_FOLDER.replace(/\/$/, '')] ?? 0,
      pageTypes: {
        home: pageWeight(out, 'index.html'),
        city: pageWeight(out, 'cities/jincheng/index.html'),
        article: pageWeight(out, firstArticle),
        search: pageWeight(out, 'search/index.html'),
      },
    };

    progress(report);

    // Read once: at 100,000 articles each reading takes half a minute.
    const archived = checkArticles(contentDir).articles;
    if (search) {
      report.search = await measureSearch(out, archived, seed, quality, log);
      progress(report);
    }

    if (rankingArticles > 0) {
      const ranking = await measureRanking(rankingArticles, seed);
      const brief = (terms: typeof ranking.terms) => terms.map(({ term, ndcg, headlineFirst }) => ({ term, ndcg, headlineFirst }));
      report.ranking = { ...ranking, terms: brief(ranking.terms), pairs: { ...ranking.pairs, terms: brief(ranking.pairs.terms) } };
      log(
        `ranking: NDCG@10 ${ranking.ndcg.toFixed(3)} (pairs ${ranking.pairs.ndcg.toFixed(3)}), headline first for ${ranking.headlineFirst * 100} % of planted terms, ${ranking.pairs.headlineFirst * 100} % of pairs`,
      );
      progress(report);
    }

    if (rebuild) {
      const day = dayAfter(lastDate(archived));
      report.rebuild = await rebuildWithNewIssue(work, env, day, seed + 1, log);
      progress(report);
      report.nextRebuild = await rebuildWithNewIssue(work, env, dayAfter(day), seed + 2, log);
      progress(report);
    }
    return report;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** What a search costs on the built archive, by the benchmark's queries, and how exactly it finds. */
async function measureSearch(
  out: string,
  articles: readonly CheckedArticle[],
  seed: number,
  quality: boolean,
  log: (line: string) => void,
): Promise<NonNullable<BenchReport['search']>> {
  const server = await serveStatic(out);
  try {
    const started = performance.now();
    const costs = await measureSearchCost(server.url, COST_QUERIES);
    log('measured one-word searches');
    const twoWords = await measureFirstSearches(server.url, TWO_WORD_QUERIES);
    log('measured two-word searches');
    const sentences = articles
      .flatMap((article) => article.body.split(/(?<=[。！？])/u))
      .filter((sentence) => [...sentence.replace(/[\s\p{P}\p{S}]/gu, '')].length >= 12);
    const [long] = await measureFirstSearches(server.url, [longQuery(sentences, seed)]);
    const { params, overlapping } = costRange(articles);
    log('measured the long query');
    const [range] = await measureFirstSearches(server.url, ['生态环境'], params);
    log('measured a search in a date range');
    const measured = { costs, twoWords, longQuery: long!, range: { ...range!, overlapping } };
    if (!quality) return measured;
    const found = await searchQuality(server.url, out, articles, seed);
    log(
      `searched in ${((performance.now() - started) / 1000).toFixed(1)} s: recall ${found.quality.recall}, precision ${found.quality.precision.toFixed(4)}; compound ${found.compound.recall} / ${found.compound.precision.toFixed(4)}`,
    );
    return { ...measured, ...found };
  } finally {
    await server.close();
  }
}

/** The archive's last date. */
function lastDate(articles: readonly CheckedArticle[]): string {
  return articles.reduce((last, article) => (article.data.date > last ? article.data.date : last), '');
}

/** One issue as an editor imports it after the day's paper: eight pages of five articles each. */
export const NEW_ISSUE = { pages: 8, articles: 40 };

/**
 * The daily path: one more issue (NEW_ISSUE) of `day`, generated as the
 * archive was (with a seed of its own: its own file names and permanent ids)
 * and added to it, and the build again.
 */
async function rebuildWithNewIssue(work: string, env: Record<string, string>, day: string, seed: number, log: (line: string) => void): Promise<RebuildReport> {
  const target = layoutOf(join(work, 'content', 'articles'));
  const issue = layoutOf(join(work, `issue-${day}`, 'articles'));
  const added = generateArchive({
    count: NEW_ISSUE.articles,
    dir: issue.articles,
    seed,
    dates: [day, day],
    pageSize: NEW_ISSUE.articles / NEW_ISSUE.pages,
  });
  for (const file of added) cpSync(join(issue.articles, file), join(target.articles, file));
  cpSync(issue.sources, target.sources, { recursive: true });
  const again = await build(env);
  log(`rebuilt after adding an issue of ${added.length} articles (${day}) in ${again.wallSeconds.toFixed(1)} s`);
  return {
    date: day,
    wallSeconds: round(again.wallSeconds),
    indexSeconds: round(again.indexSeconds),
    peakBytes: again.peakBytes,
    addedArticles: added.length,
    addedPages: NEW_ISSUE.pages,
    profile: again.profile,
  };
}

const round = (n: number) => Math.round(n * 100) / 100;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1e3).toFixed(bytes < 10e3 ? 1 : 0)} KB`;
const max = (values: number[]) => Math.max(...values);

/** The largest first screens over the queries: by relevance / by date / a date follow-up. */
function firstScreens(costs: readonly QueryCost[]): string {
  const largest = (pick: (cost: QueryCost) => number) => kb(max(costs.map(pick)));
  return `${largest((c) => c.relevance.first.bytes)} / ${largest((c) => c.date.first.bytes)} / ${largest((c) => c.date.followUp.bytes)}`;
}

/** The largest first screens of first searches: by relevance / by date. */
function firstSearches(costs: readonly FirstSearchCost[]): string {
  return `${kb(max(costs.map((c) => c.relevance.first.bytes)))} / ${kb(max(costs.map((c) => c.date.first.bytes)))}`;
}

/** The most any search's trend added once its count was final. */
function largestTrend(search: NonNullable<BenchReport['search']>): number {
  const all = [...search.costs, ...search.twoWords, search.longQuery, search.range];
  return max(all.flatMap((c) => [c.relevance.trend?.bytes ?? 0, c.date.trend?.bytes ?? 0]));
}

/** The report's rebuilds, in the order they ran. */
const rebuildsOf = (r: BenchReport) => [r.rebuild, r.nextRebuild].filter((again) => again !== undefined);

/** What a rebuild added, and on which day: `(+40, 2026-01-01)`. */
const rebuildLabel = (again: RebuildReport) => `(+${again.addedArticles}, ${again.date})`;

/** One line of the table in docs/benchmarks.md. */
export function benchmarkRow(r: BenchReport): string {
  // Node names its main thread MainThread; Pagefind's binary is pagefind_extended (cut to 15 characters).
  const program = (name: string) => ({ MainThread: 'Astro (Node)', pagefind_extend: 'Pagefind' })[name] ?? name;
  const peak = (peaks: Record<string, number>) =>
    Object.entries(peaks)
      .filter(([, b]) => b > 50e6)
      .map(([name, b]) => `${program(name)} ${mb(b)}`)
      .join(', ');
  const search = r.search;
  const long = search?.longQuery;
  return [
    r.date.slice(0, 10),
    `${r.machine.cpus} cores, ${(r.machine.memoryBytes / 2 ** 30).toFixed(0)} GiB`,
    r.articles.toLocaleString('en'),
    `${r.build.wallSeconds} s (site ${r.build.siteSeconds} s, index ${r.build.indexSeconds} s)`,
    peak(r.build.peakBytes),
    r.pages.toLocaleString('en'),
    `${mb(r.distBytes)}, ${r.files.toLocaleString('en')} files`,
    mb(r.indexBytes),
    search ? firstScreens(search.costs) : '—',
    search ? firstSearches(search.twoWords) : '—',
    search ? kb(largestTrend(search)) : '—',
    long
      ? `${kb(long.relevance.first.bytes)}, ${(long.relevance.first.ms / 1000).toFixed(1)} s / ${kb(long.date.first.bytes)}, ${(long.date.first.ms / 1000).toFixed(1)} s`
      : '—',
    search ? `${search.range.relevance.parts.join(', ')} / ${search.range.date.parts.join(', ')} of ${search.range.overlapping.join(', ')}` : '—',
    search?.quality && search.compound
      ? `${search.quality.recall} / ${search.quality.precision.toFixed(3)}; ${search.compound.recall} / ${search.compound.precision.toFixed(3)}${r.ranking ? `; NDCG@10 ${r.ranking.ndcg.toFixed(2)}, pairs ${r.ranking.pairs.ndcg.toFixed(2)}` : ''}`
      : '—',
    rebuildsOf(r)
      .map((again) => `${again.wallSeconds} s ${rebuildLabel(again)}`)
      .join('; ') || '—',
  ]
    .join(' | ')
    .replace(/^/, '| ')
    .concat(' |');
}

/**
 * The build and the rebuilds after one issue, step by step (bench/build-profile.ts),
 * as the Markdown table docs/benchmarks.md shows: each step's time and the
 * peak of all the build's programs together while it ran.
 */
export function profileTable(r: BenchReport): string {
  const builds: [string, { wallSeconds: number; profile: BuildProfile }][] = [
    ['build', r.build],
    ...rebuildsOf(r).map((again): [string, RebuildReport] => [`rebuild ${rebuildLabel(again)}`, again]),
  ];
  const peak = (steps: readonly BuildStep[]) => mb(Math.max(0, ...steps.map((step) => step.totalBytes)));
  const rows = r.build.profile.steps.map((step) => {
    const cells = builds.map(([, { profile }]) => {
      const same = profile.steps.find(({ name }) => name === step.name);
      return same ? `${same.seconds} s | ${peak([same])}` : '— | —';
    });
    return `| ${step.name} | ${cells.join(' | ')} |`;
  });
  const pages = (p: BuildProfile['pages']) => `${p.rendered} rendered, ${p.kept} kept, ${p.restored} restored`;
  const parts = (p: BuildProfile['parts']) =>
    p
      .map(({ id, articles, seconds, reused, beside }) => `${id} ${articles} ${reused ? 'reused' : `indexed ${seconds} s${beside ? ' beside the site' : ''}`}`)
      .join('; ');
  return [
    `| step (${r.articles.toLocaleString('en')} articles) | ${builds.map(([name]) => `${name} | peak`).join(' | ')} |`,
    `| --- |${' --- | --- |'.repeat(builds.length)}`,
    ...rows,
    `| whole | ${builds.map(([, b]) => `${b.wallSeconds} s | ${peak(b.profile.steps)}`).join(' | ')} |`,
    '',
    `Pages: ${builds.map(([name, b]) => `${name} ${pages(b.profile.pages)}`).join('; ')}.`,
    `Index parts: ${builds.map(([name, b]) => `${name} ${parts(b.profile.parts)}`).join('; ')}.`,
  ].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '1000' },
      report: { type: 'string' },
      seed: { type: 'string', default: '1' },
      'no-search': { type: 'boolean', default: false },
      'no-rebuild': { type: 'boolean', default: false },
      'no-ranking': { type: 'boolean', default: false },
      'no-quality': { type: 'boolean', default: false },
      'no-append': { type: 'boolean', default: false },
      // The import benchmark instead (bench/import-pages.ts): pages per run, e.g. 100,500,1000.
      'import-pages': { type: 'string' },
      // The importer's accuracy on the corpus instead (bench/import-corpus.ts).
      'import-corpus': { type: 'boolean', default: false },
    },
  });
  if (values['import-corpus']) {
    const { importCorpusMain } = await import('./import-corpus.ts');
    importCorpusMain({ append: !values['no-append'] });
    process.exit(0);
  }
  if (values['import-pages'] !== undefined) {
    const sizes = values['import-pages'].split(',').map(Number);
    if (!sizes.every((n) => Number.isInteger(n) && n > 0)) {
      console.error(`--import-pages must be positive whole numbers separated by commas, not "${values['import-pages']}"`);
      process.exit(2);
    }
    const { importBenchmarkMain } = await import('./import-pages.ts');
    await importBenchmarkMain(sizes, { report: values.report, append: !values['no-append'] });
    process.exit(0);
  }
  const articles = Number(values.articles);
  if (!Number.isInteger(articles) || articles < 1) {
    console.error(`--articles must be a positive whole number, not "${values.articles}"`);
    process.exit(2);
  }
  const save = (report: BenchReport) => {
    if (values.report) writeFileSync(values.report, `${JSON.stringify(report, null, 2)}\n`);
  };
  const report = await runBenchmark({
    articles,
    seed: Number(values.seed),
    search: !values['no-search'],
    quality: !values['no-quality'],
    rebuild: !values['no-rebuild'],
    rankingArticles: values['no-ranking'] ? 0 : 1000,
    log: (line) => console.log(line),
    progress: save,
  });
  console.log(JSON.stringify(report, null, 2));
  // Saved already: every stage ends with a call to save.
  console.log(profileTable(report));
  if (!values['no-append']) appendFileSync(join(ROOT, 'docs/benchmarks.md'), `${benchmarkRow(report)}\n`);
}
