import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { checkLinks, htmlFiles } from '../helpers/links.ts';

const DIST = resolve('dist');
// The build the global setup made (npm run build) uses the default site and base.
const ORIGIN = process.env.SITE ?? 'http://localhost:4321';

describe('the built site', () => {
  it('has no broken internal link or anchor, and no link off the site', () => {
    expect(htmlFiles(DIST).length).toBeGreaterThan(20);
    expect(checkLinks(DIST, ORIGIN, '/')).toEqual([]);
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
