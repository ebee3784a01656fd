import { describe, expect, it } from 'vitest';
import { COST_QUERIES, benchmarkRow, runBenchmark } from '../../bench/run.ts';

// The benchmark's figures belong in docs/benchmarks.md; this only checks that
// the harness measures every step on a small generated archive.
describe('the scale benchmark harness', () => {
  it('generates, builds, measures and searches a 200-article archive', { timeout: 300_000 }, async () => {
    const report = await runBenchmark({ articles: 200, rebuild: false });
    expect(report.articles).toBe(200);
    expect(report.pages).toBeGreaterThan(200);
    expect(report.build.wallSeconds).toBeGreaterThan(report.build.indexSeconds);
    expect(report.build.peakBytes.pagefind_extend).toBeGreaterThan(0);
    expect(report.indexBytes).toBeGreaterThan(0);
    expect(report.distBytes).toBeGreaterThan(report.indexBytes);
    for (const type of ['home', 'city', 'article', 'search']) expect(report.pageTypes[type]!.total.gzip, type).toBeGreaterThan(0);
    expect(report.search!.firstSearchBytes).toHaveLength(COST_QUERIES.length);
    for (const bytes of report.search!.firstSearchBytes) expect(bytes).toBeGreaterThan(50_000);
    expect(report.search!.quality.recall).toBe(1);
    expect(report.search!.quality.precision).toBeGreaterThanOrEqual(0.99);
    expect(benchmarkRow(report).split(' | ')).toHaveLength(12);
  });
});
