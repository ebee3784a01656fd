/**
 * The archive's open data: `/data/articles.json`, `/data/metrics.json`,
 * `/data/metrics.csv`, described by `/data/schema.json`. The record schemas
 * extend the frontmatter schemas of `schema.ts`, and the JSON Schema is
 * generated from them (zod's `toJSONSchema`), so the files, their
 * documentation and the content they come from cannot drift apart.
 */
import { z } from 'astro/zod';
import { articleSchema, metricSchema, type ArticleData } from '../model/schema.ts';
import { AREA_IDS, getArea } from '../model/gazetteer.ts';
import { quotedSentence, referenceYear } from '../model/figures.ts';
import { QUANTITIES, canonicalUnit, toCanonical } from '../text/units.ts';
import { toCsv } from './csv.ts';
import { sentenceId } from '../text/sentences.ts';
import { pagesFileSchema } from './pages.ts';

/** One figure, with the article it comes from, its canonical value and the sentence it quotes. */
export const figureRecordSchema = metricSchema
  .extend({
    id: z.string().meta({ description: 'Stable id: the article uid and the figure’s position in it, e.g. kxdb-248f2a5c-3-16.' }),
    articleUrl: z.url().meta({ description: 'The article page.' }),
    figureUrl: z.url().meta({ description: 'The quoted sentence on the article page.' }),
    city: z.enum(AREA_IDS).meta({ description: 'Prefecture-level city id; shanxi for a province-wide article; unknown while the city is not known.' }),
    cityName: z.string().meta({ description: 'The city’s Chinese name, e.g. 晋城; 全省 (province-wide) or 城市未定 (city not known).' }),
    county: z.string().nullable().meta({ description: 'County-level division, or null when the article is about a whole city or has no city.' }),
    date: z.string().meta({ description: 'The article’s date, YYYY-MM-DD.' }),
    year: z
      .int()
      .meta({ description: 'The year the figure is about: the year its period prints, else the year before publication for 去年, else the publication year.' }),
    canonicalValue: z.number().meta({ description: 'The value in the canonical unit, e.g. 1204800 for 120.48 万元.' }),
    canonicalUnit: z.string().meta({ description: 'Canonical unit: %, pp (percentage points), mg/m³, yuan, t, t/d, km, km², ha, d, month, s, count …' }),
    quantity: z.enum(QUANTITIES).meta({ description: 'What kind of quantity the canonical unit measures.' }),
    sentence: z.int().positive().meta({ description: 'Number of the quoted sentence in the article body, counted from 1.' }),
  })
  .meta({ title: 'Figure', description: 'A figure stated in an archived article.' });

export type FigureRecord = z.output<typeof figureRecordSchema>;

const shape = articleSchema.shape;

/** One article with its figures. */
export const articleRecordSchema = z
  .strictObject({
    uid: shape.uid,
    slug: z.string(),
    url: z.url(),
    headline: shape.title,
    titleSource: shape.titleSource,
    subtitle: shape.subtitle.unwrap().nullable(),
    kicker: shape.kicker.unwrap().nullable(),
    column: shape.column.unwrap().nullable(),
    city: shape.city,
    cityName: z.string(),
    county: z.string().nullable(),
    date: z.string(),
    dateSource: shape.dateSource,
    authors: shape.authors,
    authorRole: shape.authorRole.unwrap().nullable(),
    topics: shape.topics,
    figures: z.array(figureRecordSchema),
  })
  .meta({ title: 'Article', description: 'An archived article of 科学导报 with its figures.' });

export type ArticleRecord = z.output<typeof articleRecordSchema>;

export const articlesFileSchema = z.strictObject({ articles: z.array(articleRecordSchema) }).meta({ title: '/data/articles.json' });
export const metricsFileSchema = z.strictObject({ figures: z.array(figureRecordSchema) }).meta({ title: '/data/metrics.json' });

/** What the data files are built from: an article of the collection. */
export interface SourceArticle {
  /** The slug. */
  id: string;
  data: ArticleData;
  body?: string;
}

/**
 * The figures of one article as records. `pageUrl` is the article page's
 * absolute URL. A quote that is not a sentence of the body is an error: the
 * content check and the coverage check catch that before a build.
 */
