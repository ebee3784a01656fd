/**
 * The ranking benchmark's archive: a generated archive (scripts/generate-archive.ts)
 * with invented terms planted in controlled fields, counts and body lengths.
 * Every other order signal is left to chance: dates, places, where in the body
 * a term stands. Each term also has decoys: articles that print its two
 * halves apart many times, and the whole term once or not at all.
 *
 * Pairs of invented words are planted the same way for two-word queries: both
 * in the headline, one in the headline block and one in the body, both close
 * together in the body (in one short sentence), both far apart in the body
 * (printed more often than the close ones), each word alone, and decoys that
 * print one word's halves apart beside the other word.
 *
 * The relevance of an article for a term or a pair is graded from its text
 * alone, by the rules a reader of a news archive would apply, not by the
 * ranking's formula (see `relevanceGrade` and `pairGrade`).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { buildCorpus, generateArchive, SEED_DIR } from '../scripts/generate-archive.ts';
import { checkArticles } from '../src/checks/content-check.ts';
import type { CheckedArticle } from '../src/model/entry.ts';
import { splitEntry } from '../src/model/entry.ts';
import { bodyText } from '../src/text/markdown.ts';
import { mulberry32 } from '../tools/random.ts';
import { PROXIMITY } from '../src/search/rank.ts';

/** Invented place names that print nowhere in the generated text: each is planted, and searched for. */
export const PLANTED_TERMS = ['碧澜湾畔', '青岚古道', '霁川湖岸', '翠屏峪口', '云锦塘坝', '雁栖洲头'] as const;

/** Where and how often a term is planted in one article, and how long its body is. */
interface Planting {
  field?: 'title' | 'kicker' | 'subtitle' | 'column';
  /** Occurrences in the body. */
  count: number;
  /** Body length in characters, from and to. */
  length: [number, number];
  /** Times each half of the term is printed apart from the other. */
  halves?: number;
}

/** The articles planted for each term. */
const PLANTINGS: readonly Planting[] = [
  { field: 'title', count: 1, length: [800, 2500] },
  { field: 'kicker', count: 1, length: [800, 2500] },
  { field: 'subtitle', count: 0, length: [800, 2500] },
  { field: 'column', count: 1, length: [800, 2500] },
  { count: 2, length: [350, 550] },
  { count: 5, length: [1200, 1800] },
  { count: 8, length: [2500, 3500] },
  { count: 3, length: [3500, 4500] },
  { count: 1, length: [800, 1600] },
  { count: 1, length: [1200, 2000], halves: 10 },
  { count: 0, length: [1200, 2000], halves: 10 },
];

/** Pairs of invented words, printed nowhere in the generated text, searched for together. */
export const PLANTED_PAIRS = [
  ['澄漪河谷', '栖霞林带'],
  ['岚屿湿地', '霜枫古渡'],
  ['汀兰渠首', '映雪峰麓'],
  ['翠微坡地', '浣纱溪口'],
] as const;

/** Where a pair's words are planted in one article. */
interface PairPlanting {
  /** Both words in the headline; or the first in the kicker. */
  headline?: 'both' | 'kicker';
  /** Sentences printing both words close together. */
  close: number;
  /** Sentences printing one word each, at random places (far apart in a long body). */
  apart: number;
  /** Sentences printing only the first or only the second word. */
  only?: 'first' | 'second';
  /** Times each half of the first word is printed apart, beside the second word (a decoy). */
  halves?: boolean;
  /** Body length in characters, from and to. */
  length: [number, number];
}

/** The articles planted for each pair. */
const PAIR_PLANTINGS: readonly PairPlanting[] = [
  { headline: 'both', close: 0, apart: 1, length: [800, 2500] },
  { headline: 'kicker', close: 0, apart: 1, length: [800, 2500] },
  { close: 1, apart: 0, length: [1200, 2000] },
  { close: 2, apart: 0, length: [2500, 3500] },
  { close: 1, apart: 0, length: [400, 600] },
  { close: 0, apart: 4, length: [2500, 3500] },
  { close: 0, apart: 2, length: [1500, 2500] },
  { close: 0, apart: 1, length: [3500, 4500] },
  { close: 0, apart: 5, only: 'first', length: [800, 1600] },
  { close: 0, apart: 5, only: 'second', length: [800, 1600] },
  { close: 0, apart: 3, halves: true, length: [1200, 2000] },
];

export interface GradedArticle {
  slug: string;
  grade: number;
}

