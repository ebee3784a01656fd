import { describe, expect, it } from 'vitest';
import { basePath } from '../../src/view/base-path.ts';

describe('the base path', () => {
  it('ends in exactly one slash, however the setting is written', () => {
    expect(basePath('/eco')).toBe('/eco/');
    expect(basePath('/eco/')).toBe('/eco/');
    expect(basePath('/')).toBe('/');
    expect(basePath('')).toBe('/');
    expect(basePath('/a/b')).toBe('/a/b/');
  });
});
