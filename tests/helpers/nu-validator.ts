/**
 * The W3C Nu HTML Checker, the reference validator (npm's vnu-jar, run by
 * Java: Debian's default-jre-headless). It takes seconds to start, so one
 * run checks whole folders.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const VNU_JAR = resolve('node_modules/vnu-jar/build/dist/vnu.jar');

export interface NuError {
  /** Absolute path of the checked file. */
  file: string;
  /** 1-based, where the validator stopped reading the fault. */
  line: number;
  column: number;
  message: string;
}

/**
 * A fault of the validator's CSS parser rather than of the page: CSS the
 * browsers support that the validator cannot parse yet. Each is named and
 * says why it is allowed.
 */
export interface CssParserGap {
  name: string;
  reason: string;
  /** Whether the error is this gap, given the text of its line up to where it was reported. */
  matches: (error: NuError, lineUpToError: string) => boolean;
}

export const CSS_PARSER_GAPS: readonly CssParserGap[] = [
  {
    name: '::highlight()',
    reason:
      "The CSS Custom Highlight API's pseudo-element, which colours the search terms on an article opened from a search result (src/components/SearchHighlight.astro). The validator's CSS parser does not know it and reports a parse error at its argument.",
    matches: (error, lineUpToError) => error.message === 'CSS: Parse Error.' && /::highlight\([\w-]*\)?$/.test(lineUpToError),
  },
];

/** Every error the validator finds in the HTML files under `paths` (folders or files). */
export function nuErrors(paths: string[]): NuError[] {
  const run = spawnSync('java', ['-jar', VNU_JAR, '--format', 'json', '--stdout', '--errors-only', '--skip-non-html', ...paths], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.error) throw new Error(`the Nu validator cannot run: ${run.error.message} (it needs Java: Debian's default-jre-headless)`);
  const report = JSON.parse(run.stdout) as { messages: { type: string; url?: string; lastLine?: number; lastColumn?: number; message: string }[] };
  return report.messages.map((m) => ({ file: m.url ? fileURLToPath(m.url) : '', line: m.lastLine ?? 0, column: m.lastColumn ?? 0, message: m.message }));
}

/** Sets apart the errors that are listed CSS parser gaps from the rest. */
export function setApartCssParserGaps(errors: NuError[]): { faults: NuError[]; gaps: { error: NuError; gap: CssParserGap }[] } {
  const lines = new Map<string, string[]>();
  const lineOf = ({ file, line }: NuError) => {
    if (!lines.has(file)) lines.set(file, file ? readFileSync(file, 'utf8').split('\n') : []);
    return lines.get(file)![line - 1] ?? '';
  };
  const faults: NuError[] = [];
  const gaps: { error: NuError; gap: CssParserGap }[] = [];
  for (const error of errors) {
    const gap = CSS_PARSER_GAPS.find((candidate) => candidate.matches(error, lineOf(error).slice(0, error.column)));
    if (gap) gaps.push({ error, gap });
    else faults.push(error);
  }
  return { faults, gaps };
}
