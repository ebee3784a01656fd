/**
 * A synthetic archive for pagination tests and the scale benchmark: N entries
 * that pass the content check, built from the seed articles' real sentences
 * and paragraphs, reshuffled and moved to other places, dates and authors.
 * Deterministic: the same seed gives the same archive, byte for byte.
 * The articles of one day are printed on synthetic pages of that day's issue,
 * up to eight a page, written with their page entries into `sources/` beside
 * the articles folder, so the archive passes the content check and builds
 * its page and issue views. The articles carry no `source.lines`.
 *
 *   node scripts/generate-archive.ts --count 10000 --dir /tmp/archive [--seed 1] [--province-share 0.1] [--unknown-share 0.05]
 *
 * The output is synthetic and must never be mixed into the archive's articles.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { bodyText } from '../src/text/markdown.ts';
import { checkArticles } from '../src/checks/content-check.ts';
import { archiveLayout, layoutOf } from '../src/archive/layout.ts';
import type { CheckedArticle } from '../src/model/entry.ts';
import { CITIES, PROVINCE_ID, UNKNOWN_CITY_ID, getCity, placeSpellings, type AreaId, type City, type CityId, type County } from '../src/model/gazetteer.ts';
import { makeSlug } from '../src/model/slugs.ts';
import { TOPIC_IDS, type TopicId } from '../src/model/topics.ts';
import { mulberry32 } from '../tools/random.ts';
import { pageEntryName, pageSchema } from '../src/model/page.ts';
import { PUBLICATION } from '../src/model/schema.ts';
import { pageEntryText } from '../src/importer/page-entry.ts';
import { sha256Hex } from '../src/archive/digest.ts';
import { inkCount } from '../src/text/ink.ts';
import { endsSentence, splitSentences } from '../src/text/sentences.ts';
import { opensWithDateline } from '../src/text/dateline.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SEED_DIR = archiveLayout({}, ROOT).articles;

export interface GenerateOptions {
  count: number;
  /** Output folder; emptied of `.md` files first. */
  dir: string;
  /** Where the synthetic pages go (emptied of earlier synthetic pages first): `sources/` beside `dir` by default. */
  sourcesDir?: string;
  seed?: number;
  /** Where the real articles come from. */
  seedDir?: string;
  /** First and last date (`YYYY-MM-DD`) the articles spread over; five years by default. */
  dates?: [string, string];
  /** Only these cities (all 11 by default, in turn). */
  cities?: readonly CityId[];
  /** Only these topics (a narrow archive makes long topic lists). */
  topics?: readonly TopicId[];
  /** How many different authors sign the articles (50 by default). */
  authorCount?: number;
  /** The share of articles filed as province-wide (`city: shanxi`), 0 by default. */
  provinceShare?: number;
  /** The share of articles whose city is not known (`city: unknown`), 0 by default. */
  unknownShare?: number;
  /** Most articles printed on one synthetic page (8 by default). */
  pageSize?: number;
}

interface Corpus {
  sentences: string[];
  paragraphs: string[];
  headings: string[];
  captions: string[];
}

/** Sentences, paragraphs and subheadings of the seed articles, without their datelines. */
export function buildCorpus(articles: readonly CheckedArticle[]): Corpus {
  const corpus: Corpus = { sentences: [], paragraphs: [], headings: [], captions: [] };
  for (const article of articles) {
    for (const block of article.body
      .split(/\n\s*\n/)
      .map((b) => b.trim())
      .filter(Boolean)) {
      if (block.startsWith('## ')) corpus.headings.push(block.slice(3).trim());
      else if (!block.startsWith('#') && !block.includes('科学导报讯')) {
        corpus.paragraphs.push(block);
        corpus.sentences.push(...splitSentences(block).filter((s) => endsSentence(s) && s.length >= 12));
      }
    }
    corpus.captions.push(...article.data.photos.map((photo) => photo.caption));
  }
  return corpus;
}

// Districts spelled with their city (阳泉市城区) are left out: the city part moves like any city name.
const PLACES = placeSpellings().filter((place) => place.form !== 'cityDistrict');
const PLACE_PATTERN = new RegExp(PLACES.map((p) => p.name).join('|'), 'gu');
const PLACE_FORM = new Map(PLACES.map((p) => [p.name, p.form]));

/** Moves a sentence to another place: every city and county name becomes the new one. */
function relocate(text: string, city: City, county: County | undefined): string {
  return text.replace(PLACE_PATTERN, (name) => {
    switch (PLACE_FORM.get(name)) {
      case 'city':
        return city.fullName;
      case 'cityShort':
        return city.name;
      case 'county':
        return county?.name ?? city.fullName;
      default:
        return county?.short ?? county?.name ?? city.name;
    }
  });
}

