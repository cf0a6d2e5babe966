import type { CalculatorView } from '../../lib/calculators/calculator-view';
import { tableBody } from '../table-body';

/** The result's rows, table, notes and sources as DOM, matching CalculatorResult.astro. */
export function renderResultBody(view: CalculatorView, regionLabel: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] => {
    const element = document.createElement(tag);
    if (className) element.className = className;
    if (text !== undefined) element.textContent = text;
    return element;
  };
  if (view.rows.length > 0) {
    const dl = make('dl', 'calc__rows');
    for (const row of view.rows) {
      const group = make('div');
      const dd = make('dd');
      dd.append(make('span', 'calc__value', row.value));
      if (row.detail) dd.append(make('span', 'calc__detail', row.detail));
      group.append(make('dt', undefined, row.label), dd);
      dl.append(group);
    }
    fragment.append(dl);
  }
  if (view.table) {
    const wrap = make('div', 'calc__table-wrap');
    wrap.tabIndex = 0;
    wrap.setAttribute('role', 'region');
    wrap.setAttribute('aria-label', regionLabel);
    const table = make('table', 'data calc__table');
    const headRow = table.createTHead().insertRow();
    for (const label of view.table.head) {
      const th = make('th', undefined, label);
      th.scope = 'col';
      headRow.append(th);
    }
    table.append(tableBody(view.table.rows));
    wrap.append(table);
    fragment.append(wrap);
  }
  for (const note of view.notes) fragment.append(make('p', 'calc__note', note));
  for (const source of view.sources) fragment.append(make('p', 'calc__source', source));
  return fragment;
}
