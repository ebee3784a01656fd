/**
 * The search page: reads what is asked from the URL (search-state.ts),
 * parses the query (query.ts) and the date range (date-range.ts), searches
 * (engine.ts), and renders the first screen of results as soon as it is
 * known, then the count, further results, the trend and facet counts as they
 * arrive. When several words find nothing together, it says how many each
 * finds alone. Everything the reader typed is set as text, never as markup.
 *
 * For tests and the benchmark: `#search-results` carries `data-state`
 * (`loading`, then `done` once the first screen shows, `empty` when nothing
 * matched or the query or range cannot be searched, `error`) and
 * `data-complete` (`true` once every part of the index has been searched and
 * the count is final); `#search-trend` carries `data-state` `done` once its
 * bars are drawn.
 */
import { formatChineseDate } from '../../model/dates.ts';
import { readDateRange, type DateRange } from '../date-range.ts';
import { bodyExcerpt, markedLine, type ExcerptPiece, type WordOccurrence } from '../excerpt.ts';
import { groupQuery, MAX_QUERY_WORDS, parseQuery, queryText, wantedWords, type ParsedQuery, type QueryWord } from '../query.ts';
import { BODY_START, type ArticleText } from '../record.ts';
import { trendOf } from '../trend.ts';
import { ArchiveSearch, type Hit, type PartRef, type SearchScope } from './engine.ts';
import { readSearchState, searchQueryString, type SearchState } from './search-state.ts';
import { FACETS } from '../facets.ts';
import { el, renderTrend } from './trend-view.ts';

/** Results on the first screen, and added by each 显示更多. */
const PAGE_SIZE = 10;

const root = document.querySelector<HTMLElement>('#search-app')!;
// The index parts, oldest first, with their folders and dates (see src/search/parts.ts).
const engine = new ArchiveSearch(JSON.parse(root.dataset.indexParts!) as PartRef[]);
const form = root.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const fromInput = form.querySelector<HTMLInputElement>('input[name="from"]')!;
const toInput = form.querySelector<HTMLInputElement>('input[name="to"]')!;
const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
const withinBox = root.querySelector<HTMLElement>('#search-within')!;
const filtersBox = root.querySelector<HTMLDetailsElement>('#search-filters')!;
const facetsBox = root.querySelector<HTMLElement>('#search-facets')!;
const status = root.querySelector<HTMLElement>('#search-status')!;
const explain = root.querySelector<HTMLElement>('#search-explain')!;
const trendBox = root.querySelector<HTMLElement>('#search-trend')!;
const list = root.querySelector<HTMLOListElement>('#search-results')!;
const more = root.querySelector<HTMLButtonElement>('#search-more')!;

const readState = () => readSearchState(location.search);
const stateUrl = (state: SearchState) => `${location.pathname}${searchQueryString(state)}`;

/** A link to another search on this page, followed without reloading it. */
const searchLink = (state: SearchState, ...children: (Node | string)[]) => {
  const link = el('a', { href: stateUrl(state) }, ...children);
  link.dataset.search = '';
  return link;
};

/** Counts for each facet value; values chosen in the state stay listed even at zero. */
function renderFacets(state: SearchState, facetCounts: Record<string, Record<string, number>>) {
  facetsBox.replaceChildren();
  for (const [key, label] of FACETS) {
    const counts = { ...(facetCounts[key] ?? {}) };
    for (const value of state.filters[key] ?? []) counts[value] ??= 0;
    const entries = Object.entries(counts).filter(([value, count]) => count > 0 || state.filters[key]?.includes(value));
    if (entries.length === 0) continue;
    entries.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh-CN'));
    const fieldset = el('fieldset', { className: 'facet' }, el('legend', { textContent: label }));
    for (const [value, count] of entries) {
      const box = el('input', { type: 'checkbox', name: key, value, checked: state.filters[key]?.includes(value) ?? false });
      fieldset.append(el('label', {}, box, ` ${value} `, el('span', { className: 'count', textContent: `(${count})` })));
    }
    facetsBox.append(fieldset);
  }
}

/** Excerpt pieces as nodes: marked runs in `<mark>`. */
const pieceNodes = (pieces: readonly ExcerptPiece[]) => pieces.map((piece) => (piece.mark ? el('mark', { textContent: piece.text }) : piece.text));

