import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { bodyText } from '../text/markdown.ts';
import type { CheckedArticle } from '../model/entry.ts';
import { searchRecordHtml } from '../search/record.ts';
import { articleIndexParts, indexPartPath } from '../search/parts.ts';

interface SearchRecord {
  url: string;
  content: string;
}

/**
 * ASCII punctuation and symbols, general punctuation (— “ ” ‘ ’ … ·), CJK
 * punctuation, full-width forms. Not the ASCII double quote: Pagefind reads it
 * as the mark of a phrase search.
 */
const COMMON_PUNCTUATION = [
  ...'!#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~·×÷°±',
  ...Array.from({ length: 0x2027 - 0x2010 + 1 }, (_, i) => String.fromCodePoint(0x2010 + i)),
  ...Array.from({ length: 0x303f - 0x3001 + 1 }, (_, i) => String.fromCodePoint(0x3001 + i)),
  ...'！＂＃＄％＆＇（）＊＋，－．／：；＜＝＞？＠［＼］＾＿｀｛｜｝～｟｠｡｢｣､･',
];

const PAGEFIND_VERSION = (JSON.parse(readFileSync(new URL('../../node_modules/pagefind/package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** Indexes one part with a fresh Pagefind process, so its memory is freed before the next. */
async function writePart(records: SearchRecord[], includeCharacters: string, outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'und', includeCharacters });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  for (const record of records) {
    const added = await index.addHTMLFile(record);
    if (added.errors.length > 0) throw new Error(`Pagefind: ${record.url}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
}

/**
 * Puts the files of `from` at the same paths under `to`, as hard links where
 * the file system allows (a part of the index is some 10,000 files, and
 * linking them takes a fraction of the time copying would), else as copies.
 * The cache never changes a file once written, so a link is as good as a copy.
 */
function linkTree(from: string, to: string): void {
  for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const source = join(entry.parentPath, entry.name);
    const target = join(to, relative(from, source));
    mkdirSync(dirname(target), { recursive: true });
    try {
      linkSync(source, target);
    } catch {
      copyFileSync(source, target);
    }
  }
}

interface PartRecords {
  id: string;
  records: SearchRecord[];
}

/**
 * The archive cut into index parts (see src/search/parts.ts), each with the
 * search records of its articles (see src/search/record.ts).
 */
function partition(articles: readonly CheckedArticle[], base: string): PartRecords[] {
  return articleIndexParts(articles, (article) => article.slug).map(({ id, items }) => ({
    id,
    records: items.map((article) => ({
      url: `${base}articles/${article.slug}/`,
      content: searchRecordHtml(article.data, bodyText(article.body), id),
    })),
  }));
}

/**
 * Every character the records use besides letters and digits, which must stay
 * part of a term instead of splitting it, the same in every part. Starting from
 * all common punctuation keeps the set, and so the cached parts, unchanged when
 * new text brings nothing unusual.
 */
function includedCharacters(parts: readonly PartRecords[]): string {
  const punctuation = new Set<string>(COMMON_PUNCTUATION);
  for (const { records } of parts) {
    for (const { content } of records) for (const ch of content.replace(/<[^>]*>/g, '').match(/[^\p{L}\p{N}\s"]/gu) ?? []) punctuation.add(ch);
  }
  return [...punctuation].sort().join('');
}

/** The cache entry of a part: named by the hash of everything its index is made from. */
function cachedPartPath(cacheDir: string, records: readonly SearchRecord[], includeCharacters: string): string {
  const hash = createHash('sha256').update(`${PAGEFIND_VERSION}\n${includeCharacters}\n`);
  for (const record of records) hash.update(`${record.url}\n${record.content}\n`);
  return join(cacheDir, hash.digest('hex').slice(0, 24));
}

/**
 * The part's index in the cache, indexed now unless an earlier build left it
 * there. Returns whether it was reused.
 */
async function ensureCachedPart(cached: string, records: SearchRecord[], includeCharacters: string): Promise<boolean> {
  if (existsSync(cached)) return true;
  // Written beside the cache entry first, so an interrupted build leaves no half entry.
  rmSync(`${cached}.tmp`, { recursive: true, force: true });
  mkdirSync(dirname(cached), { recursive: true });
  await writePart(records, includeCharacters, `${cached}.tmp`);
  renameSync(`${cached}.tmp`, cached);
  return false;
}

/** Removes the cache entries this build did not use: parts of earlier builds would only pile up. */
function pruneCache(cacheDir: string, kept: ReadonlySet<string>): void {
  for (const name of readdirSync(cacheDir)) if (!kept.has(join(cacheDir, name))) rmSync(join(cacheDir, name), { recursive: true, force: true });
}

/**
 * Builds the Pagefind index after the site is written: one record per article
 * (only articles: home and list pages would be duplicate hits), made of the
 * article's bigram terms (see src/search/terms.ts), in parts (see
 * src/search/parts.ts). A part whose records are unchanged since an
 * earlier build is taken from the build cache instead of indexed again.
 * @param checkedArticles the articles as the content check read them
 */
export function searchIndex(checkedArticles: () => readonly CheckedArticle[]): AstroIntegration {
  let base = '/';
  let cacheDir = '';
  return {
    name: 'archive:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        cacheDir = join(fileURLToPath(config.cacheDir), 'search-index');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const articles = checkedArticles();
        const parts = partition(articles, base);
        const includeCharacters = includedCharacters(parts);
        const kept = new Set<string>();
        let reused = 0;
        for (const { id, records } of parts) {
          const cached = cachedPartPath(cacheDir, records, includeCharacters);
          kept.add(cached);
          if (await ensureCachedPart(cached, records, includeCharacters)) reused++;
          linkTree(cached, join(fileURLToPath(dir), indexPartPath(id)));
        }
        pruneCache(cacheDir, kept);
        // The benchmark reads this line for the indexing step's time.
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        logger.info(`indexed ${articles.length} article(s) in ${seconds} s (${parts.length} part(s), ${reused} reused)`);
      },
    },
  };
}