export function figureRecords(article: SourceArticle, pageUrl: string): FigureRecord[] {
  const { data } = article;
  const body = article.body ?? '';
  return data.metrics.map((metric, index) => {
    const sentence = quotedSentence(body, metric.quote);
    const unit = canonicalUnit(metric.unit);
    if (sentence === undefined || !unit) {
      throw new Error(
        `${article.id}: metrics[${index}] ${sentence === undefined ? 'quote is not a sentence of the body' : `unit "${metric.unit}" is unknown`}`,
      );
    }
    const canonical = toCanonical(metric.value, metric.unit);
    return figureRecordSchema.parse({
      ...metric,
      id: `${data.uid}-${index + 1}`,
      articleUrl: pageUrl,
      figureUrl: `${pageUrl}#${sentenceId(sentence)}`,
      city: data.city,
      cityName: getArea(data.city).name,
      county: data.county ?? null,
      date: data.date,
      year: referenceYear(metric.period, data.date),
      canonicalValue: canonical.value,
      canonicalUnit: canonical.unit,
      quantity: unit.quantity,
      sentence,
    });
  });
}

/** An article as a record of `/data/articles.json`. */
export function articleRecord(article: SourceArticle, pageUrl: string): ArticleRecord {
  const { data } = article;
  return articleRecordSchema.parse({
    uid: data.uid,
    slug: article.id,
    url: pageUrl,
    headline: data.title,
    titleSource: data.titleSource,
    subtitle: data.subtitle ?? null,
    kicker: data.kicker ?? null,
    column: data.column ?? null,
    city: data.city,
    cityName: getArea(data.city).name,
    county: data.county ?? null,
    date: data.date,
    dateSource: data.dateSource,
    authors: data.authors,
    authorRole: data.authorRole ?? null,
    topics: data.topics,
    figures: figureRecords(article, pageUrl),
  });
}

/** The columns of `/data/metrics.csv`, in order. */
export const CSV_COLUMNS = [
  'id',
  'article_url',
  'figure_url',
  'city',
  'city_name',
  'county',
  'date',
  'year',
  'label',
  'value',
  'unit',
  'canonical_value',
  'canonical_unit',
  'comparator',
  'change_direction',
  'change_basis',
  'subject',
  'period',
  'headline',
  'quote',
] as const;

/**
 * One figure as a CSV row, in `CSV_COLUMNS` order; absent fields are empty.
 * @example csvRow(figure)[9] // the value, e.g. 120.48
 */
export function csvRow(figure: FigureRecord): (string | number | boolean | null | undefined)[] {
  return [
    figure.id,
    figure.articleUrl,
    figure.figureUrl,
    figure.city,
    figure.cityName,
    figure.county,
    figure.date,
    figure.year,
    figure.label,
    figure.value,
    figure.unit,
    figure.canonicalValue,
    figure.canonicalUnit,
    figure.comparator,
    figure.change?.direction,
    figure.change?.basis,
    figure.subject,
    figure.period,
    figure.headline ?? false,
    figure.quote,
  ];
}

/** `/data/metrics.csv`: UTF-8 with BOM, RFC 4180. */
export function metricsCsv(figures: readonly FigureRecord[]): string {
  return toCsv(CSV_COLUMNS, figures.map(csvRow));
}

/** `/data/schema.json`: the JSON Schema (draft 2020-12) of the JSON files. */
export function openDataJsonSchema(schemaUrl: string): Record<string, unknown> {
  const generate = (schema: z.ZodType) => z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output', unrepresentable: 'any' });
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: schemaUrl,
    title: '山西生态新闻档案 open data',
    description: 'Schemas of /data/articles.json, /data/metrics.json and /data/pages.json. Use #/$defs/articlesFile, #/$defs/metricsFile or #/$defs/pagesFile.',
    $defs: {
      articlesFile: strip(generate(articlesFileSchema)),
      metricsFile: strip(generate(metricsFileSchema)),
      pagesFile: strip(generate(pagesFileSchema)),
    },
  };
}

/** A generated schema without its own `$schema`, to nest under `$defs`. */
function strip(schema: Record<string, unknown>): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = schema;
  return rest;
}
