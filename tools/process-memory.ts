/**
 * Peak resident memory of a process tree, sampled from /proc: the benchmark
 * runs a build as a child and reports each program's peak (Node for Astro,
 * the Pagefind binary for the index).
 */
import { readFileSync, readdirSync } from 'node:fs';

interface ProcessInfo {
  pid: number;
  ppid: number;
  name: string;
  rssBytes: number;
}

function readProcess(pid: number): ProcessInfo | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = stat.lastIndexOf(')');
    const name = stat.slice(stat.indexOf('(') + 1, close);
    const fields = stat.slice(close + 2).split(' ');
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return { pid, ppid: Number(fields[1]), name, rssBytes: rssKb * 1024 };
  } catch {
    return undefined;
  }
}

/** One sample of the tree: milliseconds since the watch began, and the RSS of every program in it by name. */
export interface MemorySample {
  ms: number;
  bytes: Record<string, number>;
}

/**
 * The peak RSS per program name over the samples taken from `fromMs` to
 * `toMs` (the benchmark's peak of one build step).
 * @example peakBetween([{ ms: 0, bytes: { node: 5 } }, { ms: 200, bytes: { node: 9 } }, { ms: 400, bytes: { node: 7 } }], 300, 500) // { node: 7 }
 */
export function peakBetween(samples: readonly MemorySample[], fromMs = 0, toMs = Infinity): Record<string, number> {
  const peaks: Record<string, number> = {};
  for (const { ms, bytes } of samples) {
    if (ms < fromMs || ms > toMs) continue;
    for (const [name, rss] of Object.entries(bytes)) peaks[name] = Math.max(peaks[name] ?? 0, rss);
  }
  return peaks;
}

/**
 * The most memory the programs held together in one sample from `fromMs` to
 * `toMs`: what the machine must have when they run side by side.
 * @example totalPeakBetween([{ ms: 0, bytes: { node: 5, pagefind: 4 } }, { ms: 200, bytes: { node: 7 } }]) // 9
 */
export function totalPeakBetween(samples: readonly MemorySample[], fromMs = 0, toMs = Infinity): number {
  const totals = samples.filter(({ ms }) => ms >= fromMs && ms <= toMs).map(({ bytes }) => Object.values(bytes).reduce((sum, rss) => sum + rss, 0));
  return Math.max(0, ...totals);
}

/**
 * Samples the tree under `rootPid` every `intervalMs` until stopped; returns
 * the peak RSS per program name, and every sample, for the peaks of parts of
 * the run (see peakBetween).
 */
export function watchMemory(rootPid: number, intervalMs = 200): () => { peaks: Record<string, number>; samples: MemorySample[] } {
  const started = performance.now();
  const samples: MemorySample[] = [];
  const sample = () => {
    const all = readdirSync('/proc')
      .filter((name) => /^\d+$/.test(name))
      .map((name) => readProcess(Number(name)))
      .filter((p): p is ProcessInfo => !!p);
    const inTree = new Set([rootPid]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const p of all) {
        if (!inTree.has(p.pid) && inTree.has(p.ppid)) {
          inTree.add(p.pid);
          grew = true;
        }
      }
    }
    const bytes: Record<string, number> = {};
    for (const p of all) if (inTree.has(p.pid)) bytes[p.name] = Math.max(bytes[p.name] ?? 0, p.rssBytes);
    samples.push({ ms: performance.now() - started, bytes });
  };
  const timer = setInterval(sample, intervalMs);
  sample();
  return () => {
    clearInterval(timer);
    sample();
    return { peaks: peakBetween(samples), samples };
  };
}
