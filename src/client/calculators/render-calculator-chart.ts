// Loaded on the first change only: Plot and the chart spec stay out of the page-load JavaScript.
import * as Plot from '@observablehq/plot';
import { calculatorChartOptions } from '../../lib/calculators/calculator-chart-options';
import type { CalculatorStrings } from '../../lib/calculators/calculator-strings';
import type { CalculatorView } from '../../lib/calculators/calculator-view';

/** Renders a calculator's chart at a width, from the same options the build renders. */
export function renderCalculatorChart(chart: NonNullable<CalculatorView['chart']>, strings: CalculatorStrings, width: number, locale?: string): SVGSVGElement {
  const svg = Plot.plot(calculatorChartOptions(chart, strings, width, locale)) as SVGSVGElement;
  svg.setAttribute('role', 'img');
  return svg;
}
