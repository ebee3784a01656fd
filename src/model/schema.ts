/**
 * The frontmatter of an archived article, as zod schemas. The content
 * collection (`src/content.config.ts`), the content check (`npm run check`),
 * the importer and the open-data JSON Schema all use these, so an entry that
 * passes one passes all.
 */
import { z } from 'astro/zod';
import { AREA_IDS, CITY_IDS, PROVINCE_ID, UNKNOWN_CITY_ID, findCounty, getCity, isCityId } from './gazetteer.ts';
import { TOPIC_IDS } from './topics.ts';
import { isCalendarDate, toIsoDate } from './dates.ts';
import { canonicalUnit } from '../text/units.ts';

/** The newspaper this archive keeps: every article and page is of it. */
export const PUBLICATION = '科学导报';

/** A required text field, trimmed; the message names the field. */
export const text = (what: string) =>
  z
    .string({ error: `${what} must be text` })
    .trim()
    .min(1, { error: `${what} must not be empty` });

/** A `YYYY-MM-DD` date; YAML's unquoted dates (parsed to `Date`) are accepted and turned back into text. */
export const calendarDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? toIsoDate(value) : value),
  z
    .string({ error: 'must be a date written YYYY-MM-DD' })
    .refine(isCalendarDate, { error: (issue) => `"${String(issue.input)}" is not a real date written YYYY-MM-DD` }),
);

export const COMPARATORS = ['<=', '>=', '<', '>', '~'] as const;

export const metricSchema = z.strictObject(
  {
    label: text('label'),
    value: z.number({ error: 'value must be a number' }),
    /** As printed; one the archive knows (src/text/units.ts), so the open data can give its canonical unit. */
    unit: text('unit').refine((unit) => canonicalUnit(unit) !== undefined, {
      error: (issue) => `unknown unit "${String(issue.input)}"; add it to src/text/units.ts if it is a real unit`,
    }),
    /** 不高于 → `<=`, 不低于 → `>=`, 超/余 → `>`, 近/约 → `~`. */
    comparator: z.enum(COMPARATORS, { error: `comparator must be one of ${COMPARATORS.join(' ')}` }).optional(),
    /** 同比下降 6.5% is `{ direction: decrease, basis: year-on-year }` with value 6.5 and unit %. */
    change: z
      .strictObject({
        direction: z.enum(['increase', 'decrease'], { error: 'direction must be increase or decrease' }),
        basis: z.enum(['year-on-year', 'period-on-period'], { error: 'basis must be year-on-year or period-on-period' }).optional(),
      })
      .optional(),
    /** What is counted or measured: the place, company or programme the figure is about. */
    subject: text('subject').optional(),
    /** The period as printed, e.g. `2024 年`, `截至去年年底`. */
    period: text('period').optional(),
    /** One of the article's lead figures, charted per city on /data/. */
    headline: z.boolean({ error: 'headline must be true or false' }).optional(),
    /** The sentence the figure comes from, verbatim from the body. */
    quote: text('quote'),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? undefined : 'each metric must be a mapping of fields') },
);

export const photoSchema = z.strictObject({
  caption: text('caption'),
  credit: text('credit').optional(),
});

/**
 * An archive's correction of a misprint: the text as printed (it must occur in
 * the body or a photo caption, and stays there), what it should read, and why.
 * The article page shows it as printed〔reading〕; the body, the figures'
 * quotes and the citation keep the print.
 */
export const correctionSchema = z
  .strictObject(
    {
      printed: text('printed').refine((value) => !/[\r\n]/u.test(value), { error: 'printed must be text of one line' }),
      reading: text('reading').refine((value) => !/[\r\n]/u.test(value), { error: 'reading must be text of one line' }),
      note: text('note').optional(),
    },
    { error: (issue) => (issue.code === 'unrecognized_keys' ? undefined : 'each correction must be a mapping of printed, reading and note') },
  )
  .refine((correction) => correction.printed !== correction.reading, { error: 'reading must differ from printed', path: ['reading'] });

/** A 1-based line number of a page file. */
const lineNumber = z.int({ error: 'a line number must be a whole number' }).positive({ error: 'a line number starts at 1' });

/** `[first, last]`: lines of the page file, 1-based and inclusive. */
export const lineRangeSchema = z
  .tuple([lineNumber, lineNumber], { error: 'each range must be [first, last], two line numbers' })
  .refine(([first, last]) => first <= last, { error: (issue) => `range [${String(issue.input)}] ends before it starts` });

/**
 * The lines of the page file an article was taken from: its headline block,
 * body, byline and captions, as ranges in page order that neither overlap
 * nor touch (`[[40, 72], [80, 81]]`).
 */
export const sourceLinesSchema = z
  .array(lineRangeSchema, { error: 'lines must be a list of [first, last] line ranges' })
  .min(1, { error: 'lines must hold at least one range' })
  .refine((ranges) => ranges.every((range, i) => i === 0 || range[0] > ranges[i - 1]![1] + 1), {
    error: 'the ranges must be in page order, apart, and not overlap (join touching ones)',
  });

