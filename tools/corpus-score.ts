/**
 * Scoring the importer against the corpus of OCR pages with answer keys
 * (tests/importer/corpus/): each page imported as `npm run import` imports
 * it, each printed article of the key matched to the entry that holds its
 * body, and each field compared. The import-corpus benchmark prints the
 * result and a test keeps its floors.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { decodePage } from '../src/page/decode.ts';
import { importPage, type ImportResult } from '../src/importer/import.ts';
import { bodyText } from '../src/text/markdown.ts';
import { splitEntry } from '../src/model/entry.ts';
import { ink } from '../src/text/ink.ts';
import { isColumnLabel } from '../src/text/columns.ts';
import type { ArticleData } from '../src/model/schema.ts';

export interface KeyFigure {
  value: number;
  unit: string;
  comparator?: string;
  period?: string;
}

export interface KeyArticle {
  headline: string;
  /** `editor` when the page prints no headline and the key's is the archive's. */
  titleSource?: 'editor';
  kicker?: string;
  subtitle?: string;
  column?: string;
  city: string;
  county?: string;
  date: string;
  agency?: string;
  authors: { name: string; role: string | null }[];
  bodyFirst: string;
  bodyLast: string;
  photos?: { caption: string; credit?: string }[];
  figures?: KeyFigure[];
}

export interface AnswerKey {
  file: string;
  issue?: { date: string; page?: number; pageName?: string };
  furniture?: { kind: string; text: string }[];
  articles: KeyArticle[];
}

/** Per field: how many of the key's cases the import got right. */
export interface FieldScore {
  right: number;
  of: number;
}

export const FIELDS = [
  'found',
  'body',
  'headline',
  'kicker',
  'subtitle',
  'column',
  'city',
  'county',
  'date',
  'authors',
  'roles',
  'photos',
  'figures',
  'comparators',
  'periods',
] as const;
export type Field = (typeof FIELDS)[number];

export interface PageScore {
  file: string;
  /** The one-line refusal when the importer refused the page. */
  refused?: string;
  fields: Record<Field, FieldScore>;
  /** Metrics proposed that the key does not print as a figure. */
  spuriousFigures: number;
  /** Entries that hold no article of the key. */
  spuriousArticles: number;
  /** Entries whose authors include a column label. */
  columnAuthors: number;
  misses: string[];
}

/** The answer keys and their pages, in name order. */
export function readCorpus(dir: string): { key: AnswerKey; bytes: Uint8Array }[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.key.yaml'))
    .sort()
    .map((name) => {
      const key = parse(readFileSync(join(dir, name), 'utf8'), { schema: 'core' }) as AnswerKey;
      // YAML reads an unquoted date as text in the core schema; keep it text.
      return { key, bytes: readFileSync(join(dir, key.file)) };
    });
}

const emptyFields = () => Object.fromEntries(FIELDS.map((field) => [field, { right: 0, of: 0 }])) as Record<Field, FieldScore>;

/** One page imported and compared with its key. */
export function scorePage(key: AnswerKey, bytes: Uint8Array): PageScore {
  const score: PageScore = { file: key.file, fields: emptyFields(), spuriousFigures: 0, spuriousArticles: 0, columnAuthors: 0, misses: [] };
  let result: ImportResult;
  try {
    const { text } = decodePage(bytes);
    result = importPage(text, { file: key.file, bytes, ...(key.issue?.date ? { date: String(key.issue.date) } : {}) });
  } catch (error) {
    score.refused = (error as Error).message;
    score.fields.found.of = key.articles.length;
    return score;
  }
  const entries = result.entries.map((entry) => ({ entry, body: ink(bodyText(splitEntry(entry.content)?.body ?? '')) }));
  const used = new Set<number>();
  const tally = (field: Field, right: boolean, what: string) => {
    score.fields[field].of++;
    if (right) score.fields[field].right++;
    else score.misses.push(`${key.file} ${field}: ${what}`);
  };
  for (const article of key.articles) {
    const first = ink(article.bodyFirst);
    const last = ink(article.bodyLast);
    const index = entries.findIndex(({ body }, i) => !used.has(i) && body.includes(first) && body.includes(last));
    tally('found', index >= 0, article.headline);
    if (index < 0) continue;
    used.add(index);
    const { entry, body } = entries[index]!;
    const data = entry.data;
    tally('body', body.indexOf(first) <= 40 && body.endsWith(last), `${article.headline}: …${body.slice(-12)}`);
    tally(
      'headline',
      ink(data.title) === ink(article.headline) && (data.titleSource === 'editor') === (article.titleSource === 'editor'),
      `${article.headline} ≠ ${data.title}`,
    );
    if (article.kicker || data.kicker)
      tally('kicker', ink(data.kicker ?? '') === ink(article.kicker ?? ''), `${article.kicker ?? '-'} ≠ ${data.kicker ?? '-'}`);
    if (article.subtitle || data.subtitle)
      tally(
        'subtitle',
        ink(data.subtitle ?? '').replace(/^[—–-]+/u, '') === ink(article.subtitle ?? ''),
        `${article.subtitle ?? '-'} ≠ ${data.subtitle ?? '-'}`,
      );
    if (article.column || data.column)
      tally('column', (data.column ?? '') === (article.column ?? ''), `${article.headline}: ${article.column ?? '-'} ≠ ${data.column ?? '-'}`);
    tally('city', data.city === article.city, `${article.headline}: ${article.city} ≠ ${data.city}`);
    if (article.county || data.county)
      tally('county', (data.county ?? '') === (article.county ?? ''), `${article.headline}: ${article.county ?? '-'} ≠ ${data.county ?? '-'}`);
    tally('date', data.date === String(article.date), `${article.headline}: ${String(article.date)} ≠ ${data.date}`);
    const names = article.authors.map((author) => author.name);
    const printed = data.authors.filter((name) => name !== '未署名');
    tally('authors', printed.join('、') === names.join('、'), `${article.headline}: ${names.join('、') || '-'} ≠ ${printed.join('、') || '-'}`);
    const roles = article.authors.map((author) => author.role ?? '');
    const got = printed.map((_, i) => data.authorRoles?.[i] ?? data.authorRole ?? '');
    if (roles.some(Boolean) || got.some(Boolean))
      tally('roles', roles.join('、') === got.join('、'), `${article.headline}: ${roles.join('、')} ≠ ${got.join('、')}`);
    for (const photo of article.photos ?? []) {
      tally(
        'photos',
        (data.photos ?? []).some((p) => ink(p.caption) === ink(photo.caption) && ink(p.credit ?? '') === ink(photo.credit ?? '')),
        `${article.headline}: ${photo.caption}`,
      );
    }
    const metrics = [...(data.metrics ?? [])];
    for (const figure of article.figures ?? []) {
      const at = metrics.findIndex((metric) => metric.value === figure.value && metric.unit === figure.unit);
      tally('figures', at >= 0, `${article.headline}: ${figure.value} ${figure.unit}`);
      if (at < 0) continue;
      const [metric] = metrics.splice(at, 1);
      if (figure.comparator || metric!.comparator)
        tally(
          'comparators',
          metric!.comparator === figure.comparator,
          `${article.headline}: ${figure.value} ${figure.unit} ${figure.comparator ?? '-'} ≠ ${metric!.comparator ?? '-'}`,
        );
      if (figure.period)
        tally(
          'periods',
          ink(metric!.period ?? '') === ink(figure.period),
          `${article.headline}: ${figure.value} ${figure.unit} ${figure.period} ≠ ${metric!.period ?? '-'}`,
        );
    }
    score.spuriousFigures += metrics.length;
    for (const metric of metrics) score.misses.push(`${key.file} spurious figure: ${metric.value} ${metric.unit} (${article.headline})`);
  }
  entries.forEach(({ entry }, i) => {
    if (entry.data.authors.some(isColumnLabel)) score.columnAuthors++;
    if (!used.has(i)) {
      score.spuriousArticles++;
      score.misses.push(`${key.file} spurious article: ${entry.data.title}`);
    }
  });
  return score;
}

