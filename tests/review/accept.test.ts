import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { acceptFields } from '../../src/review/accept.ts';
import { checkEntry } from '../../src/model/entry.ts';
import { ARTICLES_DIR } from '../helpers/content.ts';

const CURATED = readFileSync(join(ARTICLES_DIR, 'jinzhong-2025-04-22-xietonggongjian.md'), 'utf8');
/** A curated entry as an import leaves it: with a review list, flow style, after `source:`. */
const IMPORTED = CURATED.replace(/\n---\n/, '\nreview: [title, date, topics, metrics]\n---\n');

/** The lines that differ between two texts of the same length, or the lines removed. */
function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  const removed = a.filter((line, i) => b[i] !== line && !b.includes(line));
  const added = b.filter((line) => !a.includes(line));
  return { removed, added };
}

const edited = (source: string, fields: string[]) => {
  const result = acceptFields(source, fields);
  if (!('source' in result)) throw new Error(result.problem.message);
  return result.source;
};

describe('accepting review items', () => {
  it('rewrites the flow list on its one line, keeping every other line', () => {
    const after = edited(IMPORTED, ['date', 'topics']);
    expect(after.split('\n')).toHaveLength(IMPORTED.split('\n').length);
    expect(changedLines(IMPORTED, after)).toEqual({ removed: ['review: [title, date, topics, metrics]'], added: ['review: [title, metrics]'] });
    expect(checkEntry('x.md', after).article?.data.review).toEqual(['title', 'metrics']);
  });

  it('removes the list with its key when the last item is accepted, as the curated entries have none', () => {
    const once = edited(IMPORTED, ['title', 'date', 'topics']);
    const after = edited(once, ['metrics']);
    expect(after).toBe(CURATED);
  });

  it('keeps a hand-written style: padding and quotes of the flow list, and a block list loses only its item lines', () => {
    const padded = IMPORTED.replace('review: [title, date, topics, metrics]', "review: [ title, 'date', metrics ]  # to check");
    expect(changedLines(padded, edited(padded, ['date'])).added).toEqual(['review: [ title, metrics ]  # to check']);
    const block = IMPORTED.replace('review: [title, date, topics, metrics]', 'review:\n  - title\n  - date\n  - metrics');
    const after = edited(block, ['date']);
    expect(after).toBe(block.replace('  - date\n', ''));
    expect(edited(after, ['title', 'metrics'])).toBe(CURATED);
  });

  it('refuses a field that is not open, naming the review line and what is open', () => {
    expect(acceptFields(IMPORTED, ['authors'])).toEqual({
      problem: {
        line: IMPORTED.split('\n').indexOf('review: [title, date, topics, metrics]') + 1,
        field: 'review',
        message: '"authors" is not open for review (open for review: title, date, topics, metrics)',
      },
    });
    expect(acceptFields(CURATED, ['title'])).toMatchObject({
      problem: { field: 'review', message: '"title" is not open for review (nothing is open for review)' },
    });
  });
});
