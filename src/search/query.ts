/**
 * The search query language, the one readers know from web search. Pure: the
 * search page, the benchmarks and the tests parse the same way.
 *
 * - `阳泉 空气`: words separated by spaces (half- or full-width) must all occur;
 * - `阳泉 -空气`: a word with a leading `-` (or `－`) leaves out the articles that hold it;
 * - `空气 OR 大气`, `空气 | 大气`: either word; `OR` binds tighter than the
 *   space, so `阳泉 空气 OR 大气` is 阳泉 and (空气 or 大气);
 * - `"2025 年 目标"`: quotes (`"…"`, `＂…＂`, `“…”`) opening a word keep what
 *   they hold as one word, spaces dropped as everywhere in the search;
 * - `标题:阳泉` (also `title:`, and `：`): the word must occur in the headline
 *   block (headline, kicker, subtitle, column).
 *
 * Anything else is read literally and never an error: an unbalanced quote is
 * a character of its word, a lone `-` is punctuation (and so nothing), `OR`
 * with no word on one side, or beside an exclusion, is the word OR, a `-`
 * inside a word (PM2.5-10) is part of it. Each word is normalised as a single
 * query is (normalizeQuery): what normalises to nothing is dropped.
 */
import { normalizeQuery, normalizeSearchText } from './terms.ts';

/** One word of a query, normalised as the index holds text. */
export interface QueryWord {
  /** Never empty (see normalizeQuery). */
  text: string;
  /** Must occur in the headline block: headline, kicker, subtitle or column. */
  headline: boolean;
}

/** A query: articles that hold a word of every group and no excluded word. */
export interface ParsedQuery {
  /** All must be found; a group is found when any of its words is (OR). */
  groups: QueryWord[][];
  /** An article holding any of these is left out. */
  excluded: QueryWord[];
  /** Set when the query had more than MAX_QUERY_WORDS words, and the rest was left out. */
  truncated?: true;
}

/** Most words a query is searched by; the rest is left out, and the page says so. */
export const MAX_QUERY_WORDS = 100;

/** A piece of a query before words are grouped. */
type Token = { kind: 'or'; literal: string } | { kind: 'word'; raw: string; negated: boolean; headline: boolean };

const SPACE = /[\s\u3000]/u;
const BAR = new Set(['|', '｜']);
const MINUS = new Set(['-', '－']);
/** Quote marks that open a phrase, with the marks that close it. */
const QUOTES: Record<string, string> = { '"': '"＂', '＂': '"＂', '“': '”' };
const FIELD = /^(?:标题|title)[:：]/iu;

/**
 * Cuts a query into words and OR marks. A quote opens a phrase only where a
 * word starts (after any `-` and `标题:`), and only if it is closed later;
 * mid-word quotes (守护“阳泉蓝”) are text.
 */
function tokenize(query: string): Token[] {
  const chars = [...query];
  const tokens: Token[] = [];
  let at = 0;
  const ends = (i: number) => i >= chars.length || SPACE.test(chars[i]!) || BAR.has(chars[i]!);
  while (at < chars.length) {
    const ch = chars[at]!;
    if (SPACE.test(ch)) {
      at++;
      continue;
    }
    if (BAR.has(ch)) {
      tokens.push({ kind: 'or', literal: ch });
      at++;
      continue;
    }
    let negated = false;
    let headline = false;
    if (MINUS.has(ch) && !ends(at + 1)) {
      negated = true;
      at++;
    }
    const field = FIELD.exec(chars.slice(at, at + 6).join(''));
    if (field && !ends(at + [...field[0]].length)) {
      headline = true;
      at += [...field[0]].length;
    }
    let raw = '';
    const closers = QUOTES[chars[at]!];
    const close = closers ? chars.findIndex((c, i) => i > at && closers.includes(c)) : -1;
    if (close > at) {
      raw = chars.slice(at + 1, close).join('');
      at = close + 1;
    }
    while (!ends(at)) raw += chars[at++];
    // An OR in quotes is a phrase; an OR written as a word is the operator.
    if (!negated && !headline && close < 0 && normalizeSearchText(raw) === 'OR') tokens.push({ kind: 'or', literal: raw });
    else tokens.push({ kind: 'word', raw, negated, headline });
  }
  return tokens;
}

const wordKey = (word: QueryWord) => `${word.headline ? 'h' : 'a'}:${word.text.toLowerCase()}`;

/**
 * Parses a reader's query. Never throws: whatever is not syntax is a word.
 * @example parseQuery('阳泉 空气 OR 大气 -煤').groups // [[{ text: '阳泉', headline: false }], [{ text: '空气', headline: false }, { text: '大气', headline: false }]]
 * @example parseQuery('标题:阳泉').groups // [[{ text: '阳泉', headline: true }]]
 * @example parseQuery('"2025 年 目标"').groups // [[{ text: '2025年目标', headline: false }]]
 */
