import * as Plot from '@observablehq/plot';
import { bandStep, bandTicks, chartFontSize, DEFAULT_CHART_LOCALE } from './chart-text';
import { errorBarMarks } from './error-bar-marks';
import { EXPLORE_HIT, exploreInterval, exploreLabel, exploreRender } from './explore-marks';
import { PALETTE, type FigureSource } from './palette';

/** One bar: the rate (in percent) for one answer on the belief scale, with an optional 95% interval. */
export interface BeliefRateBar {
  label: string;
  rate: number;
  low?: number | null;
  high?: number | null;
  /** The rate as text, already formatted for the reader's language. */
  text: string;
}

/** Options for the chart: size, axis labels and where the numbers come from. */
export interface BeliefRateChartOptions {
  width: number;
  source: FigureSource;
  xLabel: string;
  yLabel: string;
  /** Accessible description of the whole chart (the finding, in words). */
  ariaDescription: string;
  /** BCP 47 locale for numbers the chart formats itself (intervals); the report's Swedish when absent. */
  locale?: string;
}

/** Plot options for "share in a job one year later by the caseworker's answer" (seed Tabell 2). */
export function jobRateByBeliefChart(bars: readonly BeliefRateBar[], options: BeliefRateChartOptions): Plot.PlotOptions {
  const { width, source, xLabel, yLabel, ariaDescription, locale = DEFAULT_CHART_LOCALE } = options;
  const narrow = width < 480;
  const fontSize = chartFontSize(width);
  const marginLeft = 44;
  const marginRight = 12;
  // Labels wider than their band break at the space nearest their middle, in any language.
  const step = bandStep(width - marginLeft - marginRight, bars.length, 0.25);
  const ticks = bandTicks(bars.map((b) => b.label), step, fontSize);
  const top = Math.max(...bars.map((b) => Math.max(b.rate, b.high ?? 0)));
  // Round the axis up to a multiple of 5 percentage points so bars of different views compare.
  const yMax = Math.max(10, Math.ceil((top + 3) / 5) * 5);
  const hasIntervals = bars.some((b) => b.low != null && b.high != null);
  const colour = PALETTE[source];
  return {
    width,
    height: (narrow ? 290 : 330) + ticks.extra,
    marginLeft,
    marginRight,
    marginBottom: 44 + ticks.extra,
    marginTop: 24,
    style: { fontSize: `${fontSize}px`, color: PALETTE.ink, background: 'transparent' },
    ariaLabel: ariaDescription,
    x: {
      domain: bars.map((b) => b.label),
      label: xLabel,
      labelAnchor: 'center',
      labelOffset: 38 + ticks.extra,
      padding: 0.25,
      tickRotate: ticks.rotate,
      tickFormat: ticks.format,
    },
    y: { domain: [0, yMax], label: yLabel, grid: true, ticks: 5 },
    marks: [
      Plot.barY(bars, { x: 'label', y: 'rate', fill: colour, ariaHidden: 'true' }),
      ...(hasIntervals ? errorBarMarks(bars, { inset: 18 }) : []),
      Plot.text(bars, {
        x: 'label',
        y: (b: BeliefRateBar) => (hasIntervals ? (b.high ?? b.rate) : b.rate),
        text: 'text',
        dy: -9,
        fill: PALETTE.ink,
        fontWeight: 600,
        ariaHidden: 'true',
      }),
      Plot.ruleY([0], { stroke: PALETTE.ink, ariaHidden: 'true' }),
      Plot.barY(bars, {
        x: 'label',
        y: (b: BeliefRateBar) => Math.max(b.rate, b.high ?? 0),
        ...EXPLORE_HIT,
        render: exploreRender(bars, (b) => ({ text: exploreLabel([b.label], b.text), interval: exploreInterval(locale, b.low, b.high), kind: source })),
      }),
    ],
  };
}
