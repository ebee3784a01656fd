import type { AstroIntegration } from 'astro';
import { articlePath } from '../model/slugs.ts';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { bodyText } from '../text/markdown.ts';
import type { CheckedArticle } from '../model/entry.ts';
import { formatProblem } from '../model/problem.ts';
import { codeDigest } from '../archive/code-digest.ts';
import { basePath } from '../view/base-path.ts';
import { articleText, PAD, RecordFieldTooLong, searchRecordHtml, type ArticleText } from '../search/record.ts';
import { readPartMetadata } from '../search/pagefind-files.ts';
import { TERM_FILL } from '../search/terms.ts';
import { articleIndexParts, indexingRounds, indexPartPath, partSizes, SEARCH_INDEX_FOLDER } from '../search/parts.ts';
import { availableParallelism } from 'node:os';

interface SearchRecord {
  url: string;
  /** The record's HTML, for Pagefind. */
  content: string;
  /** What the search page shows of the article. */
  text: ArticleText;
}

/**
 * ASCII punctuation and symbols, general punctuation (— “ ” ‘ ’ … ·), CJK
 * punctuation, full-width forms. Not the ASCII double quote: Pagefind reads it
 * as the mark of a phrase search.
 */
const COMMON_PUNCTUATION = [
  ..."!#$%&'()*+,-./:;<=>?@[\\]^_`{|}~·×÷°±",
  ...Array.from({ length: 0x2027 - 0x2010 + 1 }, (_, i) => String.fromCodePoint(0x2010 + i)),
  ...Array.from({ length: 0x303f - 0x3001 + 1 }, (_, i) => String.fromCodePoint(0x3001 + i)),
  ...'！＂＃＄％＆＇（）＊＋，－．／：；＜＝＞？＠［＼］＾＿｀｛｜｝～｟｠｡｢｣､･',
];

/** The layout of what a part's cache entry holds besides Pagefind's files; a change makes every entry stale. */
const PART_FORMAT = 'records with article text files, published files only, characters, 3';

const PAGEFIND_VERSION = (JSON.parse(readFileSync(new URL('../../node_modules/pagefind/package.json', import.meta.url), 'utf8')) as { version: string })
  .version;

/**
 * What of Pagefind's output the search page reads (src/search/client/pagefind.ts):
 * the entry file, the metadata, the index chunks and the filters. Not its
 * scripts, styles and WebAssembly, nor a fragment file an article: the search
 * page reads the index itself and shows an article from its text file.
 */
const ENTRY_FILE = 'pagefind-entry.json';

const PUBLISHED = /^(pagefind-entry\.json|pagefind\.[^/]+\.pf_meta|index|filter|text)$/;

/**
 * Indexes one part (in the Pagefind process of its round, see
 * writeSearchIndex), then writes each article's text beside the index as
 * `text/<page id>.json` (see record.ts), and keeps only what is published.
 */
async function writePart(records: SearchRecord[], includeCharacters: string, outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'und', includeCharacters });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  for (const { url, content } of records) {
    const added = await index.addHTMLFile({ url, content });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${url}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  const pages = pagesInOrder(outputPath, records);
  mkdirSync(join(outputPath, 'text'), { recursive: true });
  records.forEach((record, i) => writeFileSync(join(outputPath, 'text', `${pages[i]}.json`), JSON.stringify(record.text)));
  for (const name of readdirSync(outputPath)) if (!PUBLISHED.test(name)) rmSync(join(outputPath, name), { recursive: true });
}

/**
 * The ids Pagefind gave the part's pages, in page order, checked to be the
 * order the records were added in: the search page takes a page's place in
 * its part for its place in the archive's date order.
 */