/** One result: kicker, headline (linking to the article, which highlights the words), subtitle, place and date, excerpt. */
function renderResult(hit: Hit, text: ArticleText, words: readonly string[]): HTMLLIElement {
  const link = el('a', { href: `${text.url}?hl=${encodeURIComponent(words.join(' '))}` }, ...pieceNodes(markedLine(text.title, words)));
  const item = el('li', {});
  if (text.kicker) item.append(el('span', { className: 'meta' }, ...pieceNodes(markedLine(text.kicker, words)), '　'));
  item.append(link);
  if (text.subtitle) item.append(el('div', { className: 'subtitle' }, ...pieceNodes(markedLine(text.subtitle, words))));
  item.append(el('div', { className: 'meta', textContent: [text.city, text.county, formatChineseDate(text.date)].filter(Boolean).join(' · ') }));
  const inBody: WordOccurrence[] = hit.match.groups.flatMap((occurrences, word) =>
    occurrences
      .filter((occurrence) => occurrence.start >= BODY_START)
      .map((occurrence) => ({ start: occurrence.start - BODY_START, length: occurrence.length, word })),
  );
  const excerpt = bodyExcerpt(text.body, inBody);
  if (excerpt.length > 0) item.append(el('p', { className: 'excerpt' }, ...pieceNodes(excerpt)));
  return item;
}

let generation = 0;

/** What a search has found so far, and whether every part has been searched. */
interface Found {
  hits: Hit[];
  complete: boolean;
}

/** The search on screen, for its facet counts when the reader asks for them. */
let onScreen: { state: SearchState; found: Found } | undefined;

/**
 * Facet counts need each part's filter index, which at 10,000 articles weighs
 * about as much as the rest of a first search. They are loaded only when the
 * reader opens 筛选, or comes with a filter already chosen.
 */
const wantsFacets = (state: SearchState) => filtersBox.open || Object.keys(state.filters).length > 0;

async function showFacets() {
  const search = onScreen;
  if (!search) return;
  if (!search.found.complete) {
    facetsBox.textContent = '正在统计…';
    return;
  }
  const counts = await engine.facetCounts(
    search.found.hits,
    FACETS.map(([key]) => key),
  );
  if (search === onScreen) renderFacets(search.state, counts);
}

/**
 * What was searched for, in words: 包含“阳泉” for one word, 符合“阳泉 -空气”
 * for more, the query as searched (normalised, in Simplified characters if it
 * fell back to them) unless the reader's own words are given.
 */
const asked = (query: ParsedQuery, typed = queryText(query)) =>
  `${query.groups.length === 1 && query.groups[0]!.length === 1 && query.excluded.length === 0 ? '包含' : '符合'}“${typed}”`;

/** The range and the printed pages searched, as a clause after the count; empty for the whole archive. */
function scopeClause(range: DateRange, state: SearchState): string {
  const parts: string[] = [];
  if (range.from || range.to)
    parts.push(`日期${range.from ? `从${formatChineseDate(range.from)}` : ''}${range.to ? `到${formatChineseDate(range.to)}` : '起'}`);
  if (state.pages.length > 0) parts.push(`仅限${state.within || '所选版面'}`);
  return parts.length > 0 ? `（${parts.join('，')}）` : '';
}

/** The status line: what was searched for, how many were found, whether counting goes on. */
function describe(found: Found, query: ParsedQuery, sort: SearchState['sort'], scope: string): string {
  const order = sort === 'date' ? '按日期排列' : '按相关度排列';
  if (!found.complete) return `已找到 ${found.hits.length} 篇${asked(query)}的文章${scope}，${order}；仍在统计更早的文章…`;
  return `找到 ${found.hits.length} 篇${asked(query)}的文章${scope}，${order}。`;
}

/**
 * Searches by relevance (every part at once) or by date (newest part first,
 * returning as soon as the first screen is filled; `rest` holds the older
 * parts, searched once that screen shows).
 */
async function find(query: ParsedQuery, scope: SearchScope, sort: SearchState['sort']): Promise<{ found: Found; rest?: AsyncGenerator<Hit[]> }> {
  if (sort === 'relevance') return { found: { hits: await engine.byRelevance(query, scope), complete: true } };
  const found: Found = { hits: [], complete: false };
  const rest = engine.byDate(query, scope);
  for (;;) {
    const next = await rest.next();
    if (next.done) return { found: { ...found, complete: true } };
    found.hits.push(...next.value);
    if (found.hits.length >= PAGE_SIZE) return { found, rest };
  }
}

/** Most words whose counts the page gives when they find nothing together. */
const EXPLAINED_WORDS = 8;

/** A query of one group (or one word) alone. */
const alone = (group: QueryWord[]): ParsedQuery => ({ groups: [group], excluded: [] });

/**
 * The query with each word that finds nothing alone and holds Traditional
 * characters put in Simplified ones (陽泉 finds 阳泉); undefined when no word
 * changes. The converter is loaded only then.
 */
