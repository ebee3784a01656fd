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

/** Samples the tree under `rootPid` every `intervalMs` until stopped; returns the peak RSS per program name. */
export function watchMemory(rootPid: number, intervalMs = 200): () => Record<string, number> {
  const peaks: Record<string, number> = {};
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
    for (const p of all) if (inTree.has(p.pid)) peaks[p.name] = Math.max(peaks[p.name] ?? 0, p.rssBytes);
  };
  const timer = setInterval(sample, intervalMs);
  sample();
  return () => {
    clearInterval(timer);
    sample();
    return peaks;
  };
}