/** Every page's score and the fields summed over the corpus. */
export function scoreCorpus(corpus: readonly { key: AnswerKey; bytes: Uint8Array }[]): {
  pages: PageScore[];
  totals: Record<Field, FieldScore>;
  spuriousFigures: number;
  refused: number;
  columnAuthors: number;
} {
  const pages = corpus.map(({ key, bytes }) => scorePage(key, bytes));
  const totals = emptyFields();
  for (const page of pages) {
    for (const field of FIELDS) {
      totals[field].right += page.fields[field].right;
      totals[field].of += page.fields[field].of;
    }
  }
  const sum = (pick: (page: PageScore) => number) => pages.reduce((total, page) => total + pick(page), 0);
  return {
    pages,
    totals,
    spuriousFigures: sum((p) => p.spuriousFigures),
    refused: sum((p) => (p.refused ? 1 : 0)),
    columnAuthors: sum((p) => p.columnAuthors),
  };
}

/**
 * A share as a percentage with one decimal, or `–` when there is nothing to score.
 * @example percent({ right: 17, of: 20 }) // '85.0%'
 */
export function percent({ right, of }: FieldScore): string {
  return of === 0 ? '–' : `${((100 * right) / of).toFixed(1)}%`;
}

/**
 * The answer key of a page already in the archive, from its curated entries:
 * the seed page is scored with the rest of the corpus.
 */
export function curatedKey(file: string, entries: readonly { data: CuratedData; body: string }[]): AnswerKey {
  const articles = entries
    .filter((entry) => entry.data.source.file === file)
    .sort((a, b) => (a.data.source.lines?.[0]?.[0] ?? 0) - (b.data.source.lines?.[0]?.[0] ?? 0))
    .map(({ data, body }): KeyArticle => {
      const text = ink(bodyText(body)).replace(/^科学导报讯(?:\d{1,2}月\d{1,2}日)?[，,]?/u, '');
      return {
        headline: data.title,
        ...(data.titleSource === 'editor' ? { titleSource: 'editor' as const } : {}),
        ...(data.kicker ? { kicker: data.kicker } : {}),
        ...(data.subtitle ? { subtitle: data.subtitle.replace(/^[—–-]+/u, '') } : {}),
        ...(data.column ? { column: data.column } : {}),
        city: data.city,
        ...(data.county ? { county: data.county } : {}),
        date: data.date,
        authors: data.authors.map((name, i) => ({ name, role: data.authorRoles?.[i] ?? data.authorRole ?? null })),
        bodyFirst: text.slice(0, 8),
        bodyLast: text.slice(-8),
        photos: data.photos,
        figures: data.metrics.map((metric) => ({ value: metric.value, unit: metric.unit, ...(metric.comparator ? { comparator: metric.comparator } : {}) })),
      };
    });
  return { file, articles };
}

type CuratedData = Pick<
  ArticleData,
  | 'title'
  | 'titleSource'
  | 'kicker'
  | 'subtitle'
  | 'column'
  | 'city'
  | 'county'
  | 'date'
  | 'authors'
  | 'authorRole'
  | 'authorRoles'
  | 'photos'
  | 'metrics'
  | 'source'
>;
