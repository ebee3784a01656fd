import { describe, expect, it } from 'vitest';
import { join, relative, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { htmlFiles } from '../helpers/links.ts';
import { nuErrors, setApartCssParserGaps, type NuError } from '../helpers/nu-validator.ts';

const DIST = resolve('dist');
const INVALID = resolve('tests/e2e/fixtures/invalid-html');
const describeError = (e: NuError) => `${relative('.', e.file)}:${e.line}:${e.column} ${e.message}`;

describe('the built pages', () => {
  it('pass html-validate', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const failures: string[] = [];
    for (const page of htmlFiles(DIST)) {
      const report = await validator.validateString(readFileSync(join(DIST, page), 'utf8'), join(DIST, page));
      for (const result of report.results) for (const m of result.messages) failures.push(`${page}:${m.line} ${m.ruleId}: ${m.message}`);
    }
    expect(failures).toEqual([]);
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
