import { describe, expect, it } from 'vitest';
import { COST_QUERIES, benchmarkRow, runBenchmark } from '../../bench/run.ts';

// The benchmark's figures belong in docs/benchmarks.md; this only checks that
// the harness measures every step on a small generated archive.
describe('the scale benchmark harness', () => {
  it('generates, builds, measures and searches a 200-article archive', { timeout: 300_000 }, async () => {
    const report = await runBenchmark({ articles: 200, rebuild: false, rankingArticles: 0 });
    expect(report.articles).toBe(200);
    expect(report.pages).toBeGreaterThan(200);
    expect(report.build.wallSeconds).toBeGreaterThan(report.build.indexSeconds);
    expect(report.build.peakBytes.pagefind_extend).toBeGreaterThan(0);
    expect(report.indexBytes).toBeGreaterThan(0);
    expect(report.distBytes).toBeGreaterThan(report.indexBytes);
    for (const type of ['home', 'city', 'article', 'search']) expect(report.pageTypes[type]!.total.gzip, type).toBeGreaterThan(0);
    expect(report.search!.costs.map((cost) => cost.query)).toEqual(COST_QUERIES);
    for (const { relevance, date } of report.search!.costs) {
      // A first search loads Pagefind's script and WebAssembly, a part's metadata, index chunks and the results' text.
      for (const first of [relevance.first, date.first]) {
        expect(first.kinds.script).toBeGreaterThan(5_000);
        expect(first.kinds.wasm).toBeGreaterThan(40_000);
        for (const kind of ['meta', 'index', 'text'] as const) expect(first.kinds[kind], kind).toBeGreaterThan(0);
      }
      // Counting to the end costs at least what the first screen did; a follow-up needs no WebAssembly again.
      expect(date.complete.bytes).toBeGreaterThanOrEqual(date.first.bytes);
      expect(date.followUp.kinds.wasm).toBe(0);
    }
    expect(report.search!.quality.recall).toBe(1);
    expect(report.search!.quality.precision).toBeGreaterThanOrEqual(0.99);
    expect(benchmarkRow(report).split(' | ')).toHaveLength(12);
  });
});
