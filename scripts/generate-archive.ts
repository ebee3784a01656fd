/**
 * A synthetic archive for pagination tests and the scale benchmark: N entries
 * that pass the content check, built from the seed articles' real sentences
 * and paragraphs, reshuffled and moved to other places, dates and authors.
 * Deterministic: the same seed gives the same archive, byte for byte.
 *
 *   node scripts/generate-archive.ts --count 10000 --dir /tmp/archive [--seed 1]
 *
 * The output is synthetic and must never be mixed into content/articles/.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { bodyText } from '../src/text/markdown.ts';
import { checkArticles } from '../src/checks/content-check.ts';
import type { CheckedArticle } from '../src/model/entry.ts';
import { CITIES, getCity, type City, type CityId, type County } from '../src/model/gazetteer.ts';
import { makeSlug } from '../src/model/slugs.ts';
import { TOPIC_IDS, type TopicId } from '../src/model/topics.ts';
import { mulberry32 } from '../tools/random.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SEED_DIR = join(ROOT, 'content/articles');

export interface GenerateOptions {
  count: number;
  /** Output folder; emptied of `.md` files first. */
  dir: string;
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
}

interface Corpus {
  sentences: string[];
  paragraphs: string[];
  headings: string[];
  captions: string[];
}

const SENTENCE = /[^。！？\n]+[。！？][”’」）]*/gu;

/** Sentences, paragraphs and subheadings of the seed articles, without their datelines. */
export function buildCorpus(articles: readonly CheckedArticle[]): Corpus {
  const corpus: Corpus = { sentences: [], paragraphs: [], headings: [], captions: [] };
  for (const article of articles) {
    for (const block of article.body.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean)) {
      if (block.startsWith('## ')) corpus.headings.push(block.slice(3).trim());
      else if (!block.startsWith('#') && !block.includes('科学导报讯')) {
        corpus.paragraphs.push(block);
        corpus.sentences.push(...(block.match(SENTENCE) ?? []).map((s) => s.trim()).filter((s) => s.length >= 12));
      }
    }
    corpus.captions.push(...article.data.photos.map((photo) => photo.caption));
  }
  return corpus;
}

interface PlaceName {
  pattern: string;
  kind: 'city' | 'cityShort' | 'county' | 'countyShort';
}

/**
 * Every place name of the gazetteer that can be told apart in running text,
 * longest first so 泽州县 is replaced before 泽州. 城区, 矿区 and 郊区 are
 * left out: they are ordinary words too.
 */
function placeNames(): PlaceName[] {
  const names: PlaceName[] = [];
  for (const city of CITIES) {
    names.push({ pattern: city.fullName, kind: 'city' }, { pattern: city.name, kind: 'cityShort' });
    for (const county of city.counties) {
      if (county.name.length < 3 && county.kind === 'district') continue;
      names.push({ pattern: county.name, kind: 'county' });
      if (county.short) names.push({ pattern: county.short, kind: 'countyShort' });
    }
  }
  return names.sort((a, b) => b.pattern.length - a.pattern.length);
}

const PLACES = placeNames();
const PLACE_PATTERN = new RegExp(PLACES.map((p) => p.pattern).join('|'), 'gu');
const PLACE_KIND = new Map(PLACES.map((p) => [p.pattern, p.kind]));