/**
 * How relevant an article is for a term, from its text: 4 when the headline
 * prints it, 3 when the kicker, subtitle or column does, else by the body:
 * 2 when it prints the term often (twice or more, at least twice per 1,000
 * characters, or six times or more), 1 when it prints it at all, 0 when not.
 * @example relevanceGrade({ title: '碧澜湾畔新貌' }, '', '碧澜湾畔') // 4
 */
export function relevanceGrade(fields: { title: string; kicker?: string; subtitle?: string; column?: string }, body: string, term: string): number {
  if (fields.title.includes(term)) return 4;
  if ([fields.kicker, fields.subtitle, fields.column].some((field) => field?.includes(term))) return 3;
  const count = body.split(term).length - 1;
  const perThousand = (count * 1000) / Math.max(1, [...body.replace(/\s/g, '')].length);
  if ((count >= 2 && perThousand >= 2) || count >= 6) return 2;
  return count > 0 ? 1 : 0;
}

/** Whether two words stand close: in one sentence, or within PROXIMITY characters first to last. */
function close(body: string, a: string, b: string): boolean {
  const text = body.replace(/\s/g, '');
  if (text.split(/[。！？]/).some((sentence) => sentence.includes(a) && sentence.includes(b))) return true;
  const at = (word: string) => [...text.matchAll(new RegExp(word, 'g'))].map((match) => match.index);
  return at(a).some((i) => at(b).some((j) => Math.max(i + a.length, j + b.length) - Math.min(i, j) <= PROXIMITY));
}

/**
 * How relevant an article is for a pair of words, from its text: 0 unless it
 * prints both; 4 when its headline prints both, 3 when its headline block
 * prints at least one, 2 when the body prints them close together (in one
 * sentence or about fifty characters), else 1.
 * @example pairGrade({ title: '澄漪河谷与栖霞林带' }, '', '澄漪河谷', '栖霞林带') // 4
 */
export function pairGrade(fields: { title: string; kicker?: string; subtitle?: string; column?: string }, body: string, a: string, b: string): number {
  const block = [fields.title, fields.kicker, fields.subtitle, fields.column].filter(Boolean).join('\n');
  const printed = `${block}\n${body}`;
  if (!printed.includes(a) || !printed.includes(b)) return 0;
  if (fields.title.includes(a) && fields.title.includes(b)) return 4;
  if (block.includes(a) || block.includes(b)) return 3;
  return close(body, a, b) ? 2 : 1;
}

/** Sentences about a term, or one of its halves, for planting in a body. */
const about = (name: string, random: () => number) =>
  [`${name}一带的生态环境持续向好。`, `在${name}开展的巡查发现问题均已整改。`, `${name}周边新增绿地多处。`, `记者走访${name}，沿线水清岸绿。`][
    Math.floor(random() * 4)
  ]!;

/** A body of about `length` characters from the corpus's sentences, with `planted` sentences at random places, in paragraphs. */
function plantedBody(sentences: readonly string[], planted: readonly string[], length: number, random: () => number): string {
  const plain: string[] = [];
  let size = planted.join('').length;
  while (size < length) {
    const sentence = sentences[Math.floor(random() * sentences.length)]!;
    plain.push(sentence);
    size += sentence.length;
  }
  for (const sentence of planted) plain.splice(Math.floor(random() * (plain.length + 1)), 0, sentence);
  const paragraphs: string[] = [];
  for (let i = 0; i < plain.length; i += 4) paragraphs.push(plain.slice(i, i + 4).join(''));
  return `${paragraphs.join('\n\n')}\n`;
}

/** Rewrites a generated entry into a planted one: its headline block and body, no figures (they quote the old body). */
function plant(file: string, term: string, planting: Planting, sentences: readonly string[], random: () => number): void {
  const entry = splitEntry(readFileSync(file, 'utf8'))!;
  const data = parse(entry.frontmatter) as Record<string, unknown>;
  delete data.metrics;
  delete data.kicker;
  delete data.subtitle;
  delete data.column;
  if (planting.field === 'title') data.title = `${term}${String(data.title).slice(-6)}`;
  if (planting.field === 'kicker') data.kicker = `${term}生态环境监测站`;
  if (planting.field === 'subtitle') data.subtitle = `———${term}生态修复纪实`;
  if (planting.field === 'column') data.column = `${term}观察`;
  const [first, second] = [term.slice(0, 2), term.slice(2)];
  const planted = [
    ...Array.from({ length: planting.count }, () => about(term, random)),
    ...Array.from({ length: planting.halves ?? 0 }, () => [about(first, random), about(second, random)]).flat(),
  ];
  const length = planting.length[0] + Math.floor(random() * (planting.length[1] - planting.length[0]));
  writeFileSync(file, `---\n${stringify(data, { lineWidth: 0 })}---\n\n${plantedBody(sentences, planted, length, random)}`);
}

