import type { FigureContext } from '../figures/figure-model';
import { escapeHtml } from '../format/escape-html';
import { numberFormatter } from '../format/number-formatter';
import type { LabStrings } from './lab-strings';
import { labSweepSvg } from './lab-sweep-svg';
import type { LabSweepPanel, LabSweepView } from './lab-sweep-view';
import { labDownloadsHtml, labResultHeadHtml, labTableHtml, type LabDownload } from './lab-table-html';

/** One panel of a sweep (bias or coverage) as an SVG string at a width. */
export function labSweepChartSvg(view: LabSweepView, panel: LabSweepPanel, context: FigureContext<LabStrings>, width: number): string {
  const format = numberFormatter(context.locale);
  return labSweepSvg(panel.series, {
    width,
    xs: view.chart.xs,
    xLabel: view.chart.xLabel,
    yLabel: panel.yLabel,
    yDomain: panel.yDomain,
    reference: panel.reference,
    ariaDescription: panel.alt,
    formatX: (v, decimals) => (view.chart.integerX ? format.count(v) : format.decimal(v, decimals)),
    formatY: (v, decimals) => format.decimal(v, decimals),
  });
}

/**
 * A sweep as HTML: badge, heading, warnings, the bias and coverage charts against the swept
 * parameter, their numbers as a table, notes and the download of every run. One renderer for the
 * build and the browser (<bip-lab> swaps the innerHTML of [data-role="sweep-body"]).
 */
export function labSweepHtml(view: LabSweepView, context: FigureContext<LabStrings>, width: number, downloads: readonly LabDownload[] = []): string {
  const t = context.strings.lab;
  const panel = (p: LabSweepPanel, role: string) =>
    `<div class="lab__sweep-panel"><p class="lab__panel-title">${escapeHtml(p.title)}</p><div class="calc__chart" data-role="${role}">${labSweepChartSvg(view, p, context, width)}</div></div>`;
  return [
    labResultHeadHtml(view, t.result_kind),
    `<figure class="calc__chart-figure"><figcaption>${escapeHtml(view.chart.caption)}</figcaption>`,
    panel(view.chart.bias, 'sweep-bias-chart'),
    panel(view.chart.coverage, 'sweep-coverage-chart'),
    `</figure>`,
    labTableHtml(view.table, { caption: t.sweep.table_caption, region: t.sweep.table_region, role: 'sweep-table' }),
    `<div data-role="notes">${view.notes.map((note) => `<p class="calc__note">${escapeHtml(note)}</p>`).join('')}</div>`,
    labDownloadsHtml(t.downloads.title, downloads),
  ].join('');
}