export function parseQuery(query: string): ParsedQuery {
  type Word = { word: QueryWord; negated: boolean };
  // Words that normalise to nothing (a lone -, punctuation) are dropped first, so that they never stand between an OR and its words.
  const items: (Word | { or: string })[] = [];
  for (const token of tokenize(query)) {
    if (token.kind === 'or') items.push({ or: token.literal });
    else {
      const text = normalizeQuery(token.raw);
      if (text) items.push({ word: { text, headline: token.headline }, negated: token.negated });
    }
  }
  const clauses: { words: QueryWord[]; negated: boolean }[] = [];
  let joining = false;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if ('or' in item) {
      // Runs of OR count as one; an OR needs a positive word on either side, else it is the word OR.
      while ('or' in (items[i + 1] ?? {})) i++;
      const before = clauses.at(-1);
      const after = items[i + 1];
      if (before && !before.negated && after && 'word' in after && !after.negated) joining = true;
      else if (normalizeQuery(item.or)) clauses.push({ words: [{ text: normalizeQuery(item.or), headline: false }], negated: false });
      continue;
    }
    if (joining) clauses.at(-1)!.words.push(item.word);
    else clauses.push({ words: [item.word], negated: item.negated });
    joining = false;
  }
  const groups = new Map<string, QueryWord[]>();
  const excluded = new Map<string, QueryWord>();
  for (const clause of clauses) {
    if (clause.negated) {
      for (const word of clause.words) excluded.set(wordKey(word), word);
      continue;
    }
    const words = [...new Map(clause.words.map((word) => [wordKey(word), word])).values()];
    groups.set(words.map(wordKey).sort().join('|'), words);
  }
  return limitWords({ groups: [...groups.values()], excluded: [...excluded.values()] });
}

/**
 * How many words a query has.
 * @example queryWordCount(parseQuery('阳泉 空气 OR 大气 -煤')) // 4
 */
export function queryWordCount(query: ParsedQuery): number {
  return query.groups.reduce((sum, group) => sum + group.length, 0) + query.excluded.length;
}

/** The query cut down to its first MAX_QUERY_WORDS words, groups first: a word costs index chunks, and a bound keeps a pasted page from costing without end. */
function limitWords(query: ParsedQuery): ParsedQuery {
  if (queryWordCount(query) <= MAX_QUERY_WORDS) return query;
  let room = MAX_QUERY_WORDS;
  const groups: QueryWord[][] = [];
  for (const group of query.groups) {
    if (room <= 0) break;
    groups.push(group.slice(0, room));
    room -= groups.at(-1)!.length;
  }
  return { groups, excluded: query.excluded.slice(0, Math.max(0, room)), truncated: true };
}

/**
 * Every word the query looks for (not the excluded ones), each once: what a
 * result highlights.
 * @example wantedWords(parseQuery('阳泉 空气 OR 大气 -煤')) // ['阳泉', '空气', '大气']
 */
export function wantedWords(query: ParsedQuery): string[] {
  return [...new Set(query.groups.flat().map((word) => word.text))];
}

/**
 * A word as a reader would type it again: with its field, in quotes when it
 * would otherwise read as syntax.
 * @example wordQuery({ text: '阳泉', headline: true }) // '标题:阳泉'
 * @example wordQuery({ text: 'OR', headline: false }) // '"OR"'
 */
export function wordQuery(word: QueryWord): string {
  const syntax = normalizeSearchText(word.text) === 'OR' || /[|｜]|^(?:标题|title)[:：]/iu.test(word.text);
  // A pair of quotes whose closing mark the word does not hold (normalised text has no ASCII quote).
  const quoted = !syntax ? word.text : !word.text.includes('＂') ? `"${word.text}"` : !word.text.includes('”') ? `“${word.text}”` : word.text;
  return `${word.headline ? '标题:' : ''}${quoted}`;
}

/**
 * A group as a query of its own: its words joined by OR.
 * @example groupQuery([{ text: '空气', headline: false }, { text: '大气', headline: false }]) // '空气 OR 大气'
 */
export function groupQuery(group: readonly QueryWord[]): string {
  return group.map(wordQuery).join(' OR ');
}

/**
 * The query written out again, normalised: what the page says it searched for.
 * @example queryText(parseQuery('阳泉  空气|大气 －煤')) // '阳泉 空气 OR 大气 -煤'
 */
export function queryText(query: ParsedQuery): string {
  return [...query.groups.map(groupQuery), ...query.excluded.map((word) => `-${wordQuery(word)}`)].join(' ');
}