/** Sentences printing two words close together. */
const aboutBoth = (a: string, b: string, random: () => number) =>
  [`${a}至${b}一线生态持续向好。`, `从${a}到${b}，沿线水清岸绿。`, `${a}与${b}新增绿地多处。`][Math.floor(random() * 3)]!;

/** Rewrites a generated entry into one planted with a pair's words. */
function plantPair(file: string, [a, b]: readonly [string, string], planting: PairPlanting, sentences: readonly string[], random: () => number): void {
  const entry = splitEntry(readFileSync(file, 'utf8'))!;
  const data = parse(entry.frontmatter) as Record<string, unknown>;
  for (const key of ['metrics', 'kicker', 'subtitle', 'column']) delete data[key];
  if (planting.headline === 'both') data.title = `${a}连通${b}${String(data.title).slice(-4)}`;
  if (planting.headline === 'kicker') data.kicker = `${a}生态环境监测站`;
  // What the body prints apart: the kicker's article and the decoy print only the second word whole.
  const words = planting.only === 'first' ? [a] : planting.only === 'second' || planting.headline === 'kicker' || planting.halves ? [b] : [a, b];
  const planted = [
    ...Array.from({ length: planting.close }, () => aboutBoth(a, b, random)),
    ...Array.from({ length: planting.apart }, () => words.map((word) => about(word, random))).flat(),
    ...(planting.halves ? Array.from({ length: 10 }, () => [about(a.slice(0, 2), random), about(a.slice(2), random)]).flat() : []),
  ];
  const length = planting.length[0] + Math.floor(random() * (planting.length[1] - planting.length[0]));
  writeFileSync(file, `---\n${stringify(data, { lineWidth: 0 })}---\n\n${plantedBody(sentences, planted, length, random)}`);
}

/** The query of a planted pair: both words. */
export const pairQuery = ([a, b]: readonly [string, string]) => `${a} ${b}`;

export interface RankingArchive {
  /** For each planted term and each pair's query, every article that prints it or its halves, with its grade. */
  grades: Map<string, GradedArticle[]>;
  /** The archive's entries, as the content check read them. */
  articles: CheckedArticle[];
}

/**
 * Writes the ranking archive into `dir`: `base` generated articles, and for
 * each planted term and pair a set of articles rewritten to hold it (see
 * PLANTINGS and PAIR_PLANTINGS), chosen at random among them; returns the
 * graded articles.
 */
export function writeRankingArchive(dir: string, base: number, seed = 1): RankingArchive {
  const files = generateArchive({ count: base, dir, seed });
  const random = mulberry32(seed + 1);
  const { articles: seedArticles } = checkArticles(SEED_DIR);
  const sentences = buildCorpus(seedArticles).sentences;
  const order = files
    .map((file) => ({ file, key: random() }))
    .sort((a, b) => a.key - b.key)
    .map(({ file }) => file);
  let next = 0;
  for (const term of PLANTED_TERMS) for (const planting of PLANTINGS) plant(join(dir, order[next++]!), term, planting, sentences, random);
  for (const pair of PLANTED_PAIRS) for (const planting of PAIR_PLANTINGS) plantPair(join(dir, order[next++]!), pair, planting, sentences, random);
  const { articles, problems } = checkArticles(dir);
  if (problems.length > 0) throw new Error(`ranking archive: ${problems.length} problem(s), first: ${problems[0]!.message}`);
  const grades = new Map<string, GradedArticle[]>();
  for (const term of PLANTED_TERMS) {
    const graded = articles
      .map((article) => ({ slug: article.slug, grade: relevanceGrade(article.data, bodyText(article.body), term) }))
      .filter((article) => article.grade > 0);
    grades.set(term, graded);
  }
  for (const [a, b] of PLANTED_PAIRS) {
    const graded = articles
      .map((article) => ({ slug: article.slug, grade: pairGrade(article.data, bodyText(article.body), a, b) }))
      .filter((article) => article.grade > 0);
    grades.set(pairQuery([a, b]), graded);
  }
  if (readdirSync(dir).length !== base) throw new Error('ranking archive: planting changed the number of entries');
  return { grades, articles };
}
