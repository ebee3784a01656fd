import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkPageEntry } from '../../src/model/page.ts';
import { pageRecord } from '../../src/open-data/pages.ts';
import { openDataJsonSchema } from '../../src/open-data/datasets.ts';
import { validatorFor } from '../helpers/json-schema.ts';
import { SEED_PAGE } from '../helpers/content.ts';

const entry = checkPageEntry('000_248f2a5ceed2de10.yaml', readFileSync(SEED_PAGE.replace(/\.txt$/, '.yaml'), 'utf8')).page!;
const seed = { id: '000_248f2a5ceed2de10', data: entry };
const urls = { page: 'https://example.org/pages/000_248f2a5ceed2de10/', source: 'https://example.org/sources/000_248f2a5ceed2de10.txt' };

describe('/data/pages.json records', () => {
  it('hold what a page entry says of its page, unknowns as null, and its articles', () => {
    const record = pageRecord(seed, urls, [{ uid: 'kxdb-248f2a5c-1', url: 'https://example.org/articles/a/' }]);
    expect(record).toEqual({
      id: '000_248f2a5ceed2de10',
      url: urls.page,
      file: '000_248f2a5ceed2de10.txt',
      sourceUrl: urls.source,
      sha256: entry.sha256,
      publication: '科学导报',
      date: null,
      issueNumber: null,
      page: null,
      pageName: null,
      articles: [{ uid: 'kxdb-248f2a5c-1', url: 'https://example.org/articles/a/' }],
    });
  });

  it('match the published JSON Schema, which refuses a record without its hash', () => {
    const valid = validatorFor(openDataJsonSchema('https://example.org/data/schema.json'), 'pagesFile');
    const record = pageRecord(seed, urls, []);
    expect(valid({ pages: [record] }), JSON.stringify(valid.errors)).toBe(true);
    const { sha256: _dropped, ...withoutHash } = record;
    expect(valid({ pages: [withoutHash] })).toBe(false);
  });
});
