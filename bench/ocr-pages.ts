/**
 * OCR-like pages for the import benchmark, made of the archive's own
 * sentences (the curated entries' bodies): each page sets three to seven
 * articles in columns of its own width (14 to 30 em), with the blank lines
 * OCR scatters, datelines, kickers, headlines over two lines, bylines inline
 * or on their own line, photo captions, and the furniture out of reading
 * order as the seed page prints it (headline after its body, a byline after
 * the headline). A manifest gives each page its weekly issue date and page
 * number. Deterministic: the same seed gives the same pages, byte for byte.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GIVEN, SEED_DIR, SURNAMES, buildCorpus } from '../scripts/generate-archive.ts';
import { checkArticles } from '../src/checks/content-check.ts';
import { CITIES } from '../src/model/gazetteer.ts';
import { setParagraph, type Indent } from '../tools/ocr-layout.ts';
import { mulberry32 } from '../tools/random.ts';

export interface OcrPageOptions {
  count: number;
  /** Folder the pages and `pages.csv` are written into. */
  dir: string;
  seed?: number;
  /** Where the sentences come from. */
  seedDir?: string;
  /** The first page's issue date; each next page is a week later. */
  firstIssue?: string;
}

type Random = () => number;

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Headline phrases of an article: clauses of its first paragraph four to
 * nine Chinese characters long, so the importer can match the headline to
 * its body by the words they share.
 * @example headlinePhrases('科学导报讯，守护蓝天白云，推进污染防治工作，共建美丽家园。') // ['守护蓝天白云', '推进污染防治工作', '共建美丽家园']
 */
export function headlinePhrases(paragraph: string): string[] {
  return paragraph.split(/[，。；：、！？“”‘’（）\s]/u).filter((clause) => /^\p{Script=Han}{4,9}$/u.test(clause) && !clause.startsWith('科学导报'));
}

/** One article as printed lines: body, byline and headline block, in one of the orders the paper uses. */
function articleLines(random: Random, sentences: readonly string[], captions: readonly string[], issue: number, width: number, indent: Indent): string[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const city = pick(CITIES);
  const paragraphs = Array.from({ length: between(2, 6) }, () => Array.from({ length: between(1, 4) }, () => pick(sentences)).join(''));
  if (random() < 0.6) {
    const day = new Date(issue - between(1, 6) * DAY);
    paragraphs[0] = `科学导报讯 ${day.getUTCMonth() + 1} 月 ${day.getUTCDate()} 日，${paragraphs[0]}`;
  }
  const body = paragraphs.flatMap((paragraph) => setParagraph(paragraph, width, indent));
  const names = [...new Set(Array.from({ length: random() < 0.75 ? 1 : 2 }, () => pick(SURNAMES) + pick(GIVEN)))];
  const ownLine = random() < 0.5;
  if (!ownLine) body[body.length - 1] += ` ${names.join(' ')}`;
  const byline = ownLine ? [`姻 科学导报记者 ${names.join(' ')}`] : [];
  const phrases = headlinePhrases(paragraphs[0]!);
  const headline = [...(random() < 0.6 ? [`${city.fullName}生态环境局`] : []), ...phrases.slice(0, between(1, 2))];
  const photo = random() < 0.15 ? [pick(captions), `图片由${city.fullName}生态环境局提供`] : [];
  const order = random();
  if (order < 0.5) return [...body, ...byline, ...headline, ...photo];
  if (order < 0.8 || !ownLine) return [...headline, ...body, ...byline, ...photo];
  return [...body, ...headline, ...byline, ...photo];
}

/** One page's text: its articles, each line followed by the blank lines OCR left. */
function pageText(random: Random, sentences: readonly string[], captions: readonly string[], issue: number): string {
  const width = 14 + Math.floor(random() * 17);
  const indent: Indent = random() < 0.5 ? 'fullwidth-spaces' : 'shortened';
  const blankEvery = random() < 0.5;
  const lines = Array.from({ length: 3 + Math.floor(random() * 5) }, () => articleLines(random, sentences, captions, issue, width, indent)).flat();
  return lines.map((line) => `${line}\n${blankEvery || random() < 0.3 ? '\n' : ''}`).join('');
}

/**
 * Writes `count` pages (`page-0001.txt` …) and their manifest (`pages.csv`)
 * into `dir`; returns the page files in order and the manifest.
 */
export function generateOcrPages(options: OcrPageOptions): { pages: string[]; manifest: string } {
  const { count, dir, seed = 1, seedDir = SEED_DIR, firstIssue = '2025-01-02' } = options;
  const { articles, problems } = checkArticles(seedDir);
  if (problems.length > 0 || articles.length === 0) throw new Error(`ocr-pages: the articles in ${seedDir} do not pass the content check`);
  const corpus = buildCorpus(articles);
  const random = mulberry32(seed);
  mkdirSync(dir, { recursive: true });
  const rows = ['file,date,page,page name,issue number'];
  const pages: string[] = [];
  const first = Date.parse(`${firstIssue}T00:00:00Z`);
  for (let n = 0; n < count; n++) {
    const issue = first + 7 * DAY * n;
    const name = `page-${String(n + 1).padStart(4, '0')}.txt`;
    writeFileSync(join(dir, name), pageText(random, corpus.sentences, corpus.captions, issue));
    rows.push(`${name},${isoDay(issue)},3,生态环境,${n + 1}`);
    pages.push(join(dir, name));
  }
  const manifest = join(dir, 'pages.csv');
  writeFileSync(manifest, `${rows.join('\n')}\n`);
  return { pages, manifest };
}
