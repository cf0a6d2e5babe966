// Loaded on the first change only: Plot and the chart spec stay out of the page-load JavaScript.
import * as Plot from '@observablehq/plot';
import type { CalculatorView } from '../../lib/calculators/calculator-view';
import { stepScaleChart } from '../../lib/charts/step-scale-chart';

/** Renders a calculator's chart at a width, or null when it has none. */
export function renderCalculatorChart(chart: NonNullable<CalculatorView['chart']>, width: number, labels: { x: string; y: string }): SVGSVGElement {
  const svg = Plot.plot(
    stepScaleChart(chart.points, { width, kind: chart.kind, xLabel: labels.x, yLabel: labels.y, ariaDescription: chart.alt }),
  ) as SVGSVGElement;
  svg.setAttribute('role', 'img');
  return svg;
}
