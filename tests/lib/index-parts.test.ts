import { describe, expect, it } from 'vitest';
import { indexPartCount, indexPartPath, splitIntoParts } from '../../src/lib/index-parts.ts';

describe('search index parts', () => {
  it('cuts an archive into consecutive parts of at most the part size', () => {
    expect(indexPartCount(0, 4000)).toBe(1);
    expect(indexPartCount(4000, 4000)).toBe(1);
    expect(indexPartCount(4001, 4000)).toBe(2);
    expect(splitIntoParts([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(splitIntoParts([], 2)).toEqual([[]]);
    expect(splitIntoParts([1, 2, 3, 4, 5], 2)).toHaveLength(indexPartCount(5, 2));
  });

  it('publishes the first part as the main bundle and the others inside it', () => {
    expect(indexPartPath(0)).toBe('pagefind/');
    expect(indexPartPath(3)).toBe('pagefind/part-3/');
  });
});
