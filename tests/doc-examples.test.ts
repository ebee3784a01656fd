/**
 * The `@example`s of the sources, run: each one-line example that states its
 * result (`@example f(x) // result`) is evaluated with its module's exports
 * in scope and compared with the result, so a wrong example fails. Examples
 * that name values they do not define (`page`, `data`) cannot run alone and
 * are left out, as are results written with … or in words: a sketch, not a value.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { stripTypeScriptTypes } from 'node:module';

const FOLDERS = ['model', 'text', 'page', 'view', 'open-data', 'search', 'archive', 'checks', 'importer', 'review'];

interface Example {
  file: string;
  line: number;
  code: string;
  expected: string;
}

function examplesOf(file: string): Example[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((text, i) => {
      const match = /^\s*\*\s*@example\s+(.+?)\s+\/\/\s+(.+)$/u.exec(text);
      return match && !match[2]!.includes('…') ? [{ file, line: i + 1, code: match[1]!, expected: match[2]! }] : [];
    });
}

const files = FOLDERS.flatMap((folder) =>
  readdirSync(join('src', folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join('src', folder, name)),
);
const examples = files.flatMap(examplesOf);

/**
 * A stated result; one followed by a remark (`5 (2024, 年, PM2.5, 浓, 度)`,
 * `null: the page's date is not known`) is the value before the remark.
 */
function evaluate(stated: string, names: string[], exports: Record<string, unknown>): unknown {
  const attempts = [stated, stated.replace(/\s+\([^()]*\)$/u, ''), stated.replace(/:\s.*$/u, '')];
  for (const attempt of attempts) {
    try {
      return new Function(...names, `return (${attempt});`)(...names.map((name) => exports[name]));
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
    }
  }
  // A result stated in words (`the first two`) is for a reader; nothing to compare.
  return NOT_A_VALUE;
}

const NOT_A_VALUE = Symbol('not a value');

/** Runs one example; `undefined` when it names a value no module exports. */
async function run(example: Example): Promise<{ actual: unknown; expected: unknown } | undefined> {
  const exports = (await import(pathToFileURL(join(process.cwd(), example.file)).href)) as Record<string, unknown>;
  const names = Object.keys(exports);
  try {
    // Examples are TypeScript (`x!`, `as T`): strip the types as Node does.
    const code = stripTypeScriptTypes(`(${example.code})`).trim().replace(/;$/u, '');
    const actual = await new Function(...names, `return ${code};`)(...names.map((name) => exports[name]));
    const expected = evaluate(example.expected, names, exports);
    return expected === NOT_A_VALUE ? undefined : { actual, expected };
  } catch (error) {
    // A name no module exports (`page`), or statements rather than one expression: it cannot run alone.
    if (error instanceof ReferenceError || error instanceof SyntaxError) return undefined;
    throw new Error(`${example.file}:${example.line} @example ${example.code}: ${(error as Error).message}`, { cause: error });
  }
}

describe('the sources’ @examples', () => {
  it('are found', () => {
    expect(examples.length).toBeGreaterThan(100);
  });

  it('each give the result they state', async () => {
    const wrong: string[] = [];
    let ran = 0;
    for (const example of examples) {
      const result = await run(example);
      if (!result) continue;
      ran++;
      try {
        expect(result.actual).toEqual(result.expected);
      } catch {
        wrong.push(`${example.file}:${example.line} ${example.code} gives ${JSON.stringify(result.actual)}, not ${example.expected}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(ran).toBeGreaterThan(examples.length / 2);
  });
});
