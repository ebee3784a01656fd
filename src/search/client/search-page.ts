/**
 * The search page: reads the query, facets and sort from the URL, searches
 * (engine.ts), and renders the first screen of results as soon as it is
 * known, then the count, further results and facet counts as they arrive.
 * Everything the reader typed is set as text, never as markup.
 *
 * For tests and the benchmark: `#search-results` carries `data-state`
 * (`loading`, then `done` once the first screen shows, `empty` when nothing
 * matched, `error`) and `data-complete` (`true` once every part of the index
 * has been searched and the count is final).
 */
import { formatChineseDate } from '../../model/dates.ts';
import { bodyExcerpt, markedLine, type ExcerptPiece } from '../excerpt.ts';
import { BODY_START, type ArticleText } from '../record.ts';
import { normalizeQuery } from '../terms.ts';
import { ArchiveSearch, type FacetChoice, type Hit, type PartRef } from './engine.ts';

/** Results on the first screen, and added by each 显示更多. */
const PAGE_SIZE = 10;
const FACETS = [
  ['city', '城市'],
  ['county', '县区'],
  ['year', '年份'],
  ['topic', '主题'],
  ['author', '作者'],
] as const;

interface SearchState {
  q: string;
  sort: 'relevance' | 'date';
  filters: Record<string, string[]>;
}

const root = document.querySelector<HTMLElement>('#search-app')!;
// The index parts, oldest first, with their folders (see src/search/parts.ts).
const engine = new ArchiveSearch(JSON.parse(root.dataset.indexParts!) as PartRef[]);
const form = root.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
const filtersBox = root.querySelector<HTMLDetailsElement>('#search-filters')!;
const facetsBox = root.querySelector<HTMLElement>('#search-facets')!;
const status = root.querySelector<HTMLElement>('#search-status')!;
const list = root.querySelector<HTMLOListElement>('#search-results')!;
const more = root.querySelector<HTMLButtonElement>('#search-more')!;

function readState(): SearchState {
  const params = new URLSearchParams(location.search);
  const filters: Record<string, string[]> = {};
  for (const [key] of FACETS) {
    const values = params.getAll(key).filter(Boolean);
    if (values.length > 0) filters[key] = values;
  }
  return { q: params.get('q') ?? '', sort: params.get('sort') === 'date' ? 'date' : 'relevance', filters };
}

function stateUrl(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.sort === 'date') params.set('sort', 'date');
  for (const [key] of FACETS) for (const value of state.filters[key] ?? []) params.append(key, value);
  const query = params.toString();
  return `${location.pathname}${query ? `?${query}` : ''}`;
}

/** An element with properties and children; text is always set as text. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

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

/** One result: kicker, headline (linking to the article, which highlights the query), subtitle, place and date, excerpt. */
function renderResult(hit: Hit, text: ArticleText, normalized: string): HTMLLIElement {
  const link = el('a', { href: `${text.url}?hl=${encodeURIComponent(normalized)}` }, ...pieceNodes(markedLine(text.title, normalized)));
  const item = el('li', {});
  if (text.kicker) item.append(el('span', { className: 'meta' }, ...pieceNodes(markedLine(text.kicker, normalized)), '　'));
  item.append(link);
  if (text.subtitle) item.append(el('div', { className: 'subtitle' }, ...pieceNodes(markedLine(text.subtitle, normalized))));
  item.append(el('div', { className: 'meta', textContent: [text.city, text.county, formatChineseDate(text.date)].filter(Boolean).join(' · ') }));
  const inBody = hit.match.starts.filter((start) => start >= BODY_START).map((start) => start - BODY_START);
  const excerpt = bodyExcerpt(text.body, inBody, [...normalized].length);
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
  const counts = await engine.facetCounts(search.found.hits);
  if (search === onScreen) renderFacets(search.state, counts);
}

/** The status line: what was searched for, how many were found, whether counting goes on. */
function describe(found: Found, searched: string, sort: SearchState['sort']): string {
  const order = sort === 'date' ? '按日期排列' : '按相关度排列';
  if (!found.complete) return `已找到 ${found.hits.length} 篇包含“${searched}”的文章，${order}；仍在统计更早的文章…`;
  return `找到 ${found.hits.length} 篇包含“${searched}”的文章，${order}。`;
}

