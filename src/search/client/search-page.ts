/**
 * The search page: reads the query, facets and sort from the URL, searches
 * the Pagefind index, and renders results and facet counts. Everything the
 * reader typed is set as text, never as markup.
 */
import { loadPagefind, type PagefindFragment, type PagefindResponse } from './pagefind.ts';
import { makeExcerpt, normalizeQuery, pagefindTerm, rebuildText } from '../terms.ts';

const PAGE_SIZE = 20;
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
const parts = JSON.parse(root.dataset.indexParts!) as { id: string; path: string }[];
const partIds = parts.map((part) => part.id);
const partPaths = parts.map((part) => part.path);
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
function renderFacets(state: SearchState, response: PagefindResponse) {
  facetsBox.replaceChildren();
  for (const [key, label] of FACETS) {
    const counts = { ...(response.filters[key] ?? {}) };
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

function renderResult(fragment: PagefindFragment, normalized: string): HTMLLIElement {
  const meta = fragment.meta;
  const link = el('a', { href: `${fragment.url}?hl=${encodeURIComponent(normalized)}`, textContent: meta.title ?? fragment.url });
  const info = el('div', { className: 'meta', textContent: [meta.city, meta.county, meta.date].filter(Boolean).join(' · ') });
  const item = el('li', {}, meta.kicker ? el('span', { className: 'meta', textContent: `${meta.kicker}　` }) : '', link, info);
  const blocks = rebuildText(fragment.content);
  const excerpt = blocks.map((block) => makeExcerpt(block, normalized)).find(Boolean);
  if (excerpt) item.append(el('p', { className: 'excerpt' }, excerpt.before, el('mark', { textContent: excerpt.match }), excerpt.after));
  return item;
}

let generation = 0;

type SearchOptions = { filters: Record<string, string[]>; sort?: { date: 'desc' } };

/** The search on screen, for its facet counts when the reader asks for them. */
let onScreen: { state: SearchState; term: string; options: SearchOptions } | undefined;

/**
 * Facet counts need Pagefind's filter index, which at 10,000 articles weighs
 * about as much as the rest of a first search. It is loaded only when the
 * reader opens 筛选, or comes with a filter already chosen.
 */
const wantsFacets = (state: SearchState) => filtersBox.open || Object.keys(state.filters).length > 0;

async function showFacets() {
  const search = onScreen;
  if (!search) return;
  const pagefind = await loadPagefind(partPaths);
  await pagefind.filters();
  // Facet counts come with the results only once the filter index is loaded.
  const response = await pagefind.search(search.term, search.options);
  if (search === onScreen) renderFacets(search.state, response);
}

async function run(state: SearchState) {
  const current = ++generation;
  input.value = state.q;
  sortSelect.value = state.sort;
  const normalized = normalizeQuery(state.q);
  list.replaceChildren();
  facetsBox.replaceChildren();
  onScreen = undefined;
  more.hidden = true;
  filtersBox.hidden = !normalized;
  if (!normalized) {
    list.dataset.state = 'idle';
    status.textContent = '请输入关键词。';
    return;
  }
  list.dataset.state = 'loading';
  status.textContent = '正在搜索…';
  const pagefind = await loadPagefind(partPaths);
  const withFacets = wantsFacets(state);
  if (withFacets) {
    filtersBox.open = true;
    await pagefind.filters();
  }
  const options: SearchOptions = { filters: state.filters, ...(state.sort === 'date' ? { sort: { date: 'desc' } } : {}) };
  let searched = normalized;
  let response = await pagefind.search(pagefindTerm(searched), options);
  if (response.results.length === 0 && /\p{Script=Han}/u.test(normalized)) {
    // A query in Traditional characters (陽泉) finds the Simplified text (阳泉).
    const { Converter } = await import('opencc-js/t2cn');
    const simplified = Converter({ from: 'tw', to: 'cn' })(normalized);
    if (simplified !== normalized) {
      searched = simplified;
      response = await pagefind.search(pagefindTerm(searched), options);
    }
  }
  if (state.sort === 'date' && partIds.length > 1) {
    // Pagefind orders merged parts by score even when sorting; the parts hold
    // consecutive dates, so the newest part first, each sorted, is the order.
    const term = pagefindTerm(searched);
    const ordered = [];
    for (const part of [...partIds].reverse()) {
      const inPart = await pagefind.search(term, { ...options, filters: { ...state.filters, part: [part] } });
      ordered.push(...inPart.results);
    }
    response = { ...response, results: ordered };
  }
  if (current !== generation) return;
  onScreen = { state, term: pagefindTerm(searched), options };
  if (withFacets) renderFacets(state, response);
  else if (filtersBox.open) void showFacets();
  const total = response.results.length;
  if (total === 0) {
    status.textContent = `没有找到包含“${state.q}”的文章。`;
    list.dataset.state = 'empty';
    return;
  }
  status.textContent = `找到 ${total} 篇包含“${searched}”的文章。`;
  let shown = 0;
  const showMore = async () => {
    const page = response.results.slice(shown, shown + PAGE_SIZE);
    const fragments = await Promise.all(page.map((result) => result.data()));
    if (current !== generation) return;
    list.append(...fragments.map((fragment) => renderResult(fragment, searched)));
    shown += page.length;
    more.hidden = shown >= total;
    list.dataset.state = 'done';
  };
  more.onclick = () => {
    list.dataset.state = 'loading';
    void showMore();
  };
  await showMore();
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
