import type { PlotOptions } from '@observablehq/plot';
import { stepScaleChart } from '../charts/step-scale-chart';
import type { CalculatorStrings } from './calculator-strings';
import type { CalculatorView } from './calculator-view';

/** The Plot options of a calculator's chart at a width: the same spec and labels at build time and in the browser. */
export function calculatorChartOptions(chart: NonNullable<CalculatorView['chart']>, strings: CalculatorStrings, width: number): PlotOptions {
  const t = strings.calculators.step;
  return stepScaleChart(chart.points, { width, kind: chart.kind, xLabel: t.x_label, yLabel: t.y_label, ariaDescription: chart.alt });
}
