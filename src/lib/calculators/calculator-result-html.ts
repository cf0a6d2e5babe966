import { escapeHtml } from '../format/escape-html';
import { fillTemplate } from '../format/fill-template';
import type { CalculatorStrings } from './calculator-strings';
import type { CalculatorView } from './calculator-view';

/** A table of text cells: column headers, then rows whose first cell is the row's header. */
function tableHtml(table: NonNullable<CalculatorView['table']>): string {
  const head = table.head.map((label) => `<th scope="col">${escapeHtml(label)}</th>`).join('');
  const rows = table.rows
    .map((row) => `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row">${escapeHtml(cell)}</th>` : `<td>${escapeHtml(cell)}</td>`)).join('')}</tr>`)
    .join('');
  return `<table class="data calc__table"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

/**
 * A calculator's result as HTML (everything but its chart): the kind badge, the summary, the rows or the
 * table, notes and sources. One renderer for the build (CalculatorResult.astro, set:html) and the
 * browser (<bip-calculator> swaps the innerHTML of [data-role="body"]), so both show the same thing.
 * `title` is the calculator's title, for the table's region label.
 */
export function calculatorResultHtml(view: CalculatorView, strings: CalculatorStrings, title: string): string {
  const t = strings.calculators;
  const rows = view.rows.map(
    (row) =>
      `<div><dt>${escapeHtml(row.label)}</dt><dd><span class="calc__value">${escapeHtml(row.value)}</span>${
        row.detail ? `<span class="calc__detail">${escapeHtml(row.detail)}</span>` : ''
      }</dd></div>`,
  );
  return [
    `<span class="calc__kind" data-kind="${escapeHtml(view.kind)}" data-role="kind">${escapeHtml(t.result_kind[view.kind])}</span>`,
    `<p class="calc__summary" data-role="summary">${escapeHtml(view.summary)}</p>`,
    rows.length > 0 ? `<dl class="calc__rows">${rows.join('')}</dl>` : '',
    view.table
      ? `<div class="calc__table-wrap" tabindex="0" role="region" aria-label="${escapeHtml(fillTemplate(t.table_region, { title }))}">${tableHtml(view.table)}</div>`
      : '',
    ...view.notes.map((note) => `<p class="calc__note">${escapeHtml(note)}</p>`),
    ...view.sources.map((source) => `<p class="calc__source">${escapeHtml(source)}</p>`),
  ].join('');
}