async function inSimplified(query: ParsedQuery, scope: SearchScope): Promise<ParsedQuery | undefined> {
  if (
    !query.groups
      .flat()
      .concat(query.excluded)
      .some((word) => /\p{Script=Han}/u.test(word.text))
  )
    return undefined;
  const { Converter } = await import('opencc-js/t2cn');
  const convert = Converter({ from: 'tw', to: 'cn' });
  let changed = false;
  const simplify = async (word: QueryWord): Promise<QueryWord> => {
    const text = convert(word.text);
    if (text === word.text || (await engine.count(alone([word]), scope)) > 0) return word;
    changed = true;
    return { ...word, text };
  };
  const groups = await Promise.all(query.groups.map((group) => Promise.all(group.map(simplify))));
  const excluded = await Promise.all(query.excluded.map(simplify));
  return changed ? { groups, excluded } : undefined;
}

/** Searches for the query, and again with Traditional words in Simplified ones if it finds nothing. */
async function findWithSimplified(query: ParsedQuery, scope: SearchScope, sort: SearchState['sort']) {
  const first = await find(query, scope, sort);
  if (first.found.hits.length > 0 || first.rest) return { query, ...first };
  const simplified = await inSimplified(query, scope);
  return simplified ? { query: simplified, ...(await find(simplified, scope, sort)) } : { query, ...first };
}

/**
 * When several words find nothing together: how many articles each finds
 * alone, each a link to search it alone, then how many all of them find
 * together (阳泉 1 篇 · 尾矿库 1 篇 · 同时包含的 0 篇).
 */
async function explainNothing(query: ParsedQuery, scope: SearchScope, state: SearchState, isCurrent: () => boolean) {
  if (query.groups.length + query.excluded.length < 2) return;
  // Each count searches a word alone: for a pasted paragraph, a sentence instead.
  if (query.groups.length > EXPLAINED_WORDS) {
    explain.replaceChildren(el('p', {}, `没有文章同时包含这 ${query.groups.length} 个词。请减少一些词，或用引号把连在一起的词作为一个词查找。`));
    explain.hidden = false;
    return;
  }
  const counts = await Promise.all(query.groups.map((group) => engine.count(alone(group), scope)));
  const together = query.excluded.length > 0 && query.groups.length > 1 ? await engine.count({ groups: query.groups, excluded: [] }, scope) : undefined;
  if (!isCurrent()) return;
  const items: (Node | string)[] = [];
  query.groups.forEach((group, i) => {
    if (items.length > 0) items.push(' · ');
    items.push(searchLink({ ...state, q: groupQuery(group) }, groupQuery(group)), ` ${counts[i]} 篇`);
  });
  if (query.groups.length > 1) items.push(` · 同时包含的 ${together ?? 0} 篇`);
  if (query.excluded.length > 0) items.push(`，排除“${query.excluded.map((word) => word.text).join('”“')}”后 0 篇`);
  explain.replaceChildren(el('p', {}, '分别搜索：', ...items, '。'));
  explain.hidden = false;
}

/** Draws the trend of the whole result once its count is final. */
async function showTrend(found: Found, range: DateRange, state: SearchState, isCurrent: () => boolean) {
  const trend = trendOf(await engine.dates(found.hits), range);
  if (!isCurrent() || !trend) return;
  renderTrend(trendBox, trend, found.hits.length, (period) => stateUrl({ ...state, from: period, to: period }));
  trendBox.dataset.state = 'done';
}

/** The printed pages searched within, with a link that searches the whole archive instead. */
function showWithin(state: SearchState) {
  withinBox.hidden = state.pages.length === 0;
  if (withinBox.hidden) return withinBox.replaceChildren();
  const name = state.within || `所选的 ${state.pages.length} 个版面`;
  withinBox.replaceChildren(`仅在${name}中搜索。`, searchLink({ ...state, pages: [], within: '' }, '取消此限制，搜索全部文章'));
}

/** Clears the page for a new search. */
function startView(state: SearchState) {
  input.value = state.q;
  fromInput.value = state.from;
  toInput.value = state.to;
  sortSelect.value = state.sort;
  list.replaceChildren();
  facetsBox.replaceChildren();
  explain.replaceChildren();
  explain.hidden = true;
  trendBox.replaceChildren();
  trendBox.hidden = true;
  delete trendBox.dataset.state;
  onScreen = undefined;
  more.hidden = true;
  list.dataset.complete = 'false';
  showWithin(state);
}

/** Ends a search that cannot run, saying why. */
function refuse(sentence: string) {
  status.textContent = sentence;
  list.dataset.state = 'empty';
  list.dataset.complete = 'true';
}

/**
 * Shows what was found: the first screen, then, as older parts are searched
 * (`rest`), the count and further results, ten more on each 显示更多.
 * @param isCurrent false once the reader has started another search
 */