function pagesInOrder(outputPath: string, records: readonly SearchRecord[]): string[] {
  const metaFile = readdirSync(outputPath).find((name) => name.endsWith('.pf_meta'))!;
  const { pages } = readPartMetadata(gunzipSync(readFileSync(join(outputPath, metaFile))));
  const urls = pages.map(
    ({ id }) =>
      (
        JSON.parse(
          gunzipSync(readFileSync(join(outputPath, 'fragment', `${id}.pf_fragment`)))
            .subarray(12)
            .toString('utf8'),
        ) as { url: string }
      ).url,
  );
  const misplaced = records.findIndex((record, i) => urls[i] !== record.url);
  if (pages.length !== records.length || misplaced >= 0)
    throw new Error(`Pagefind: the index does not keep the records' order (${records[misplaced]?.url ?? 'page count'})`);
  return pages.map(({ id }) => id);
}

/**
 * Puts the files of `from` at the same paths under `to`, as hard links where
 * the file system allows (a part of the index is some 10,000 files, and
 * linking them takes a fraction of the time copying would), else as copies.
 * The cache never changes a file once written, so a link is as good as a copy.
 */
function linkTree(from: string, to: string, wanted: (name: string) => boolean = () => true): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
    const source = join(entry.parentPath, entry.name);
    const name = relative(from, source);
    if (!entry.isFile() || !wanted(name)) continue;
    const target = join(to, name);
    mkdirSync(dirname(target), { recursive: true });
    try {
      linkSync(source, target);
    } catch {
      copyFileSync(source, target);
    }
  }
}

/** An article's search record; a headline block too long for it is the article's problem, named as such. */
function articleRecord(article: CheckedArticle, base: string): SearchRecord {
  const url = `${base}${articlePath(article.slug)}`;
  const text = articleText(article.data, bodyText(article.body), url);
  try {
    return { url, content: searchRecordHtml(article.data, text), text };
  } catch (error) {
    if (error instanceof RecordFieldTooLong)
      throw new Error(formatProblem({ file: article.file, field: error.field, message: error.message }), { cause: error });
    throw error;
  }
}

