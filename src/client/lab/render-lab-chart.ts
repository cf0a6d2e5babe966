// Loaded when a lab result is first shown (or prefetched on first interaction): Plot and the chart spec.
import * as Plot from '@observablehq/plot';
import type { LabView } from '../../lib/lab/lab-view';
import { labEstimatesChart } from '../../lib/charts/lab-estimates-chart';

/** Renders the lab's chart at a width. */
export function renderLabChart(chart: LabView['chart'], width: number, xLabel: string): SVGSVGElement {
  const svg = Plot.plot(
    labEstimatesChart(chart.rows, { width, truth: chart.truth, truthLabel: chart.truthLabel, xLabel, ariaDescription: chart.alt }),
  ) as SVGSVGElement;
  svg.setAttribute('role', 'img');
  return svg;
}
