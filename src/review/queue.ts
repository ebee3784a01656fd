/**
 * The review queue: every field an editor still has to check (an entry's
 * `review:` list), grouped by field, each with its current value and the
 * evidence the importer read: the page lines, the dateline and the kicker.
 * Pure: the command reads the entries and the source pages.
 */
import { LineCounter, parseDocument, isMap, type Node } from 'yaml';
import type { CheckedArticle } from '../model/entry.ts';
import { splitEntry } from '../model/entry.ts';
import { bodyText } from '../text/markdown.ts';
import { bylineText, UNSIGNED } from '../model/authors.ts';
import { UNTYPED_FIGURE } from '../model/figures.ts';
import { datelineOf, edgeSentences, evidenceLines, type LinesFrom, type SourceLine } from './evidence.ts';

/** The groups of the queue, in the order an editor works through them. */
export const REVIEW_GROUPS = ['title', 'date', 'city/county', 'authors', 'topics', 'metrics'] as const;
export type ReviewGroup = (typeof REVIEW_GROUPS)[number] | 'other';

/** The fields a review list may name, and the group each is listed under. */
export const REVIEW_FIELDS: Record<string, ReviewGroup> = {
  title: 'title',
  date: 'date',
  city: 'city/county',
  county: 'city/county',
  authors: 'authors',
  topics: 'topics',
  metrics: 'metrics',
};

export interface ReviewItem {
  /** The field as the entry's review list names it. */
  field: string;
  group: ReviewGroup;
  slug: string;
  /** The entry file and the line of the field in it. */
  file: string;
  line: number;
  /** The field's value as the entry has it now. */
  value: string;
  /** What the importer said of it (a proposed title, how the date is known). */
  note?: string;
  evidence: {
    dateline?: string;
    kicker?: string;
    /** The body's first sentence. */
    firstSentence: string;
    /** The OCR page and its lines that printed what the field was read from. */
    source: { file: string; page?: number; from: LinesFrom; lines: SourceLine[] };
  };
}

/** An entry as the queue needs it: checked, and its frontmatter text for line numbers and `source.lines`. */
export interface ReviewEntry {
  article: CheckedArticle;
  source: string;
}

/** The value of a field as an editor reads it in the queue, and what the importer said of it. */
function valueOf(field: string, data: CheckedArticle['data']): { value: string; note?: string } {
  switch (field) {
    case 'title':
      return data.titleSource === 'editor' ? { value: data.title, note: 'proposed: the page prints no headline' } : { value: data.title };
    case 'date':
      return { value: data.date, note: `date source: ${data.dateSource}` };
    case 'city':
    case 'county':
      return { value: `${data.city}${data.county ? ` / ${data.county}` : ''}` };
    case 'authors':
      return data.authors.length === 1 && data.authors[0] === UNSIGNED
        ? { value: data.authors[0], note: 'no byline found on the page' }
        : { value: bylineText(data) };
    case 'topics':
      return { value: data.topics.join(', ') };
    case 'metrics':
      return data.metrics.length === 0
        ? { value: '', note: 'no figure proposed' }
        : { value: data.metrics.map((m) => `${m.label} ${m.comparator ?? ''}${m.value} ${m.unit}`).join('; ') };
    default:
      return field.startsWith(UNTYPED_FIGURE)
        ? { value: field.slice(UNTYPED_FIGURE.length), note: 'untyped figure: add it to metrics, or waive it' }
        : { value: '' };
  }
}

/**
 * The field a review item is about: an untyped figure (`metrics: 3 家企业关停`) is about the metrics.
 * @example reviewedField('metrics: 3 家企业关停') // 'metrics'
 */
export function reviewedField(item: string): string {
  return item.startsWith(UNTYPED_FIGURE) ? 'metrics' : item;
}

/** The line of a top-level field in the entry file (the frontmatter's first line when the field is absent). */
function fieldLines(source: string): (field: string) => number {
  const entry = splitEntry(source);
  if (!entry) return () => 1;
  const lineCounter = new LineCounter();
  const doc = parseDocument(entry.frontmatter, { lineCounter });
  return (field) => {
    const pair = isMap(doc.contents) ? doc.contents.items.find((item) => String((item.key as { value?: unknown })?.value) === field) : undefined;
    const offset = (pair?.key as Node | undefined)?.range?.[0] ?? 0;
    return entry.frontmatterLine - 1 + lineCounter.linePos(offset).line;
  };
}

