import { describe, expect, it } from 'vitest';
import { COST_QUERIES, TWO_WORD_QUERIES, benchmarkRow, longQuery, runBenchmark } from '../../bench/run.ts';

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
    // Every file counted once, in its top-level folder; the widest folder holds at least every article's folder.
    expect(Object.values(report.filesByFolder).reduce((a, b) => a + b)).toBe(report.files);
    expect(report.files).toBeGreaterThan(report.pages);
    expect(report.widestFolder.entries).toBeGreaterThanOrEqual(200);
    for (const type of ['home', 'city', 'article', 'search']) expect(report.pageTypes[type]!.total.gzip, type).toBeGreaterThan(0);
    expect(report.search!.costs.map((cost) => cost.query)).toEqual(COST_QUERIES);
    for (const { relevance, date } of report.search!.costs) {
      // A first search loads a part's metadata, index chunks and the results' text, and neither Pagefind's script nor its WebAssembly.
      for (const first of [relevance.first, date.first]) {
        expect(first.kinds.script + first.kinds.wasm).toBe(0);
        for (const kind of ['meta', 'index', 'text'] as const) expect(first.kinds[kind], kind).toBeGreaterThan(0);
      }
      // Counting to the end costs at least what the first screen did; the trend reads the dates.
      expect(date.complete.bytes).toBeGreaterThanOrEqual(date.first.bytes);
      expect(relevance.trend!.kinds.filters).toBeGreaterThan(0);
    }
    expect(report.search!.twoWords.map((cost) => cost.query)).toEqual(TWO_WORD_QUERIES);
    for (const { relevance } of report.search!.twoWords) expect(relevance.first.kinds.index).toBeGreaterThan(0);
    // The long query: 60 words, 500 characters, measured to its end.
    expect(report.search!.longQuery.query.split(' ')).toHaveLength(60);
    expect([...report.search!.longQuery.query]).toHaveLength(500);
    expect(report.search!.longQuery.relevance.first.ms).toBeGreaterThan(0);
    // The range reads the parts that hold articles in it, and no other.
    expect(report.search!.range.relevance.parts).toEqual(report.search!.range.overlapping);
    for (const quality of [report.search!.quality, report.search!.compound]) {
      expect(quality?.recall).toBe(1);
      expect(quality?.precision).toBe(1);
    }
    expect(benchmarkRow(report).split(' | ')).toHaveLength(15);
  });

  it('writes a 500-character query of 60 words from the archive’s sentences', () => {
    const query = longQuery(['生态环境持续改善，空气质量明显提升。', '危险废物规范化管理培训会在忻州举办。'], 3);
    expect(query.split(' ')).toHaveLength(60);
    expect([...query]).toHaveLength(500);
  });
});
