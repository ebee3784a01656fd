/**
 * The figure-coverage check: every number printed in a body as a quantity is
 * either a metric of its entry (same sentence, same value) or on the waiver
 * list (the archive's waivers file, src/archive/layout.ts), where each exception says why it is
 * not a figure. Numbers recognised by their form as not quantities (dates,
 * ordinals, PM2.5 …, see `numbers.ts`) need neither.
 *
 * It also checks the metrics against the text: each quote is one whole
 * sentence of the body, each value is printed in its quote, each unit is
 * known to `units.ts`. Problems are `file:line field: message`, like the
 * content check's.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { layoutOf } from '../archive/layout.ts';
import { LineCounter, parseDocument, isSeq, isMap, type Node } from 'yaml';
import { bodyText } from '../text/markdown.ts';
import { checkEntry, splitEntry } from '../model/entry.ts';
import type { Problem } from '../model/problem.ts';
import { findNumbers, shownNumber, type PrintedNumber } from '../text/numbers.ts';
import { splitSentences } from '../text/sentences.ts';
import { slugOfFile } from '../model/slugs.ts';
import type { Metric } from '../model/schema.ts';

export interface Waiver {
  /** Slug of the article the text is printed in. */
  article: string;
  /** A stretch of the body, within one sentence, whose numbers are not figures. */
  text: string;
  /** Why they are not figures. */
  reason: string;
  /** Line of the waiver in its file. */
  line: number;
}

/**
 * Reads the waiver list: a YAML sequence of `{article, text, reason}`.
 * Malformed entries are problems, not exceptions.
 */
export function parseWaivers(file: string, source: string): { waivers: Waiver[]; problems: Problem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter });
  const lineAt = (node: unknown) => lineCounter.linePos((node as Node | undefined)?.range?.[0] ?? 0).line;
  const problems: Problem[] = doc.errors.map((error) => ({
    file,
    line: error.linePos?.[0].line ?? 1,
    field: 'waivers',
    message: `YAML: ${error.message.split('\n')[0]}`,
  }));
  const waivers: Waiver[] = [];
  if (problems.length > 0) return { waivers, problems };
  if (!isSeq(doc.contents)) return { waivers, problems: [{ file, line: 1, field: 'waivers', message: 'the waiver list must be a YAML sequence' }] };
  doc.contents.items.forEach((item, index) => {
    const line = lineAt(item);
    const value = isMap(item) ? (item.toJSON() as Record<string, unknown>) : undefined;
    const missing = ['article', 'text', 'reason'].filter((key) => typeof value?.[key] !== 'string' || (value[key] as string).trim() === '');
    const unknown = Object.keys(value ?? {}).filter((key) => !['article', 'text', 'reason'].includes(key));
    if (!value || missing.length > 0 || unknown.length > 0) {
      const what = !value ? 'must be a mapping' : missing.length > 0 ? `needs ${missing.join(', ')}` : `has unknown field ${unknown.join(', ')}`;
      problems.push({ file, line, field: `[${index}]`, message: `each waiver ${what} (article, text, reason)` });
      return;
    }
    waivers.push({ article: value.article as string, text: value.text as string, reason: value.reason as string, line });
  });
  return { waivers, problems };
}

/** A quantity printed in a body, where it is. */
export interface BodyNumber extends PrintedNumber {
  sentence: string;
  /** Line of the entry file. */
  line: number;
}

/**
 * Every number printed as a quantity in a body, sentence by sentence.
 * @example bodyNumbers('完成 3 家。\n\n2024 年，共 7 个。', 10).map((n) => [n.text, n.line]) // [['3', 10], ['7', 12]]
 */
export function bodyNumbers(body: string, firstLine = 1): BodyNumber[] {
  return body.split(/\r?\n/).flatMap((raw, offset) => {
    const block = bodyText(raw);
    return splitSentences(block).flatMap((sentence) =>
      findNumbers(sentence)
        .filter((number) => !number.notQuantity)
        .map((number) => ({ ...number, sentence, line: firstLine + offset })),
    );
  });
}

/** The values a metric accounts for in its sentence: its own, and numbers inside its label, subject or period (40 吨以下燃煤锅炉). */
function accountedValues(metric: Metric): (number | undefined)[] {
  const mentioned = [metric.label, metric.subject, metric.period]
    .filter((text): text is string => Boolean(text))
    .flatMap((text) =>
      findNumbers(text)
        .filter((n) => !n.notQuantity)
        .map((n) => n.value),
    );
  return [metric.value, ...mentioned];
}

/** Offsets in `sentence` covered by a waiver text. */
function waivedRanges(sentence: string, waivers: readonly Waiver[], used: Set<Waiver>): [number, number][] {
  const ranges: [number, number][] = [];
  for (const waiver of waivers) {
    for (let at = sentence.indexOf(waiver.text); at >= 0; at = sentence.indexOf(waiver.text, at + 1)) {
      ranges.push([at, at + waiver.text.length]);
      used.add(waiver);
    }
  }
  return ranges;
}

