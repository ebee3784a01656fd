/**
 * The /data/ page's figure filter, a progressive enhancement: without this
 * script the whole table shows and the form stays hidden. The choice is kept
 * in the address (?city=…&topic=…&year=…), so a filtered table can be shared
 * and survives a reload.
 */
import { figureCountText, filterQuery, rowMatches, type FigureFilter } from './filter.ts';

const form = document.querySelector<HTMLFormElement>('#figure-filter');
const rows = [...document.querySelectorAll<HTMLTableRowElement>('#all-figures tbody tr')];
const count = document.querySelector('#figure-count');

/** Each select takes the address's choice, if it offers that choice. */
function restoreChoice(form: HTMLFormElement): void {
  const params = new URLSearchParams(location.search);
  for (const select of form.querySelectorAll('select')) {
    const wanted = params.get(select.name);
    if (wanted && [...select.options].some((option) => option.value === wanted)) select.value = wanted;
  }
}

/** Shows the rows the form's choice selects, says how many, and records the choice in the address. */
function apply(form: HTMLFormElement, count: Element): void {
  const data = new FormData(form);
  const chosen = (name: keyof FigureFilter) => String(data.get(name) ?? '');
  const filter: FigureFilter = { city: chosen('city'), topic: chosen('topic'), year: chosen('year') };
  let shown = 0;
  for (const row of rows) {
    row.hidden = !rowMatches(row.dataset, filter);
    if (!row.hidden) shown++;
  }
  count.textContent = figureCountText(shown, rows.length);
  const query = filterQuery(filter);
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
}

if (form && count) {
  restoreChoice(form);
  form.addEventListener('change', () => apply(form, count));
  form.addEventListener('submit', (event) => event.preventDefault());
  form.hidden = false;
  apply(form, count);
}