export const sourceSchema = z.strictObject({
  publication: z.literal(PUBLICATION, { error: `publication must be ${PUBLICATION}` }).default(PUBLICATION),
  /** The raw OCR page in the archive's sources folder this article was taken from; its page entry is the file's name with `.yaml`. */
  file: text('file'),
  page: z.int().positive().optional(),
  edition: text('edition').optional(),
  /** Where on the page the article's printed text is; entries written by hand or generated may have none. */
  lines: sourceLinesSchema.optional(),
});

export const articleSchema = z
  .strictObject({
    /** Permanent identifier, independent of the slug and the URL. */
    uid: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'uid must be lower-case ASCII words joined by hyphens' }),
    title: text('title'),
    /** `editor` when the page prints no headline and the title was given by the archive. */
    titleSource: z.enum(['printed', 'editor']).default('printed'),
    subtitle: text('subtitle').optional(),
    kicker: text('kicker').optional(),
    column: text('column').optional(),
    /** One of the 11 city ids; `shanxi` for a province-wide article; `unknown` while no editor has determined the city. */
    city: z.enum(AREA_IDS, {
      // A missing line is not the `unknown` city: an editor writes that on purpose.
      error: (issue) =>
        issue.input === undefined
          ? 'is required'
          : `unknown city "${String(issue.input)}"; expected one of ${CITY_IDS.join(', ')}, or ${PROVINCE_ID} (province-wide) or ${UNKNOWN_CITY_ID} (city not known)`,
    }),
    county: text('county').optional(),
    date: calendarDate,
    /** `dateline`: printed as 科学导报讯 4 月 21 日; `issue`: the page's publication date; `inferred`: neither is printed. */
    dateSource: z.enum(['dateline', 'issue', 'inferred'], { error: 'dateSource must be dateline, issue or inferred' }),
    authors: z.array(text('author'), { error: 'authors must be a list of names' }).min(1, { error: 'authors must name at least one person' }),
    /** The role printed before the names, e.g. 科学导报记者. */
    authorRole: text('authorRole').optional(),
    /** One role per author, in order, where the byline prints several (本报记者 高建伟 通讯员 李浩). */
    authorRoles: z.array(text('role'), { error: 'authorRoles must be a list of roles' }).optional(),
    /** The wire service whose 电头 the article prints (新华社), for copy the paper reprints. */
    agency: text('agency').optional(),
    topics: z
      .array(z.enum(TOPIC_IDS, { error: (issue) => `unknown topic "${String(issue.input)}"; expected one of ${TOPIC_IDS.join(', ')}` }))
      .min(1, { error: 'topics must list at least one topic' }),
    photos: z.array(photoSchema).default([]),
    source: sourceSchema,
    metrics: z.array(metricSchema).default([]),
    /** Misprints the archive corrects beside the print, in the order they were added. */
    corrections: z.array(correctionSchema, { error: 'corrections must be a list of {printed, reading, note}' }).default([]),
    /** Fields an editor still has to check, e.g. `[title]` for a title the importer proposed. */
    review: z.array(z.string()).default([]),
  })
  .superRefine((article, ctx) => {
    if (article.authorRoles && article.authorRoles.length !== article.authors.length) {
      ctx.addIssue({ code: 'custom', path: ['authorRoles'], message: `authorRoles must give one role for each of the ${article.authors.length} author(s)` });
    }
    if (article.authorRoles && article.authorRole) {
      ctx.addIssue({ code: 'custom', path: ['authorRoles'], message: 'give authorRole (one role for all) or authorRoles (one each), not both' });
    }
    if (!article.county) return;
    if (!isCityId(article.city)) {
      const whole = article.city === PROVINCE_ID ? 'a province-wide article' : 'an article whose city is unknown';
      ctx.addIssue({ code: 'custom', path: ['county'], message: `county "${article.county}" needs its city: ${whole} (city: ${article.city}) has no county` });
    } else if (!findCounty(article.city, article.county)) {
      ctx.addIssue({ code: 'custom', path: ['county'], message: `county "${article.county}" is not in ${getCity(article.city).fullName} (${article.city})` });
    }
  });

export type ArticleData = z.output<typeof articleSchema>;
export type Metric = z.output<typeof metricSchema>;
export type Correction = z.output<typeof correctionSchema>;

/** Frontmatter fields in the order the curated entries use. */
export const FIELD_ORDER = [
  'uid',
  'kicker',
  'title',
  'titleSource',
  'subtitle',
  'column',
  'city',
  'county',
  'date',
  'dateSource',
  'authors',
  'authorRole',
  'authorRoles',
  'agency',
  'topics',
  'photos',
  'metrics',
  'corrections',
  'source',
  'review',
] as const satisfies readonly (keyof ArticleData)[];
