import * as Plot from '@observablehq/plot';
import { bandStep, bandTicks, chartFontSize, DEFAULT_CHART_LOCALE } from './chart-text';
import { EXPLORE_HIT, exploreInterval, exploreLabel, exploreRender } from './explore-marks';
import { PALETTE } from './palette';

/** Where a calculator's result comes from, for its badge and colour: report figures, the sample's estimate, or typed values. */
export type CalculatorKind = 'published' | 'sample' | 'typed';

/** One point of the step calculator's chart: the rate at one answer of the scale. */
export interface StepScalePoint {
  answer: number;
  label: string;
  rate: number;
  low: number | null;
  high: number | null;
  /** 'start' and 'end' mark the reader's starting and new answer. */
  role: 'start' | 'end' | 'other';
  text: string;
}

/** Options for the step calculator's chart: size, axis labels and what the numbers are. */
export interface StepScaleChartOptions {
  width: number;
  kind: CalculatorKind;
  xLabel: string;
  yLabel: string;
  /** The chart's text alternative (the rates in words). */
  ariaDescription: string;
  /** BCP 47 locale for the intervals the chart formats itself; the report's Swedish when absent. */
  locale?: string;
}

/** Plot options for the rate at each answer of the belief scale, the reader's start and new answer marked. */
export function stepScaleChart(points: readonly StepScalePoint[], options: StepScaleChartOptions): Plot.PlotOptions {
  const { width, kind, xLabel, yLabel, ariaDescription, locale = DEFAULT_CHART_LOCALE } = options;
  const narrow = width < 480;
  const fontSize = chartFontSize(width);
  const step = bandStep(width - 44 - 24, points.length, 0.4);
  const ticks = bandTicks(points.map((p) => p.label), step, fontSize);
  const colour = kind === 'sample' ? PALETTE.sample : kind === 'typed' ? PALETTE.ink : PALETTE.published;
  const top = Math.max(...points.map((p) => Math.max(p.rate, p.high ?? 0)));
  const yMax = Math.min(100, Math.max(10, Math.ceil((top + 2) / 5) * 5));
  const marked = points.filter((p) => p.role !== 'other');
  const hasInterval = points.some((p) => p.low != null && p.high != null);
  return {
    width,
    height: (narrow ? 246 : 290) + ticks.extra,
    marginLeft: 44,
    marginRight: 24,
    marginBottom: 44 + ticks.extra,
    marginTop: 28,
    style: { fontSize: `${fontSize}px`, color: PALETTE.ink, background: 'transparent' },
    ariaLabel: ariaDescription,
    x: {
      domain: points.map((p) => p.label),
      label: xLabel,
      labelAnchor: 'center',
      labelOffset: 38 + ticks.extra,
      padding: 0.4,
      tickRotate: ticks.rotate,
      tickFormat: ticks.format,
    },
    y: { domain: [0, yMax], label: yLabel, grid: true, ticks: 5 },
    marks: [
      ...(hasInterval
        ? [Plot.ruleX(points, { x: 'label', y1: 'low', y2: 'high', stroke: colour, strokeOpacity: 0.45, strokeWidth: 10, ariaHidden: 'true' })]
        : []),
      Plot.lineY(points, { x: 'label', y: 'rate', stroke: colour, strokeWidth: 2, ariaHidden: 'true' }),
      Plot.dot(points, { x: 'label', y: 'rate', r: 3.5, fill: colour, ariaHidden: 'true' }),
      Plot.dot(marked, { x: 'label', y: 'rate', r: 7, stroke: PALETTE.ink, strokeWidth: 2, fill: 'white', ariaHidden: 'true' }),
      Plot.dot(marked, { x: 'label', y: 'rate', r: 3.5, fill: colour, ariaHidden: 'true' }),
      ...[false, true].map((bold) =>
        Plot.text(
          points.filter((p) => (p.role !== 'other') === bold),
          { x: 'label', y: 'rate', text: 'text', dy: -14, fill: PALETTE.ink, fontWeight: bold ? 700 : 400, stroke: 'white', strokeWidth: 3, paintOrder: 'stroke', ariaHidden: 'true' },
        ),
      ),
      Plot.ruleY([0], { stroke: PALETTE.ink, ariaHidden: 'true' }),
      Plot.dot(points, {
        x: 'label',
        y: 'rate',
        r: 14,
        ...EXPLORE_HIT,
        render: exploreRender(points, (p) => ({ text: exploreLabel([p.label], p.text), interval: exploreInterval(locale, p.low, p.high), kind })),
      }),
    ],
  };
}