async function present(
  found: Found,
  rest: AsyncGenerator<Hit[]> | undefined,
  query: ParsedQuery,
  state: SearchState,
  range: DateRange,
  isCurrent: () => boolean,
) {
  const words = wantedWords(query);
  const scope = scopeClause(range, state);
  let shown = 0;
  const showMore = async () => {
    const page = found.hits.slice(shown, shown + PAGE_SIZE);
    const texts = await Promise.all(page.map((hit) => hit.text()));
    if (!isCurrent()) return;
    list.append(...page.map((hit, i) => renderResult(hit, texts[i]!, words)));
    shown += page.length;
    more.hidden = shown >= found.hits.length && found.complete;
    list.dataset.complete = String(found.complete);
    list.dataset.state = 'done';
  };
  more.onclick = () => {
    // One page at a time: a second click while one loads would show it twice.
    if (more.disabled) return;
    more.disabled = true;
    list.dataset.state = 'loading';
    void showMore().finally(() => (more.disabled = false));
  };
  await showMore();
  status.textContent = describe(found, query, state.sort, scope);
  for await (const hits of rest ?? []) {
    if (!isCurrent()) return;
    found.hits.push(...hits);
    status.textContent = describe(found, query, state.sort, scope);
    more.hidden = shown >= found.hits.length;
  }
  found.complete = true;
  if (!isCurrent()) return;
  status.textContent = describe(found, query, state.sort, scope);
  list.dataset.complete = 'true';
  await showTrend(found, range, state, isCurrent);
  if (filtersBox.open) await showFacets();
}

/** Searches for what the state asks and shows it; a newer search makes it stop where it is. */
async function run(state: SearchState) {
  const current = ++generation;
  const isCurrent = () => current === generation;
  startView(state);
  const parsed = parseQuery(state.q);
  const reading = readDateRange(state.from, state.to);
  filtersBox.hidden = parsed.groups.length === 0;
  if ('problem' in reading) return refuse(reading.problem);
  if (parsed.groups.length === 0) {
    list.dataset.state = 'idle';
    if (parsed.excluded.length === 0) return void (status.textContent = '请输入关键词。');
    return refuse(`“${queryText(parsed)}”只有要排除的词（前面带 - 的词）：请再输入至少一个要查找的词。`);
  }
  list.dataset.state = 'loading';
  status.textContent = '正在搜索…';
  if (wantsFacets(state)) filtersBox.open = true;
  const { range } = reading;
  const scope: SearchScope = { facets: state.filters, pages: state.pages, range };
  const { query, found, rest } = await findWithSimplified(parsed, scope, state.sort);
  if (!isCurrent()) return;
  onScreen = { state, found };
  const cut = parsed.truncated ? `（查询过长，只按前 ${MAX_QUERY_WORDS} 个词搜索）` : '';
  if (found.hits.length === 0) {
    refuse(`没有找到${asked(query, state.q.trim())}的文章${scopeClause(range, state)}。${cut}`);
    await explainNothing(query, scope, state, isCurrent);
    return;
  }
  await present(found, rest, query, state, range, isCurrent);
  if (cut && isCurrent()) status.textContent += cut;
}

/** Runs a search; a failure (the index did not load) is said, not left spinning. */
function start(state: SearchState) {
  run(state).catch(() => {
    status.textContent = '搜索暂时无法使用，请稍后重试，或按城市浏览。';
    list.dataset.state = 'error';
  });
}

function navigate(state: SearchState) {
  history.pushState(null, '', stateUrl(state));
  start(state);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  navigate({ ...readState(), q: input.value, from: fromInput.value, to: toInput.value, sort: sortSelect.value === 'date' ? 'date' : 'relevance', filters: {} });
});
sortSelect.addEventListener('change', () => navigate({ ...readState(), sort: sortSelect.value === 'date' ? 'date' : 'relevance' }));
facetsBox.addEventListener('change', (event) => {
  const box = event.target as HTMLInputElement;
  const state = readState();
  const values = new Set(state.filters[box.name] ?? []);
  if (box.checked) values.add(box.value);
  else values.delete(box.value);
  state.filters[box.name] = [...values];
  navigate(state);
});
filtersBox.addEventListener('toggle', () => {
  if (filtersBox.open && facetsBox.childElementCount === 0) void showFacets().catch(() => (facetsBox.textContent = '筛选暂时无法使用。'));
});
// Links to other searches (a trend bar, a word alone, removing the page filter) search here, keeping the history.
root.addEventListener('click', (event) => {
  const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-search]');
  if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  history.pushState(null, '', link.href);
  start(readState());
});
window.addEventListener('popstate', () => start(readState()));
root.classList.add('is-ready');
start(readState());
