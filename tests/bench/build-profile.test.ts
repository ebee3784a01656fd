import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../bench/build-profile.ts';
import type { MemorySample } from '../../tools/process-memory.ts';

describe('the profile of a build', () => {
  it('cuts a build log into steps, tells rendered pages from kept ones, and reads the index parts', () => {
    const log = [
      [0, '19:00:00 [vite] starting'],
      [3000, '19:00:03 [archive:content-check] checked 9 article(s) in 2.00 s (7 unchanged since the last build)'],
      [3100, '19:00:03 [content] Syncing content'],
      [3900, '19:00:03 [archive:search-index] part 2: 3 article(s) indexed in 0.70 s beside the site build'],
      [4100, '19:00:04 [content] Synced content'],
      [4200, '19:00:04 [build] Collecting build info...'],
      [4300, '19:00:04 [build] ✓ Completed in 100ms.'],
      [4400, '19:00:04 [build] Building static entrypoints...'],
      [6400, '19:00:06 [build] ✓ Completed in 2s.'],
      [6500, ' generating static routes '],
      [6700, '19:00:06   ├─ /articles/a/index.html (+200ms)'],
      [6750, '19:00:06   ├─ /articles/b/index.html (cached)'],
      [6800, '19:00:06   ├─ /articles/c/index.html (restored)'],
      [7000, '19:00:07   ├─ /rss.xml (+200ms)'],
      [7100, '19:00:07 ✓ Completed in 600ms.'],
      [7200, '19:00:07 [build] ✓ Completed in 700ms.'],
      [7300, '19:00:07 [archive:search-index] part 1: 5 article(s) reused'],
      [9200, '19:00:09 [archive:search-index] part recent: 4 article(s) indexed in 1.90 s'],
      [9300, '19:00:09 [archive:search-index] indexed 9 article(s) in 2.10 s (2 part(s), 1 reused)'],
      [9500, '19:00:09 [@astrojs/sitemap] `sitemap-index.xml` created at `dist`'],
      [9600, '19:00:09 [build] 4 page(s) built in 9.6s'],
    ].map(([ms, text]) => ({ ms: ms as number, text: text as string }));
    const samples: MemorySample[] = [
      { ms: 500, bytes: { MainThread: 400e6 } },
      { ms: 8000, bytes: { MainThread: 900e6, pagefind_extend: 2000e6 } },
    ];
    const profile = buildProfile(log, samples);
    const seconds = Object.fromEntries(profile.steps.map((step) => [step.name, step.seconds]));
    expect(seconds).toMatchObject({
      startup: 1.1,
      'content check': 2,
      'content layer': 1,
      bundling: 2.1,
      'rendering pages': 0.2,
      'rendering feeds': 0.2,
      'taking pages from the cache': 0.1,
      'search index': 2.1,
      sitemap: 0.2,
    });
    expect(profile.steps.find((step) => step.name === 'search index')!.peakBytes).toEqual({ MainThread: 900e6, pagefind_extend: 2000e6 });
    expect(profile.steps.find((step) => step.name === 'search index')!.totalBytes).toBe(2900e6);
    expect(profile.steps.find((step) => step.name === 'startup')!.peakBytes).toEqual({ MainThread: 400e6 });
    expect(profile.pages).toEqual({ rendered: 2, kept: 1, restored: 1 });
    expect(profile.parts).toEqual([
      { id: '2', articles: 3, reused: false, seconds: 0.7, beside: true },
      { id: '1', articles: 5, reused: true, seconds: 0, beside: false },
      { id: 'recent', articles: 4, reused: false, seconds: 1.9, beside: false },
    ]);
  });
});
