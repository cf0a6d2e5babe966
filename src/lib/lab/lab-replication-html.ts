import type { FigureContext } from '../figures/figure-model';
import { escapeHtml } from '../format/escape-html';
import { fillTemplate } from '../format/fill-template';
import { numberFormatter } from '../format/number-formatter';
import { labChartOptions } from './lab-result-html';
import type { LabReplicationView } from './lab-replication-view';
import { labHistogramSvg } from './lab-histogram-svg';
import type { LabStrings } from './lab-strings';
import { labDownloadsHtml, labResultHeadHtml, labTableHtml, type LabDownload } from './lab-table-html';

/** The histogram of repeated runs as an SVG string at a width. */
export function labReplicationChartSvg(view: LabReplicationView, context: FigureContext<LabStrings>, width: number): string {
  const format = numberFormatter(context.locale);
  // A bar's count as the table writes it ("12 av 500"), for the chart explorer.
  const countText = (count: number, runs: number) => fillTemplate(context.strings.lab.repeat.estimated_value, { estimated: format.count(count), runs: format.count(runs) });
  return labHistogramSvg(view.histogram.panels, { ...labChartOptions(context, width, view.histogram), countText });
}

/**
 * Repeated runs as HTML: badge, heading, warnings, the table of bias, RMSE and coverage per
 * estimator, the histogram, notes and the download of every run's results. One renderer for the build
 * and the browser (<bip-lab> swaps the innerHTML of [data-role="repeat-body"] when the runs are done).
 */
export function labReplicationHtml(view: LabReplicationView, context: FigureContext<LabStrings>, width: number, downloads: readonly LabDownload[] = []): string {
  const t = context.strings.lab;
  return [
    labResultHeadHtml(view, t.result_kind),
    labTableHtml(view.table, { caption: t.repeat.table_caption, region: t.repeat.table_region, role: 'repeat-table' }),
    `<figure class="calc__chart-figure"><figcaption>${escapeHtml(view.histogram.caption)}</figcaption>`,
    `<div class="calc__chart" data-role="repeat-chart">${labReplicationChartSvg(view, context, width)}</div>`,
    `</figure>`,
    `<div data-role="notes">${view.notes.map((note) => `<p class="calc__note">${escapeHtml(note)}</p>`).join('')}</div>`,
    labDownloadsHtml(t.downloads.title, downloads),
  ].join('');
}
