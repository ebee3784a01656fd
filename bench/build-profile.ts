/**
 * Where a build's time and memory go, read off what `astro build` prints and
 * the memory samples the benchmark takes beside it: the steps between the
 * lines Astro and the archive's integrations print (see the content check's
 * `checked …`, the search index's `part …` lines), and, within rendering,
 * the pages rendered apart from the pages taken from the incremental cache.
 */
import { peakBetween, totalPeakBetween, type MemorySample } from '../tools/process-memory.ts';

/** A line of the build's output and when it arrived, in ms since the build began. */
export interface TimedLine {
  ms: number;
  text: string;
}

export interface BuildStep {
  name: string;
  seconds: number;
  /** Peak RSS by program over the step. */
  peakBytes: Record<string, number>;
  /** Peak RSS of all programs together (they run side by side while the index is made beside the site). */
  totalBytes: number;
}

export interface BuildProfile {
  steps: BuildStep[];
  /** Pages (and feeds) rendered, kept in the output folder from the last build ("cached"), and copied back into it from the cache ("restored"). */
  pages: { rendered: number; kept: number; restored: number };
  /** The index parts, in the order they were written; `beside` those indexed while Astro built the site. */
  parts: { id: string; articles: number; seconds: number; reused: boolean; beside: boolean }[];
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/** The step that begins at the first line matching each pattern, in build order. */
const STEP_STARTS: [string, RegExp][] = [
  ['content layer', /\[content\] Syncing content/],
  ['types and build info', /\[content\] Synced content/],
  ['bundling', /\[build\] Building \w+ entrypoints/],
  ['rendering', /generating static routes/],
  ['search index', /\[build\] ✓ Completed in/],
  ['sitemap', /\[archive:search-index\] indexed \d+ article/],
  ['finishing', /\[@astrojs\/sitemap\]/],
];

const CHECKED = /checked \d+ article\(s\) in ([\d.]+) s/;
const PART = /part (\S+): (\d+) article\(s\) (reused|indexed)(?: in ([\d.]+) s)?( beside the site build)?/;
const ROUTE = /[├└]─ (\S+)(?: \(\+([\d.]+)(m?s)\))?(?: \((cached|restored)\))?/;

/**
 * The build's profile. The content check runs while Astro loads its
 * configuration, so its time is cut out of the startup before the content
 * layer; rendering is split into the time of the pages rendered, of the feeds
 * among them, and of the pages taken from the cache, each measured as the gap
 * since the line before.
 * @example buildProfile([{ ms: 0, text: 'start' }, { ms: 900, text: '[archive:content-check] checked 3 article(s) in 0.50 s' }, { ms: 1000, text: '[content] Syncing content' }, { ms: 3000, text: '[build] 9 page(s) built in 3s' }], []).steps.map((s) => `${s.name} ${s.seconds}`) // ['startup 0.5', 'content check 0.5', 'content layer 2']
 */
export function buildProfile(lines: readonly TimedLine[], samples: readonly MemorySample[]): BuildProfile {
  const clean = lines.map(({ ms, text }) => ({ ms, text: text.replace(ANSI, '') }));
  const end = clean.at(-1)?.ms ?? 0;
  const starts: { name: string; ms: number }[] = [{ name: 'startup', ms: 0 }];
  let from = 0;
  for (const [name, pattern] of STEP_STARTS) {
    const at = clean.findIndex(({ text }, i) => i >= from && pattern.test(text));
    if (at < 0) continue;
    starts.push({ name, ms: clean[at]!.ms });
    from = at + 1;
  }
  const step = (name: string, fromMs: number, toMs: number): BuildStep => ({
    name,
    seconds: round((toMs - fromMs) / 1000),
    peakBytes: peakBetween(samples, fromMs, toMs),
    totalBytes: totalPeakBetween(samples, fromMs, toMs),
  });
  const steps: BuildStep[] = [];
  starts.forEach(({ name, ms }, i) => {
    const to = starts[i + 1]?.ms ?? end;
    const checked = name === 'startup' ? clean.find(({ text }) => CHECKED.test(text)) : undefined;
    if (checked) {
      const checkMs = Number(CHECKED.exec(checked.text)![1]) * 1000;
      steps.push(step('startup', ms, to - checkMs), step('content check', checked.ms - checkMs, checked.ms));
    } else steps.push(step(name, ms, to));
  });

  const pages = { rendered: 0, kept: 0, restored: 0 };
  const spent = { rendered: 0, feeds: 0, cached: 0 };
  const rendering = starts.find(({ name }) => name === 'rendering');
  let previous = rendering?.ms ?? Infinity;
  for (const { ms, text } of clean) {
    const route = ROUTE.exec(text);
    if (!route || ms < previous) continue;
    const [, path, , , from] = route;
    if (from === 'cached') pages.kept++;
    else if (from === 'restored') pages.restored++;
    else pages.rendered++;
    if (from) spent.cached += ms - previous;
    else if (/\.xml$/.test(path!)) spent.feeds += ms - previous;
    else spent.rendered += ms - previous;
    previous = ms;
  }
  const at = steps.findIndex(({ name }) => name === 'rendering');
  if (at >= 0) {
    const { peakBytes, totalBytes, seconds } = steps[at]!;
    const [rendered, feeds, cached] = [spent.rendered, spent.feeds, spent.cached].map((ms) => round(ms / 1000)) as [number, number, number];
    steps.splice(
      at,
      1,
      { name: 'rendering pages', seconds: rendered, peakBytes, totalBytes },
      { name: 'rendering feeds', seconds: feeds, peakBytes, totalBytes },
      { name: 'taking pages from the cache', seconds: cached, peakBytes, totalBytes },
      { name: 'after rendering', seconds: round(seconds - rendered - feeds - cached), peakBytes, totalBytes },
    );
  }

  const parts = clean.flatMap(({ text }) => {
    const part = PART.exec(text);
    return part ? [{ id: part[1]!, articles: Number(part[2]), reused: part[3] === 'reused', seconds: Number(part[4] ?? 0), beside: !!part[5] }] : [];
  });
  return { steps, pages, parts };
}

const round = (n: number) => Math.round(n * 100) / 100;
