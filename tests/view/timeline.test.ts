import { describe, expect, it } from 'vitest';
import { monthLabel, timeline } from '../../src/view/timeline.ts';

describe('timeline', () => {
  it('groups dates by year (newest first) and month (January first)', () => {
    const years = timeline(['2025-04-22', '2024-12-01', '2025-01-03', '2025-04-18', '2024-02-29']);
    expect(years).toEqual([
      {
        year: '2025',
        count: 3,
        months: [
          { year: '2025', month: '01', count: 1 },
          { year: '2025', month: '04', count: 2 },
        ],
      },
      {
        year: '2024',
        count: 2,
        months: [
          { year: '2024', month: '02', count: 1 },
          { year: '2024', month: '12', count: 1 },
        ],
      },
    ]);
    expect(timeline([])).toEqual([]);
  });

  it('writes a month in Chinese without a leading zero', () => {
    expect(monthLabel('2025', '04')).toBe('2025年4月');
    expect(monthLabel('2024', '12')).toBe('2024年12月');
  });
});