/** The characters of a part's records besides letters and digits (and the phrase quote), never the record's padding. */
function unusualCharacters(records: readonly SearchRecord[]): Set<string> {
  const found = new Set<string>();
  for (const { content } of records) for (const ch of content.replace(/<[^>]*>/g, '').match(/[^\p{L}\p{N}\s"]/gu) ?? []) found.add(ch);
  found.delete(PAD);
  return found;
}

/**
 * Every character the records use besides letters and digits, which must stay
 * part of a term instead of splitting it, the same in every part (the search
 * page splits a query by its part's set), and the term fill (see terms.ts);
 * never the record's padding, which must index as nothing. Starting from all
 * common punctuation keeps the set unchanged when new text brings nothing
 * unusual.
 */
function includedCharacters(partCharacters: readonly string[]): string {
  const kept = new Set<string>([...COMMON_PUNCTUATION, TERM_FILL, ...partCharacters.join('')]);
  kept.delete(PAD);
  return [...kept].sort().join('');
}

/**
 * The digest of the code a record is made by: src/search, src/model and
 * src/text, which import nothing else of the project.
 */
const RECORD_CODE = codeDigest(fileURLToPath(new URL('../../', import.meta.url)), ['src/search', 'src/model', 'src/text']);

/**
 * The cache entry of a part: named by the hash of everything its records are
 * made from (each article's address, data and body, and the code that makes
 * a record), so that a build finds an unchanged part without making its
 * records again (6 s for 10,000 articles).
 */
function cachedPartPath(cacheDir: string, articles: readonly CheckedArticle[], base: string): string {
  const hash = createHash('sha256').update(`${PART_FORMAT}\n${PAGEFIND_VERSION}\n${RECORD_CODE}\n${base}\n`);
  for (const article of articles) hash.update(`${article.slug}\n${JSON.stringify(article.data)}\n${article.body}\n`);
  return join(cacheDir, hash.digest('hex').slice(0, 24));
}

/**
 * Puts a cached part into the site: its files linked, and its entry file
 * written with the archive's characters kept in terms, so every part splits
 * a query alike. The cached entry lists Pagefind's own word characters and
 * the part's, all of which are the archive's too.
 */
function publishPart(cached: string, target: string, includeCharacters: string): void {
  linkTree(cached, target, (name) => name !== ENTRY_FILE && name !== CHARACTERS_FILE);
  const entry = JSON.parse(readFileSync(join(cached, ENTRY_FILE), 'utf8')) as { include_characters?: string[] };
  entry.include_characters = [...new Set([...(entry.include_characters ?? []), ...includeCharacters])];
  writeFileSync(join(target, ENTRY_FILE), JSON.stringify(entry));
}

/** The file of a part's cache entry that lists the characters besides letters and digits its records use. */
const CHARACTERS_FILE = 'characters.txt';

/**
 * Indexes a part into its cache entry, with the characters its records use
 * besides letters and digits, which it keeps beside the index. Indexed with
 * its own characters: a character its text does not hold changes nothing
 * Pagefind writes for it but the list in its entry file, which the build
 * writes with the archive's (see publishPart). So new text with a new
 * character indexes its own part again, not every part.
 */
async function indexPart(cached: string, articles: readonly CheckedArticle[], base: string): Promise<void> {
  const records = articles.map((article) => articleRecord(article, base));
  const characters = [...unusualCharacters(records)].sort().join('');
  // Written beside the cache entry first, so an interrupted build leaves no half entry.
  rmSync(`${cached}.tmp`, { recursive: true, force: true });
  mkdirSync(dirname(cached), { recursive: true });
  await writePart(records, characters, `${cached}.tmp`);
  writeFileSync(join(`${cached}.tmp`, CHARACTERS_FILE), characters);
  renameSync(`${cached}.tmp`, cached);
}

/** Removes the cache entries this build did not use: parts of earlier builds would only pile up. */
function pruneCache(cacheDir: string, kept: ReadonlySet<string>): void {
  if (!existsSync(cacheDir)) return;
  for (const name of readdirSync(cacheDir)) if (!kept.has(join(cacheDir, name))) rmSync(join(cacheDir, name), { recursive: true, force: true });
}

/** Articles in an older part and in the part recent (see src/search/parts.ts). */
export interface PartSizes {
  part: number;
  recent: number;
}

export interface IndexWritten {
  /** The parts, oldest first. */
  parts: { id: string; articles: number }[];
  reused: number;
}

interface PlannedPart {
  id: string;
  items: CheckedArticle[];
  /** Its cache entry. */
  cached: string;
}

/** An archive's index parts and which of them its cache does not hold yet. */
interface IndexPlan {
  parts: PlannedPart[];
  toIndex: PlannedPart[];
}

function planIndex(articles: readonly CheckedArticle[], cacheDir: string, base: string, sizes: PartSizes): IndexPlan {
  const parts = articleIndexParts(articles, (article) => article.slug, sizes.part, sizes.recent).map(({ id, items }) => ({
    id,
    items,
    cached: cachedPartPath(cacheDir, items, base),
  }));
  return { parts, toIndex: parts.filter(({ cached }) => !existsSync(cached)) };
}

/**
 * Indexes parts into their cache entries in rounds (see indexingRounds), each
 * round in a fresh Pagefind process, which holds all it indexes in memory
 * until closed. A part whose entry exists by now is left alone.
 */
async function indexInRounds(parts: readonly PlannedPart[], base: string, budget: number, lanes: number, log: (line: string) => void, when = '') {
  const missing = parts.filter(({ cached }) => !existsSync(cached));
  for (const round of indexingRounds(
    missing.map(({ items }) => items.length),
    budget,
    lanes,
  )) {
    await Promise.all(
      round.map(async (i) => {
        const { id, items, cached } = missing[i]!;
        const started = performance.now();
        await indexPart(cached, items, base);
        // The benchmark reads this line for the part's time.
        log(`part ${id}: ${items.length} article(s) indexed in ${((performance.now() - started) / 1000).toFixed(2)} s${when}`);
      }),
    );
    await pagefind.close();
  }
}

/** Puts every part of the plan, all in the cache by now, into the site, and prunes the cache. */
function publishIndex({ parts, toIndex }: IndexPlan, outDir: string, cacheDir: string): IndexWritten {
  // The output folder may hold an earlier build's index (see kept-output.ts); its links must go, not be written through.
  rmSync(join(outDir, SEARCH_INDEX_FOLDER), { recursive: true, force: true });
  const characters = parts.map(({ cached }) => readFileSync(join(cached, CHARACTERS_FILE), 'utf8'));
  const includeCharacters = includedCharacters(characters);
  for (const { id, cached } of parts) publishPart(cached, join(outDir, indexPartPath(id)), includeCharacters);
  pruneCache(cacheDir, new Set(parts.map(({ cached }) => cached)));
  return { parts: parts.map(({ id, items }) => ({ id, articles: items.length })), reused: parts.length - toIndex.length };
}

/** Logs the parts the cache holds already. */
function logReused({ parts, toIndex }: IndexPlan, log: (line: string) => void): void {
  for (const { id, items, cached } of parts) if (!toIndex.some((part) => part.cached === cached)) log(`part ${id}: ${items.length} article(s) reused`);
}

/**
 * Writes the search index of `articles` into `outDir` (a part in each
 * `pagefind/<part>/`), taking unchanged parts from `cacheDir`. Node only, no
 * Astro: the build indexes through the same steps, and the benchmarks and
 * tests that need an index without a site call this.
 * @param base the site's base path, ending in `/`
 */
export async function writeSearchIndex(
  articles: readonly CheckedArticle[],
  outDir: string,
  cacheDir: string,
  base = '/',
  sizes: PartSizes = partSizes(process.env),
  log: (line: string) => void = () => {},
): Promise<IndexWritten> {
  const plan = planIndex(articles, cacheDir, base, sizes);
  logReused(plan, log);
  await indexInRounds(plan.toIndex, base, sizes.part, availableParallelism(), log);
  return publishIndex(plan, outDir, cacheDir);
}

/**
 * Builds the Pagefind index of the site: one record per article (only
 * articles: home and list pages would be duplicate hits), made of the
 * article's terms (see src/search/terms.ts and record.ts), in parts (see
 * src/search/parts.ts). A part whose articles are unchanged since an
 * earlier build is taken from the build cache instead of indexed again.
 *
 * The records are made from the checked articles, not from the rendered
 * pages, so indexing need not wait for the site: once the configuration is
 * done, the parts small enough to sit beside Astro in memory
 * (`BESIDE_SITE_SIZE`) are indexed one at a time, on the core Astro leaves
 * (it renders on one), while Astro builds; after the site is written, the
 * rest in rounds, and the index is published. A new issue changes the part
 * `recent` alone, most days, and so adds nearly nothing to the build's time.
 * @param checkedArticles the articles as the content check read them
 */
export function searchIndex(checkedArticles: () => readonly CheckedArticle[]): AstroIntegration {
  let base = '/';
  let cacheDir = '';
  let building = false;
  let plan: IndexPlan | undefined;
  let besideSite: Promise<void> = Promise.resolve();
  const sizes = partSizes(process.env);
  return {
    name: 'archive:search-index',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': ({ config, logger }) => {
        base = basePath(config.base);
        cacheDir = join(fileURLToPath(config.cacheDir), 'search-index');
        if (!building) return;
        plan = planIndex(checkedArticles(), cacheDir, base, sizes);
        const log = (line: string) => logger.info(line);
        logReused(plan, log);
        const small = plan.toIndex.filter(({ items }) => items.length <= sizes.beside);
        besideSite = indexInRounds(small, base, sizes.part, 1, log, ' beside the site build');
        // Its failure is the build's, reported when the site is done (below), not an unhandled rejection before.
        besideSite.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const articles = checkedArticles();
        // Planned when the configuration was done; a part indexed beside the site is in the cache by now, and is left alone below.
        await besideSite;
        await indexInRounds(plan!.toIndex, base, sizes.part, availableParallelism(), (line) => logger.info(line));
        const { parts, reused } = publishIndex(plan!, fileURLToPath(dir), cacheDir);
        // The benchmark reads this line for the time indexing added after the site was built.
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        logger.info(`indexed ${articles.length} article(s) in ${seconds} s (${parts.length} part(s), ${reused} reused)`);
      },
    },
  };
}
