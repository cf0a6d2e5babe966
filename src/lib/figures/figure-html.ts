import { escapeHtml } from '../format/escape-html';
import type { FigureContext, FigureControl, FigureModel } from './figure-model';
import { figureAnchor } from './figure-urls';
import { figureHowHtml } from './figure-how-html';
import { figureShareHtml, type FigureShareInput } from './figure-share-html';

/** The parts of a figure that change with the view; the browser swaps each by its data-role. */
export const FIGURE_PARTS = ['kind', 'caption', 'takeaway', 'note', 'table', 'tables', 'how', 'source'] as const;
/** One of those parts, named by its data-role. */
export type FigurePart = (typeof FIGURE_PARTS)[number];

/** A data table: a caption, column headers, and rows whose first cell heads the row. */
function dataTableHtml(table: FigureModel['table'], caption: string, attributes = ''): string {
  const head = table.head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
  const rows = table.rows
    .map((row) => `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row">${escapeHtml(cell)}</th>` : `<td>${escapeHtml(cell)}</td>`)).join('')}</tr>`)
    .join('');
  return `<table class="data"${attributes}><caption>${escapeHtml(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

/**
 * Each part of a figure that depends on the view, as the element with its data-role (outer HTML):
 * what the build writes into the page and what the browser swaps in when the reader changes the view.
 * `howOpen` keeps "Så räknas det" open across a change when the reader had opened it.
 */
export function figureParts(model: FigureModel, context: FigureContext, options: { howOpen?: boolean } = {}): Record<FigurePart, string> {
  const t = context.strings;
  return {
    kind: `<span class="figure__kind" data-kind="${model.kind}" data-role="kind">${escapeHtml(t.kinds[model.kind])}</span>`,
    caption: `<p class="figure__caption" data-role="caption">${escapeHtml(model.caption)}</p>`,
    takeaway: `<p class="figure__takeaway" data-role="takeaway">${escapeHtml(model.takeaway)}</p>`,
    note: `<p class="figure__note" data-role="note"${model.note ? '' : ' hidden'}>${escapeHtml(model.note)}</p>`,
    table: dataTableHtml(model.table, model.caption, ' data-role="table"'),
    // Further tables of the view (a histogram's counts), each with its own caption; an empty holder when
    // there are none, so a view that has them can be swapped in.
    tables: `<div class="figure__tables" data-role="tables"${model.tables?.length ? '' : ' hidden'}>${(model.tables ?? [])
      .map((t) => dataTableHtml(t, t.caption, ` data-table="${escapeHtml(t.key)}"`))
      .join('')}</div>`,
    how: figureHowHtml(model.how, context, { caption: model.caption, open: options.howOpen }),
    source: `<span data-role="source">${escapeHtml(model.sourceLine)}</span>`,
  };
}

/** The radio groups of a figure's controls, hidden until the custom element shows them (they need JavaScript). */
function controlsHtml(id: string, controls: readonly FigureControl[], context: FigureContext): string {
  const fieldsets = controls.map((control) => {
    const text = context.strings.controls[control.name];
    if (!text) throw new Error(`No UI strings for control "${control.name}" (add controls.${control.name} to the strings)`);
    const noteId = `${id}-${control.name}-note`;
    const note = control.sampleOnly && text.sample_only_note ? text.sample_only_note : '';
    const radios = control.values.map(
      (value) =>
        `<label><input type="radio" name="${escapeHtml(`${id}-${control.name}`)}" value="${escapeHtml(value)}"${value === control.defaultValue ? ' checked' : ''}>${escapeHtml(text.values[value] ?? value)}</label>`,
    );
    return [
      `<fieldset data-control="${escapeHtml(control.name)}"${note ? ` aria-describedby="${escapeHtml(noteId)}"` : ''}>`,
      `<legend>${escapeHtml(text.label)}</legend>`,
      ...radios,
      note ? `<p class="figure__note" id="${escapeHtml(noteId)}">${escapeHtml(note)}</p>` : '',
      `</fieldset>`,
    ].join('');
  });
  return `<div class="figure__controls" data-role="controls" hidden>${fieldsets.join('')}</div>`;
}

/** What the whole figure is built from. */
export interface FigureHtmlInput {
  id: string;
  controls: readonly FigureControl[];
  model: FigureModel;
  /** The chart as SVG markup, drawn for a wide and a narrow screen. */
  charts: { wide: string; narrow: string };
  /** Where the figure's data, metadata and chart files for this view are. */
  downloads: { csv: string; svg: string; json: string };
  /** The share panel's link, citations and embed code; left out on the embed page. */
  share?: Omit<FigureShareInput, 'id' | 'model'> | null;
  context: FigureContext;
}

/**
 * A report figure as HTML: kind, caption and takeaway, the controls (shown by the custom element), the
 * chart, a note, the numbers as a table, how they are computed (sample view), the source line and the
 * downloads. Everything needed to read it is in the HTML, so the page works without JavaScript.
 */
export function figureHtml({ id, controls, model, charts, downloads, share = null, context }: FigureHtmlInput): string {
  const t = context.strings.figure;
  const parts = figureParts(model, context);
  const captionId = `${id}-caption`;
  return [
    `<figure class="figure" id="${escapeHtml(figureAnchor(id))}" aria-labelledby="${escapeHtml(captionId)}">`,
    parts.kind,
    `<figcaption id="${escapeHtml(captionId)}">${parts.caption}${parts.takeaway}</figcaption>`,
    controlsHtml(id, controls, context),
    `<p class="figure__status" role="status" data-role="status"></p>`,
    `<div class="figure__chart figure__chart--wide" data-role="chart">${charts.wide}</div>`,
    `<div class="figure__chart figure__chart--narrow" data-role="chart-narrow">${charts.narrow}</div>`,
    parts.note,
    `<details class="figure__details"><summary>${escapeHtml(t.table_toggle)}</summary>${parts.table}${parts.tables}</details>`,
    parts.how,
    `<div class="figure__footer">`,
    `<p class="figure__source"><strong>${escapeHtml(t.source_prefix)}</strong> ${parts.source}</p>`,
    `<p class="downloads"><span>${escapeHtml(t.downloads)}:</span> `,
    `<a href="${escapeHtml(downloads.csv)}" download="${escapeHtml(`${id}.csv`)}" data-role="download-csv">${escapeHtml(t.download_csv)}</a> `,
    `<a href="${escapeHtml(downloads.svg)}" download="${escapeHtml(`${id}.svg`)}" data-role="download-svg">${escapeHtml(t.download_svg)}</a> `,
    `<button type="button" data-role="download-png" hidden>${escapeHtml(t.download_png)}</button> `,
    `<a href="${escapeHtml(downloads.json)}" download="${escapeHtml(`${id}.json`)}" data-role="download-json">${escapeHtml(t.download_meta)}</a>`,
    `</p></div>`,
    share ? figureShareHtml({ id, model, ...share }, context) : '',
    `</figure>`,
  ].join('');
}