/**
 * Checks one entry against its metrics and the waivers for it; `used`
 * collects the waivers that matched, so the caller can report stale ones.
 * Only coverage problems: the content check reports the entry's others.
 */
export function checkEntryCoverage(file: string, source: string, waivers: readonly Waiver[], used = new Set<Waiver>()): Problem[] {
  const checked = checkEntry(file, source);
  if (!checked.article) return [];
  const problems: Problem[] = [];
  const { slug, data, body } = checked.article;
  const entry = splitEntry(source)!;
  const lineOfMetric = metricLines(entry.frontmatter, entry.frontmatterLine);
  const mine = waivers.filter((waiver) => waiver.article === slug);

  const sentences = new Set(bodyText(body).split('\n').flatMap(splitSentences));
  data.metrics.forEach((metric, index) => {
    const at = (field: string, message: string) => problems.push({ file, line: lineOfMetric(index, field), field: `metrics[${index}].${field}`, message });
    if (!sentences.has(metric.quote)) {
      if (bodyText(body).includes(metric.quote)) at('quote', 'the quote must be one whole sentence of the body (a sentence ends at 。！？)');
      return;
    }
    if (!findNumbers(metric.quote).some((number) => !number.notQuantity && number.value === metric.value)) {
      at('value', `${metric.value} is not printed as a quantity in its quote`);
    }
  });

  const bySentence = Map.groupBy(bodyNumbers(body, entry.bodyLine), (number) => number.sentence);
  for (const [sentence, numbers] of bySentence) {
    const ranges = waivedRanges(sentence, mine, used);
    // Arabic digits first: a metric's value is printed in digits, and a
    // Chinese numeral of the same value (三大 beside 3 个) must not take its place.
    const open = numbers
      .filter((n) => !ranges.some(([from, to]) => n.index >= from && n.index + n.text.length <= to))
      .sort((a, b) => Number(/\d/.test(b.text)) - Number(/\d/.test(a.text)) || a.index - b.index);
    const accounted = data.metrics.filter((metric) => metric.quote === sentence).flatMap(accountedValues);
    for (const number of open) {
      const match = accounted.indexOf(number.value);
      if (number.value !== undefined && match >= 0) {
        accounted.splice(match, 1);
        continue;
      }
      problems.push({
        file,
        line: number.line,
        field: 'body',
        message: `"${shownNumber(number)}" is a number no metric of this sentence states and no waiver covers`,
      });
    }
  }
  return problems;
}

/** The line of a metric's field in the frontmatter (the metric's line when the field is absent). */
function metricLines(frontmatter: string, firstLine: number): (index: number, field: string) => number {
  const lineCounter = new LineCounter();
  const doc = parseDocument(frontmatter, { lineCounter });
  return (index, field) => {
    const node = (doc.getIn(['metrics', index, field], true) ?? doc.getIn(['metrics', index], true)) as Node | undefined;
    return firstLine - 1 + lineCounter.linePos(node?.range?.[0] ?? 0).line;
  };
}

/**
 * The waiver list of the archive an articles folder belongs to, when there is one.
 * @example waiverFileOf(archiveLayout().articles) // archiveLayout().waivers
 */
export function waiverFileOf(contentDir: string): string | undefined {
  const file = layoutOf(contentDir).waivers;
  return existsSync(file) ? file : undefined;
}

/**
 * The check over a content directory and its waiver list; waivers that match
 * nothing are problems too, so the list cannot silently outlive its text.
 * Without a waiver list every number must be a metric: an archive that has
 * none is checked, never skipped.
 */
export function checkFigureCoverage(dir: string, waiverFile: string | undefined, root = process.cwd()): Problem[] {
  const waiverName = relative(root, waiverFile ?? layoutOf(dir).waivers);
  const { waivers, problems } = waiverFile ? parseWaivers(waiverName, readFileSync(waiverFile, 'utf8')) : { waivers: [], problems: [] };
  const used = new Set<Waiver>();
  const slugs = new Set<string>();
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .sort();
  for (const name of files) {
    slugs.add(slugOfFile(name));
    problems.push(...checkEntryCoverage(relative(root, join(dir, name)) || name, readFileSync(join(dir, name), 'utf8'), waivers, used));
  }
  for (const waiver of waivers) {
    if (used.has(waiver)) continue;
    const why = slugs.has(waiver.article) ? `"${waiver.text}" does not occur within a sentence of ${waiver.article}` : `no article "${waiver.article}"`;
    problems.push({ file: waiverName, line: waiver.line, field: 'waiver', message: why });
  }
  return problems;
}
