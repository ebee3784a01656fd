import { describe, expect, it } from 'vitest';
import { relative, resolve } from 'node:path';
import { htmlFiles } from '../helpers/links.ts';
import { htmlValidateFaults } from '../helpers/html-validate.ts';
import { nuErrors, setApartCssParserGaps, type NuError } from '../helpers/nu-validator.ts';

const DIST = resolve('dist');
const INVALID = resolve('tests/e2e/fixtures/invalid-html');
const describeError = (e: NuError) => `${relative('.', e.file)}:${e.line}:${e.column} ${e.message}`;

describe('the built pages', () => {
  it('pass html-validate', async () => {
    expect(await htmlValidateFaults(DIST, htmlFiles(DIST))).toEqual([]);
  });

  it('pass the Nu HTML validator, but for the listed gaps in its CSS parser', { timeout: 120_000 }, () => {
    // One run for the site and a page with a known fault: the validator takes seconds to start.
    const errors = nuErrors([DIST, INVALID]);
    const site = setApartCssParserGaps(errors.filter((e) => e.file.startsWith(`${DIST}/`)));
    expect(site.faults.map(describeError)).toEqual([]);
    // A page with a known fault, a script after </html>, fails it.
    const invalid = setApartCssParserGaps(errors.filter((e) => e.file.startsWith(`${INVALID}/`)));
    expect(invalid.faults.map((e) => e.message)[0]).toBe('Stray start tag “script”.');
    expect(invalid.gaps.map(({ gap }) => gap.name)).toEqual(['::highlight()']);
  });
});
