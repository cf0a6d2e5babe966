import * as Plot from '@observablehq/plot';
import { PALETTE } from '../charts/palette';
import { stepScaleChart } from '../charts/step-scale-chart';
import type { CalculatorStrings } from './calculator-strings';
import type { CalculatorView } from './calculator-view';

/**
 * The Plot options of a calculator's chart at a width: the same spec and labels at build time and in
 * the browser. The step chart (src/lib/charts/step-scale-chart.ts) gets the rate at every answer as
 * hollow grey rings on top, with the y axis widened to hold them, so the reader sees that the line
 * starts from the starting answer's real rate and how much steeper the association is than the effect.
 */
export function calculatorChartOptions(chart: NonNullable<CalculatorView['chart']>, strings: CalculatorStrings, width: number, locale?: string): Plot.PlotOptions {
  const t = strings.calculators.step;
  const options = stepScaleChart(chart.points, { width, kind: chart.kind, xLabel: t.x_label, yLabel: t.y_label, ariaDescription: chart.alt, locale });
  const reference = chart.reference ?? [];
  if (reference.length === 0) return options;
  const domain = (options.y?.domain as [number, number] | undefined) ?? [0, 10];
  const top = Math.max(domain[1], ...reference.map((r) => Math.min(100, Math.ceil((r.rate + 2) / 5) * 5)));
  return {
    ...options,
    y: { ...options.y, domain: [domain[0], top] },
    marks: [
      Plot.dot(reference, { x: 'label', y: 'rate', r: 6, stroke: PALETTE.assumed, strokeWidth: 1.5, fill: 'none', ariaHidden: 'true' }),
      ...(options.marks ?? []),
    ],
  };
}