/** Moves a sentence to another place: every city and county name becomes the new one. */
function relocate(text: string, city: City, county: County | undefined): string {
  return text.replace(PLACE_PATTERN, (name) => {
    switch (PLACE_KIND.get(name)) {
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

/** Writes `count` synthetic entries into `dir`; returns their file names. */
export function generateArchive(options: GenerateOptions): string[] {
  const { count, dir, seed = 1, seedDir = SEED_DIR, dates = ['2021-01-01', '2025-12-31'], authorCount = 50 } = options;
  const cities = options.cities?.map(getCity) ?? CITIES;
  const objects = options.topics ? OBJECTS.filter(([, topic]) => options.topics!.includes(topic)) : OBJECTS;
  const topicIds = options.topics ?? TOPIC_IDS;
  if (objects.length === 0) throw new Error('generate-archive: no headline fits the topics asked for');
  if (!Number.isInteger(count) || count < 0) throw new Error(`generate-archive: --count must be a whole number, got ${count}`);
  const { problems, articles } = checkArticles(seedDir, ROOT);
  if (problems.length > 0 || articles.length === 0) throw new Error(`generate-archive: the seed articles in ${seedDir} do not pass the content check`);
  const corpus = buildCorpus(articles);
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  // Two names with one pinyin (王梅, 王玫) first, as real bylines have them.
  const authorPool = ['王梅', '王玫', ...SURNAMES.flatMap((surname) => GIVEN.map((given) => surname + given))];
  const authors = [...new Set(authorPool)].slice(0, Math.max(1, authorCount));

  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) if (name.endsWith('.md')) rmSync(join(dir, name));
  const slugs = new Set<string>();
  const files: string[] = [];
  const first = Date.parse(`${dates[0]}T00:00:00Z`);
  const dayCount = Math.round((Date.parse(`${dates[1]}T00:00:00Z`) - first) / 86_400_000) + 1;
  if (!(dayCount > 0)) throw new Error(`generate-archive: the dates ${dates.join('..')} are not a range`);

  for (let n = 0; n < count; n++) {
    const city = cities[n % cities.length]!; // every city, evenly
    const county = random() < 0.8 ? pick(city.counties) : undefined;
    const date = new Date(first + between(0, dayCount - 1) * 86_400_000).toISOString().slice(0, 10);
    const [object, mainTopic] = pick(objects);
    const place = county?.short ?? county?.name ?? city.name;
    const title = `${place}${pick(VERBS)}${object}`;
    const topics = [...new Set<TopicId>([mainTopic, ...Array.from({ length: between(0, 2) }, () => pick(topicIds))])];
    const byline = [...new Set(Array.from({ length: random() < 0.75 ? 1 : 2 }, () => pick(authors)))];
    const dateline = random() < 0.6;

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
    const body = `${paragraphs.join('\n\n')}\n`;

    const metrics: { label: string; value: number; unit: string; subject: string; quote: string }[] = [];
    const text = bodyText(body);
    const candidates = text.match(SENTENCE)?.filter((s) => /\d/.test(s) && !s.includes('科学导报讯')) ?? [];
    for (let m = 0; m < Math.min(between(0, 3), candidates.length); m++) {
      const quote = pick(candidates).trim();
      // The first figure with a unit; a year alone is no figure.
      const figure = [...quote.matchAll(/(\d+(?:\.\d+)?)\s*(%|万元|亿元|吨|家|个|件|台|天|人|次|公里|亩|起|条|处|座)/g)][0];
      if (!figure || metrics.some((metric) => metric.quote === quote)) continue;
      metrics.push({ label: `${object}相关数据`, value: Number(figure[1]), unit: figure[2]!, subject: county?.name ?? city.fullName, quote });
    }

    let slug = makeSlug(city.id, date, title);
    for (let k = 2; slugs.has(slug); k++) slug = `${makeSlug(city.id, date, title)}-${k}`;
    slugs.add(slug);
    const role = pick(ROLES);
    const frontmatter = {
      uid: `synthetic-${seed}-${n + 1}`,
      title,
      ...(random() < 0.3 ? { kicker: `${city.fullName}生态环境局` } : {}),
      city: city.id,
      ...(county ? { county: county.name } : {}),
      date,
      dateSource: dateline ? 'dateline' : 'issue',
      authors: byline,
      ...(role ? { authorRole: role } : {}),
      topics,
      ...(random() < 0.2 ? { photos: [{ caption: relocate(pick(corpus.captions), city, county), credit: `图片由${city.fullName}生态环境局提供` }] } : {}),
      source: { publication: '科学导报', file: `synthetic-seed-${seed}.txt`, page: between(1, 8) },
      ...(metrics.length > 0 ? { metrics } : {}),
    };
    const file = `${slug}.md`;
    writeFileSync(join(dir, file), `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${body}`);
    files.push(file);
  }
  return files;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { count: { type: 'string' }, dir: { type: 'string' }, seed: { type: 'string', default: '1' } } });
  if (!values.count || !values.dir) {
    console.error('usage: node scripts/generate-archive.ts --count N --dir DIR [--seed S]');
    process.exit(2);
  }
  try {
    const files = generateArchive({ count: Number(values.count), dir: resolve(values.dir), seed: Number(values.seed) });
    console.log(`${files.length} synthetic article(s) written to ${values.dir}`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