/** `source.lines` of the frontmatter when an entry records them: ranges of 1-based page lines. */
export function recordedLines(source: string): [number, number][] | undefined {
  const frontmatter = splitEntry(source)?.frontmatter;
  if (!frontmatter) return undefined;
  const lines = (parseDocument(frontmatter).toJS() as { source?: { lines?: unknown } } | null)?.source?.lines;
  if (!Array.isArray(lines)) return undefined;
  const ranges = lines.filter((range): range is [number, number] => Array.isArray(range) && range.length === 2 && range.every(Number.isInteger));
  return ranges.length > 0 ? ranges : undefined;
}

/**
 * The open review items of one entry; `page` is the text of its source page
 * when the archive has it.
 */
export function reviewItems(entry: ReviewEntry, page: string | undefined): ReviewItem[] {
  const { data, body, file, slug } = entry.article;
  if (data.review.length === 0) return [];
  const text = bodyText(body);
  const { first, last } = edgeSentences(text);
  const lineOf = fieldLines(entry.source);
  const recorded = recordedLines(entry.source);
  const dateline = datelineOf(text);
  return data.review.map((field): ReviewItem => {
    // Where the field was read: a printed headline, the byline after the last sentence, an untyped figure as printed, else the opening.
    const untyped = field.startsWith(UNTYPED_FIGURE) ? field.slice(UNTYPED_FIGURE.length) : undefined;
    const printed = field === 'title' && data.titleSource === 'printed' ? data.title : field === 'authors' ? last : (untyped ?? first);
    const lines = evidenceLines(page, recorded, printed);
    return {
      field,
      group: REVIEW_FIELDS[reviewedField(field)] ?? 'other',
      slug,
      file,
      line: lineOf(field === 'county' && !data.county ? 'city' : reviewedField(field)),
      ...valueOf(field, data),
      evidence: {
        ...(dateline ? { dateline } : {}),
        ...(data.kicker ? { kicker: data.kicker } : {}),
        firstSentence: first,
        source: { file: data.source.file, ...(data.source.page ? { page: data.source.page } : {}), ...lines },
      },
    };
  });
}

/** The queue: items grouped in REVIEW_GROUPS order (then any other), each group by slug. */
export function groupItems(items: readonly ReviewItem[]): { group: ReviewGroup; items: ReviewItem[] }[] {
  const groups: ReviewGroup[] = [...REVIEW_GROUPS, 'other'];
  return groups
    .map((group) => ({
      group,
      items: items.filter((item) => item.group === group).sort((a, b) => a.slug.localeCompare(b.slug) || a.field.localeCompare(b.field)),
    }))
    .filter(({ items: inGroup }) => inGroup.length > 0);
}

/** The queue as the command prints it. */
export function formatQueue(groups: readonly { group: ReviewGroup; items: ReviewItem[] }[]): string {
  const out: string[] = [];
  for (const { group, items } of groups) {
    out.push(`${group} (${items.length} open)`);
    for (const item of items) {
      out.push(`  ${item.file}:${item.line} ${item.field}: ${item.value}${item.note ? ` (${item.note})` : ''}`);
      const { dateline, kicker, source } = item.evidence;
      const read = [dateline ? `dateline ${dateline}` : 'no dateline', kicker ? `kicker ${kicker}` : 'no kicker'].join(' · ');
      out.push(`      ${read}`);
      const where = `${source.file}${source.page ? ` (page ${source.page})` : ''}`;
      if (source.lines.length === 0) out.push(`      ${where}: the page lines were not found`);
      else {
        out.push(`      ${where}, lines ${source.lines[0]!.no}–${source.lines.at(-1)!.no}${source.from === 'source.lines' ? ' (source.lines)' : ''}:`);
        for (const line of source.lines) out.push(`      ${String(line.no).padStart(5)} │ ${line.text}`);
      }
    }
  }
  const count = groups.reduce((sum, { items }) => sum + items.length, 0);
  const entries = new Set(groups.flatMap(({ items }) => items.map((item) => item.slug))).size;
  out.push(
    count === 0
      ? 'No open review item.'
      : `${count} open item(s) in ${entries} entr${entries === 1 ? 'y' : 'ies'}. Mark checked: npm run review -- --accept <slug> <field>...`,
  );
  return out.join('\n') + '\n';
}
