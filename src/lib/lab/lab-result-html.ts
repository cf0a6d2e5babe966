import { labEstimatesSvg, type LabEstimatesSvgOptions } from '../charts/lab-estimates-svg';
import type { FigureContext } from '../figures/figure-model';
import { escapeHtml } from '../format/escape-html';
import { numberFormatter } from '../format/number-formatter';
import type { LabStrings } from './lab-strings';
import { labDownloadsHtml, labResultHeadHtml, labTableHtml, type LabDownload } from './lab-table-html';
import type { LabView } from './lab-view';

/** The widths to draw the lab's chart at: both at build time (CSS shows one), the measured one in the browser. */
export interface LabChartWidths {
  wide: number;
  /** The phone-width chart; left empty when the browser draws one chart for the width it really has. */
  narrow?: number;
}

/** The options every lab chart is drawn with: its width, the truth's line, the axis and ticks in the reader's locale. */
export function labChartOptions(
  context: FigureContext<LabStrings>,
  width: number,
  chart: { truth: number; truthLabel: string; alt: string },
): LabEstimatesSvgOptions {
  const format = numberFormatter(context.locale);
  return {
    width,
    truth: chart.truth,
    truthLabel: chart.truthLabel,
    xLabel: context.strings.lab.x_label,
    ariaDescription: chart.alt,
    formatTick: (v, decimals) => format.decimal(v, decimals),
  };
}

/** The lab's chart as an SVG string at a width (text escaped by labEstimatesSvg). */
export function labChartSvg(view: LabView, context: FigureContext<LabStrings>, width: number): string {
  return labEstimatesSvg(view.chart.rows, labChartOptions(context, width, view.chart));
}

/**
 * A lab result as HTML: the badge, the truths it is for, any warning (weak instrument, too few clients
 * per caseworker) before the numbers, the estimates against the truth as a table, the chart, the notes
 * and, after a run in the browser, the downloads of its sample. One renderer for the build
 * (LabExperiment.astro, set:html) and the browser (<bip-lab> swaps the innerHTML of [data-role="body"]
 * after a run), so both show the same thing.
 */
export function labResultHtml(view: LabView, context: FigureContext<LabStrings>, widths: LabChartWidths, downloads: readonly LabDownload[] = []): string {
  const t = context.strings.lab;
  return [
    labResultHeadHtml(view, t.result_kind),
    labTableHtml(view.table, { caption: t.table_caption, region: t.table_region, role: 'table' }),
    `<figure class="calc__chart-figure"><figcaption>${escapeHtml(view.chart.caption)}</figcaption>`,
    `<div class="calc__chart calc__chart--wide" data-role="chart">${labChartSvg(view, context, widths.wide)}</div>`,
    `<div class="calc__chart calc__chart--narrow" data-role="chart-narrow">${widths.narrow ? labChartSvg(view, context, widths.narrow) : ''}</div>`,
    `</figure>`,
    `<div data-role="notes">${view.notes.map((note) => `<p class="calc__note">${escapeHtml(note)}</p>`).join('')}</div>`,
    labDownloadsHtml(t.downloads.title, downloads),
  ].join('');
}