/**
 * Searches by relevance (every part at once) or by date (newest part first,
 * returning as soon as the first screen is filled; `rest` holds the older
 * parts, searched once that screen shows).
 */
async function find(query: string, state: SearchState): Promise<{ found: Found; rest?: AsyncGenerator<Hit[]> }> {
  const facets: FacetChoice = state.filters;
  if (state.sort === 'relevance') return { found: { hits: await engine.byRelevance(query, facets), complete: true } };
  const found: Found = { hits: [], complete: false };
  const rest = engine.byDate(query, facets);
  for (;;) {
    const next = await rest.next();
    if (next.done) return { found: { ...found, complete: true } };
    found.hits.push(...next.value);
    if (found.hits.length >= PAGE_SIZE) return { found, rest };
  }
}

/** Searches for the query, and again in Simplified characters if it finds nothing (陽泉 finds 阳泉). */
async function findWithSimplified(normalized: string, state: SearchState) {
  const first = await find(normalized, state);
  if (first.found.hits.length > 0 || first.rest || !/\p{Script=Han}/u.test(normalized)) return { searched: normalized, ...first };
  const { Converter } = await import('opencc-js/t2cn');
  const simplified = Converter({ from: 'tw', to: 'cn' })(normalized);
  return simplified === normalized ? { searched: normalized, ...first } : { searched: simplified, ...(await find(simplified, state)) };
}

/** Clears the page for a new search; returns the query as searched, empty when there is none. */
function startView(state: SearchState): string {
  input.value = state.q;
  sortSelect.value = state.sort;
  const normalized = normalizeQuery(state.q);
  list.replaceChildren();
  facetsBox.replaceChildren();
  onScreen = undefined;
  more.hidden = true;
  filtersBox.hidden = !normalized;
  list.dataset.complete = 'false';
  list.dataset.state = normalized ? 'loading' : 'idle';
  status.textContent = normalized ? '正在搜索…' : '请输入关键词。';
  if (normalized && wantsFacets(state)) filtersBox.open = true;
  return normalized;
}

/**
 * Shows what was found: the first screen, then, as older parts are searched
 * (`rest`), the count and further results, ten more on each 显示更多.
 * @param isCurrent false once the reader has started another search
 */
async function present(found: Found, rest: AsyncGenerator<Hit[]> | undefined, searched: string, state: SearchState, isCurrent: () => boolean) {
  let shown = 0;
  const showMore = async () => {
    const page = found.hits.slice(shown, shown + PAGE_SIZE);
    const texts = await Promise.all(page.map((hit) => hit.text()));
    if (!isCurrent()) return;
    list.append(...page.map((hit, i) => renderResult(hit, texts[i]!, searched)));
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
  status.textContent = describe(found, searched, state.sort);
  for await (const hits of rest ?? []) {
    if (!isCurrent()) return;
    found.hits.push(...hits);
    status.textContent = describe(found, searched, state.sort);
    more.hidden = shown >= found.hits.length;
  }
  found.complete = true;
  if (!isCurrent()) return;
  status.textContent = describe(found, searched, state.sort);
  list.dataset.complete = 'true';
  if (filtersBox.open) await showFacets();
}

/** Searches for what the state asks and shows it; a newer search makes it stop where it is. */
async function run(state: SearchState) {
  const current = ++generation;
  const normalized = startView(state);
  if (!normalized) return;
  const { searched, found, rest } = await findWithSimplified(normalized, state);
  if (current !== generation) return;
  onScreen = { state, found };
  if (found.hits.length === 0) {
    status.textContent = `没有找到包含“${state.q}”的文章。`;
    list.dataset.state = 'empty';
    list.dataset.complete = 'true';
    return;
  }
  await present(found, rest, searched, state, () => current === generation);
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
  navigate({ ...readState(), q: input.value, sort: sortSelect.value === 'date' ? 'date' : 'relevance', filters: {} });
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
window.addEventListener('popstate', () => start(readState()));
root.classList.add('is-ready');
start(readState());
