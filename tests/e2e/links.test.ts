import { describe, expect, it } from 'vitest';
import { resolve, join } from 'node:path';
import { readFileSync } from 'node:fs';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { checkLinks, htmlFiles } from '../helpers/links.ts';

const DIST = resolve('dist');
// The build the global setup made (npm run build) uses the default site and base.
const ORIGIN = process.env.SITE ?? 'http://localhost:4321';

describe('the built site', () => {
  it('has no broken internal link or anchor, and no link off the site', () => {
    expect(htmlFiles(DIST).length).toBeGreaterThan(20);
    expect(checkLinks(DIST, ORIGIN, '/')).toEqual([]);
  });

  it('passes html-validate on every page', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const failures: string[] = [];
    for (const page of htmlFiles(DIST)) {
      const report = await validator.validateString(readFileSync(join(DIST, page), 'utf8'), join(DIST, page));
      for (const result of report.results) for (const m of result.messages) failures.push(`${page}:${m.line} ${m.ruleId}: ${m.message}`);
    }
    expect(failures).toEqual([]);
  });
});

describe('the link check', () => {
  it('finds a broken link, a missing anchor and a link off the site', () => {
    const fixture = resolve('tests/e2e/fixtures/broken-site');
    const problems = checkLinks(fixture, 'http://localhost:4321', '/').map((b) => `${b.link} ${b.problem}`);
    expect(problems).toEqual([
      '/missing/ no such file in the build',
      '/#nowhere no element with id "nowhere"',
      'https://cdn.example.com/font.woff2 points off the site',
    ]);
  });
});