/** Varies the figures of a sentence (not years), keeping their number of decimals. */
function varyNumbers(text: string, random: () => number): string {
  return text.replace(/\d+(?:\.\d+)?/g, (number) => {
    if (/^(19|20)\d\d$/.test(number)) return number;
    const decimals = number.split('.')[1]?.length ?? 0;
    const varied = Number(number) * (0.5 + random());
    return decimals > 0 ? varied.toFixed(decimals) : String(Math.max(1, Math.round(varied)));
  });
}

const VERBS = ['扎实推进', '全力打好', '持续深化', '聚力攻坚', '系统推进', '着力强化', '统筹抓好', '创新开展', '全面提升', '多措并举抓好'];
const OBJECTS: [string, TopicId][] = [
  ['大气污染防治', 'air'],
  ['蓝天保卫战', 'air'],
  ['水环境治理', 'water'],
  ['碧水保卫战', 'water'],
  ['土壤污染防治', 'soil'],
  ['危险废物规范化管理', 'waste'],
  ['固废综合利用', 'waste'],
  ['生态环境执法', 'enforcement'],
  ['执法帮扶', 'enforcement'],
  ['农村人居环境整治', 'rural'],
  ['生态保护修复', 'ecology'],
  ['湿地保护', 'ecology'],
  ['减污降碳协同增效', 'carbon'],
  ['环保普法宣传', 'training'],
  ['业务能力培训', 'training'],
];
export const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '郭', '郝', '牛', '温', '来', '邵', '吕', '冯', '闫'];
export const GIVEN = ['虹', '梅', '玫', '钢', '康', '建国', '荣鑫', '苗锋', '晓燕', '志强', '丽娜', '文博', '海涛', '静', '磊', '佳'];
const ROLES = ['科学导报记者', '科学导报通讯员', undefined];

const DAY = 86_400_000;

/** One seeded stream of dice, so that a seed always gives the same archive. */
interface Dice {
  random: () => number;
  pick: <T>(list: readonly T[]) => T;
  between: (low: number, high: number) => number;
}

function dice(seed: number): Dice {
  const random = mulberry32(seed);
  return {
    random,
    pick: (list) => list[Math.floor(random() * list.length)]!,
    between: (low, high) => low + Math.floor(random() * (high - low + 1)),
  };
}

/** What every generated article draws from. */
interface Plan {
  seed: number;
  cities: readonly City[];
  headlines: readonly [string, TopicId][];
  topics: readonly TopicId[];
  authors: string[];
  corpus: Corpus;
  /** The first day, in ms since the epoch, and the number of days to spread over. */
  first: number;
  days: number;
  /** The shares of articles filed as province-wide and as of an unknown city. */
  provinceShare: number;
  unknownShare: number;
}

/** The options checked, and what the articles will be made of. */
function plan(options: GenerateOptions): Plan {
  const { count, seed = 1, seedDir = SEED_DIR, dates = ['2021-01-01', '2025-12-31'], authorCount = 50 } = options;
  const headlines = options.topics ? OBJECTS.filter(([, topic]) => options.topics!.includes(topic)) : OBJECTS;
  if (headlines.length === 0) throw new Error('generate-archive: no headline fits the topics asked for');
  if (!Number.isInteger(count) || count < 0) throw new Error(`generate-archive: --count must be a whole number, got ${count}`);
  const first = Date.parse(`${dates[0]}T00:00:00Z`);
  const days = Math.round((Date.parse(`${dates[1]}T00:00:00Z`) - first) / DAY) + 1;
  if (!(days > 0)) throw new Error(`generate-archive: the dates ${dates.join('..')} are not a range`);
  const { provinceShare = 0, unknownShare = 0 } = options;
  if (!(provinceShare >= 0 && unknownShare >= 0 && provinceShare + unknownShare <= 1))
    throw new Error('generate-archive: --province-share and --unknown-share must be shares between 0 and 1 together');
  const { problems, articles } = checkArticles(seedDir, ROOT);
  if (problems.length > 0 || articles.length === 0) throw new Error(`generate-archive: the seed articles in ${seedDir} do not pass the content check`);
  // Two names with one pinyin (王梅, 王玫) first, as real bylines have them.
  const authorPool = ['王梅', '王玫', ...SURNAMES.flatMap((surname) => GIVEN.map((given) => surname + given))];
  return {
    seed,
    cities: options.cities?.map(getCity) ?? CITIES,
    headlines,
    topics: options.topics ?? TOPIC_IDS,
    authors: [...new Set(authorPool)].slice(0, Math.max(1, authorCount)),
    corpus: buildCorpus(articles),
    first,
    days,
    provinceShare,
    unknownShare,
  };
}

