import { describe, expect, it } from 'vitest';
import { basePath } from '../../src/view/base-path.ts';

describe('the base path', () => {
  it.each([
    ['/eco', '/eco/'],
    ['/eco/', '/eco/'],
    ['/', '/'],
    ['', '/'],
    ['/a/b', '/a/b/'],
  ])('%j ends in exactly one slash: %j', (setting, path) => {
    expect(basePath(setting)).toBe(path);
  });
});
