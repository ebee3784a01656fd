/**
 * The import benchmark: `npm run bench -- --import-pages 100,500,1000`.
 *
 * For each number of pages, generates that many OCR-like pages with their
 * manifest (bench/ocr-pages.ts), imports them all in one command exactly as
 * an editor would (the command of `npm run import`, with its Node options,
 * `-- <folder> --manifest pages.csv --out <dir> --report report.json`, into
 * an empty archive), and reports the wall
 * time and the peak resident memory of the import process, with the pages
 * and articles imported and the pages that failed. Appends a row per run to
 * the import table of docs/benchmarks.md unless told not to.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, hostname, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BatchReport } from '../src/importer/report.ts';
import { makeBuildDir } from '../tools/build.ts';
import { watchMemory } from '../tools/process-memory.ts';
import { generateOcrPages } from './ocr-pages.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BENCHMARKS = join(ROOT, 'docs/benchmarks.md');

export interface ImportBenchReport {
  machine: { host: string; cpus: number; memoryBytes: number; node: string; loadBefore: number };
  date: string;
  pages: number;
  imported: number;
  failed: number;
  articles: number;
  characters: number;
  generateSeconds: number;
  /** The whole command, from outside: start of the process to its exit. */
  wallSeconds: number;
  /** CPU time of the import process (user + system), as it measured itself: what load on the machine does not inflate. */
  cpuSeconds: number;
  /** Peak resident memory of the import process: the kernel's figure (getrusage), and the highest of the samples taken from outside. */
  peakBytes: number;
  sampledPeakBytes: number;
  /** The first failures' lines, if any. */
  failures: string[];
}

/**
 * The Node options and script of `npm run import` (`node --optimize-for-size
 * src/importer/cli.ts`), so the benchmark runs what an editor runs.
 */
export function importCommand(): string[] {
  const script = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.import!;
  const [node, ...args] = script.split(/\s+/);
  if (node !== 'node') throw new Error(`npm run import runs "${script}", not node`);
  return args.map((arg) => (arg.endsWith('.ts') ? join(ROOT, arg) : arg));
}

/** Runs the import command over a folder of pages, watching its memory; resolves with its wall time and peak. */
function runImport(
  pages: string,
  manifest: string,
  out: string,
  report: string,
): Promise<{ wallSeconds: number; peakBytes: number; status: number | null; stderr: string }> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, [...importCommand(), pages, '--manifest', manifest, '--out', out, '--report', report], {
      cwd: ROOT,
      env: { ...process.env, ARCHIVE_CONTENT_DIR: out },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stop = watchMemory(child.pid!, 50);
    let stderr = '';
    child.stdout.resume();
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (status) => {
      const wallSeconds = (performance.now() - started) / 1000;
      const { peaks } = stop();
      done({ wallSeconds, peakBytes: Math.max(0, ...Object.values(peaks)), status, stderr });
    });
  });
}

/** Generates `pages` pages and imports them in one command. */
export async function runImportBenchmark(options: { pages: number; seed?: number; log?: (line: string) => void }): Promise<ImportBenchReport> {
  const { pages, seed = 1, log = () => {} } = options;
  const work = makeBuildDir('import-bench-');
  try {
    const loadBefore = loadavg()[0]!;
    let started = performance.now();
    const generated = generateOcrPages({ count: pages, dir: join(work, 'pages'), seed });
    const generateSeconds = (performance.now() - started) / 1000;
    log(`generated ${pages} page(s) in ${generateSeconds.toFixed(1)} s`);
    const reportFile = join(work, 'report.json');
    started = performance.now();
    const run = await runImport(join(work, 'pages'), generated.manifest, join(work, 'articles'), reportFile);
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as BatchReport;
    log(
      `imported ${report.totals.imported} of ${pages} page(s), ${report.totals.articles} article(s), in ${run.wallSeconds.toFixed(1)} s (CPU ${report.run!.cpuSeconds.toFixed(1)} s), peak ${(report.run!.peakRssBytes / 1e6).toFixed(0)} MB`,
    );
    return {
      machine: { host: hostname(), cpus: cpus().length, memoryBytes: totalmem(), node: process.version, loadBefore: round(loadBefore) },
      date: new Date().toISOString(),
      pages,
      imported: report.totals.imported,
      failed: report.totals.failed,
      articles: report.totals.articles,
      characters: report.totals.characters.total,
      generateSeconds: round(generateSeconds),
      wallSeconds: round(run.wallSeconds),
      cpuSeconds: round(report.run!.cpuSeconds),
      peakBytes: report.run!.peakRssBytes,
      sampledPeakBytes: run.peakBytes,
      failures: run.stderr.split('\n').filter(Boolean).slice(0, 10),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const round = (n: number) => Math.round(n * 100) / 100;

/** One row of the import table in docs/benchmarks.md. */
export function importRow(r: ImportBenchReport): string {
  return [
    r.date.slice(0, 10),
    `${r.machine.cpus} cores, ${(r.machine.memoryBytes / 2 ** 30).toFixed(0)} GiB, load ${r.machine.loadBefore}`,
    r.pages.toLocaleString('en'),
    `${r.imported.toLocaleString('en')} (${r.failed} failed)`,
    r.articles.toLocaleString('en'),
    `${r.wallSeconds} s`,
    `${r.cpuSeconds} s`,
    `${(r.pages / r.wallSeconds).toFixed(1)}`,
    `${(r.peakBytes / 1e6).toFixed(0)} MB`,
  ]
    .join(' | ')
    .replace(/^/, '| ')
    .concat(' |');
}

/** The header of the import table: rows are inserted after its last row. */
export const IMPORT_TABLE_HEADER = '| date | machine | pages | imported | articles | wall time | CPU time | pages/s | peak memory |';

/** docs/benchmarks.md with `rows` added at the end of the import table. */
export function withImportRows(markdown: string, rows: readonly string[]): string {
  const lines = markdown.split('\n');
  const header = lines.indexOf(IMPORT_TABLE_HEADER);
  if (header < 0) throw new Error(`docs/benchmarks.md has no import table (${IMPORT_TABLE_HEADER})`);
  let end = header + 1;
  while (lines[end]?.startsWith('|')) end++;
  lines.splice(end, 0, ...rows);
  return lines.join('\n');
}

/** Runs the benchmark at each size, one after the other; appends the rows. */
export async function importBenchmarkMain(sizes: readonly number[], options: { report?: string | undefined; append: boolean }): Promise<void> {
  const reports: ImportBenchReport[] = [];
  for (const pages of sizes) reports.push(await runImportBenchmark({ pages, log: (line) => console.log(line) }));
  console.log(JSON.stringify(reports, null, 2));
  if (options.report) writeFileSync(options.report, `${JSON.stringify(reports, null, 2)}\n`);
  if (options.append) writeFileSync(BENCHMARKS, withImportRows(readFileSync(BENCHMARKS, 'utf8'), reports.map(importRow)));
}