/** Writes `count` synthetic entries into `dir`; returns their file names. */
export function generateArchive(options: GenerateOptions): string[] {
  const archive = plan(options);
  const roll = dice(archive.seed);
  // A stream of its own, so an archive without province-wide or unknown-city shares stays the same, byte for byte.
  const areaRoll = mulberry32(archive.seed + 7919);
  mkdirSync(options.dir, { recursive: true });
  for (const name of readdirSync(options.dir)) if (name.endsWith('.md')) rmSync(join(options.dir, name));
  const slugs = new Set<string>();
  const written: Generated[] = [];
  for (let n = 0; n < options.count; n++) {
    const article = drawArticle(n, archive, roll, areaRoll);
    const body = drawBody(article, archive.corpus, roll);
    const metrics = drawMetrics(article, body, roll);
    const slugArea = article.area === UNKNOWN_CITY_ID ? undefined : article.area;
    let slug = makeSlug(slugArea, article.date, article.title);
    for (let k = 2; slugs.has(slug); k++) slug = `${makeSlug(slugArea, article.date, article.title)}-${k}`;
    slugs.add(slug);
    const frontmatter = drawFrontmatter(n, article, metrics, archive, roll);
    written.push({ file: `${slug}.md`, frontmatter, body });
  }
  printOnPages(written, options.sourcesDir ?? layoutOf(options.dir).sources, archive.seed, options.pageSize);
  for (const { file, frontmatter, body } of written) writeFileSync(join(options.dir, file), `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${body}`);
  return written.map((entry) => entry.file);
}

interface Generated {
  file: string;
  frontmatter: { title: string; date: string; source: { publication: string; file: string; page: number } };
  body: string;
}

/**
 * Prints the articles on synthetic pages, a day's articles in their order on
 * that day's issue, and writes each page file with its page entry; sets each
 * article's `source`.
 */
function printOnPages(articles: readonly Generated[], sourcesDir: string, seed: number, pageSize = 8): void {
  mkdirSync(sourcesDir, { recursive: true });
  const prefix = `synthetic-${seed}-`;
  for (const name of readdirSync(sourcesDir)) if (name.startsWith('synthetic-')) rmSync(join(sourcesDir, name));
  const byDate = Map.groupBy(articles, (article) => article.frontmatter.date);
  for (const [date, ofDay] of byDate) {
    for (let start = 0; start < ofDay.length; start += pageSize) {
      const page = start / pageSize + 1;
      const file = `${prefix}${date}-${page}.txt`;
      const printed = ofDay.slice(start, start + pageSize);
      const text = printed.map((article) => `${article.frontmatter.title}\n${bodyText(article.body)}\n`).join('\n');
      const bytes = new TextEncoder().encode(text);
      const inFields = printed.reduce((sum, article) => sum + inkCount(article.frontmatter.title), 0);
      const entry = pageSchema.parse({
        file,
        sha256: sha256Hex(bytes),
        date,
        issueNumber: null,
        page,
        pageName: null,
        accounting: { onPage: inkCount(text), inBodies: inkCount(text) - inFields, inFields, unassigned: 0 },
      });
      writeFileSync(join(sourcesDir, file), bytes);
      writeFileSync(join(sourcesDir, pageEntryName(file)), pageEntryText(entry));
      for (const article of printed) article.frontmatter.source = { publication: PUBLICATION, file, page };
    }
  }
}

/** An article's place, date, headline, topics and byline, before its text. */
interface Drawn {
  /** Where it is filed: its city, or the province, or an unknown city. */
  area: AreaId;
  /** The city its text is taken to be about. */
  city: City;
  county: County | undefined;
  date: string;
  /** The headline's object (大气污染防治), the subject of its figures' labels. */
  object: string;
  title: string;
  topics: TopicId[];
  byline: string[];
  dateline: boolean;
}

/** The `n`th article: every city in turn, the rest by the dice; `areaRoll` files a share of them under the province or an unknown city. */
function drawArticle(n: number, plan: Plan, { random, pick, between }: Dice, areaRoll: () => number): Drawn {
  const { cities, headlines, topics, authors, first, days, provinceShare, unknownShare } = plan;
  const city = cities[n % cities.length]!;
  const roll = provinceShare + unknownShare > 0 ? areaRoll() : 1;
  const area: AreaId = roll < provinceShare ? PROVINCE_ID : roll < provinceShare + unknownShare ? UNKNOWN_CITY_ID : city.id;
  const drawnCounty = random() < 0.8 ? pick(city.counties) : undefined;
  // An article about no single city names the city it was taken from in its text, but is filed without it.
  const county = area === city.id ? drawnCounty : undefined;
  const date = new Date(first + between(0, days - 1) * DAY).toISOString().slice(0, 10);
  const [object, mainTopic] = pick(headlines);
  const place = area === PROVINCE_ID ? '全省' : area === UNKNOWN_CITY_ID ? '' : (county?.short ?? county?.name ?? city.name);
  const title = `${place}${pick(VERBS)}${object}`;
  const drawnTopics = [...new Set<TopicId>([mainTopic, ...Array.from({ length: between(0, 2) }, () => pick(topics))])];
  const byline = [...new Set(Array.from({ length: random() < 0.75 ? 1 : 2 }, () => pick(authors)))];
  return { area, city, county, date, object, title, topics: drawnTopics, byline, dateline: random() < 0.6 };
}

/** Paragraphs and subheadings of real articles, moved to the article's place, numbers varied; a dateline when it has one. */
function drawBody({ city, county, date, dateline }: Drawn, corpus: Corpus, { random, pick, between }: Dice): string {
  const paragraphs: string[] = [];
  const length = between(2, 14);
  for (let p = 0; p < length; p++) {
    if (p > 1 && p % 4 === 2 && random() < 0.7) paragraphs.push(`## ${relocate(pick(corpus.headings), city, county)}`);
    const text = random() < 0.4 ? pick(corpus.paragraphs) : Array.from({ length: between(1, 5) }, () => pick(corpus.sentences)).join('');
    paragraphs.push(varyNumbers(relocate(text, city, county), random));
  }
  if (dateline) {
    const [, month, day] = date.split('-').map(Number);
    paragraphs[0] = `科学导报讯 ${month} 月 ${day} 日，${paragraphs[0]!.startsWith('## ') ? relocate(pick(corpus.sentences), city, county) : paragraphs[0]}`;
  }
  return `${paragraphs.join('\n\n')}\n`;
}

interface DrawnMetric {
  label: string;
  value: number;
  unit: string;
  subject: string;
  quote: string;
}

/** Up to three figures, each the first number with a unit in a sentence of the body. */
function drawMetrics({ city, county, object }: Drawn, body: string, { pick, between }: Dice): DrawnMetric[] {
  const metrics: DrawnMetric[] = [];
  const candidates = bodyText(body)
    .split('\n')
    .flatMap(splitSentences)
    .filter((s) => endsSentence(s) && /\d/.test(s) && !opensWithDateline(s));
  for (let m = 0; m < Math.min(between(0, 3), candidates.length); m++) {
    const quote = pick(candidates).trim();
    // The first figure with a unit; a year alone is no figure.
    const figure = [...quote.matchAll(/(\d+(?:\.\d+)?)\s*(%|万元|亿元|吨|家|个|件|台|天|人|次|公里|亩|起|条|处|座)/g)][0];
    if (!figure || metrics.some((metric) => metric.quote === quote)) continue;
    metrics.push({ label: `${object}相关数据`, value: Number(figure[1]), unit: figure[2]!, subject: county?.name ?? city.fullName, quote });
  }
  return metrics;
}

/** The entry's frontmatter, its page still to be printed; role, kicker and photo by the dice. */
function drawFrontmatter(n: number, article: Drawn, metrics: DrawnMetric[], { seed, corpus }: Plan, { random, pick }: Dice) {
  const { area, city, county } = article;
  const role = pick(ROLES);
  return {
    uid: `synthetic-${seed}-${n + 1}`,
    title: article.title,
    // A kicker prints the issuing office, which would settle the city: none where it is not known.
    ...(random() < 0.3 && area !== UNKNOWN_CITY_ID ? { kicker: area === PROVINCE_ID ? '山西省生态环境厅' : `${city.fullName}生态环境局` } : {}),
    city: area,
    ...(county ? { county: county.name } : {}),
    date: article.date,
    dateSource: article.dateline ? 'dateline' : 'issue',
    authors: article.byline,
    ...(role ? { authorRole: role } : {}),
    topics: article.topics,
    ...(random() < 0.2 ? { photos: [{ caption: relocate(pick(corpus.captions), city, county), credit: `图片由${city.fullName}生态环境局提供` }] } : {}),
    source: { publication: PUBLICATION, file: '', page: 1 },
    ...(metrics.length > 0 ? { metrics } : {}),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      count: { type: 'string' },
      dir: { type: 'string' },
      seed: { type: 'string', default: '1' },
      'province-share': { type: 'string', default: '0' },
      'unknown-share': { type: 'string', default: '0' },
    },
  });
  if (!values.count || !values.dir) {
    console.error('usage: node scripts/generate-archive.ts --count N --dir DIR [--seed S] [--province-share 0.1] [--unknown-share 0.05]');
    process.exit(2);
  }
  try {
    const files = generateArchive({
      count: Number(values.count),
      dir: resolve(values.dir),
      seed: Number(values.seed),
      provinceShare: Number(values['province-share']),
      unknownShare: Number(values['unknown-share']),
    });
    console.log(`${files.length} synthetic article(s) written to ${values.dir}`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
