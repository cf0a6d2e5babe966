import * as Plot from '@observablehq/plot';
import { chartFontSize, DEFAULT_CHART_LOCALE, textWidth } from './chart-text';
import { EXPLORE_HIT, exploreInterval, exploreLabel, exploreRender } from './explore-marks';
import { PALETTE, type FigureSource } from './palette';

/** One bar: the share (in percent) of answers with one label, with an optional 95% interval. */
export interface ShareBar {
  label: string;
  share: number;
  low?: number | null;
  high?: number | null;
  /** The share as text for the reader ("knappt 50 %", "6 %"). */
  text: string;
  /** A bar whose number is assumed rather than published (drawn in the assumed colour). */
  kind?: 'assumed';
}

/** Options for the distribution chart. */
export interface ShareChartOptions {
  width: number;
  source: FigureSource;
  xLabel: string;
  ariaDescription: string;
  /** BCP 47 locale for numbers the chart formats itself (intervals); the report's Swedish when absent. */
  locale?: string;
}

/**
 * The right margin that keeps every end label inside the chart: the labels sit after their bars, so a
 * long one ("just under 50%") near the axis end needs more room than the default.
 */
function rightMargin(ends: ReadonlyArray<{ value: number; text: string }>, width: number, marginLeft: number, xMax: number, fontSize: number): number {
  let margin = 24;
  for (let round = 0; round < 6; round++) {
    const plotWidth = width - marginLeft - margin;
    const overflow = Math.max(...ends.map((e) => marginLeft + (e.value / xMax) * plotWidth + 6 + textWidth(e.text, fontSize, true) - (width - 4)));
    if (overflow <= 0.5) break;
    margin += overflow;
  }
  return Math.ceil(margin);
}

/** Plot options for the distribution of caseworkers' answers to the belief question (seed Figur 2). */
export function beliefDistributionChart(bars: readonly ShareBar[], options: ShareChartOptions): Plot.PlotOptions {
  const { width, source, xLabel, ariaDescription, locale = DEFAULT_CHART_LOCALE } = options;
  const narrow = width < 480;
  const fontSize = chartFontSize(width);
  const longest = Math.max(...bars.map((b) => b.label.length));
  const top = Math.max(...bars.map((b) => Math.max(b.share, b.high ?? 0)));
  const xMax = Math.max(30, Math.ceil((top + 8) / 10) * 10);
  const hasIntervals = bars.some((b) => b.low != null && b.high != null);
  const end = (b: ShareBar) => (hasIntervals ? (b.high ?? b.share) : b.share);
  const marginLeft = Math.min(150, 16 + longest * (narrow ? 6.6 : 7.4));
  return {
    width,
    height: 44 * bars.length + 64,
    marginLeft,
    marginRight: rightMargin(bars.map((b) => ({ value: end(b), text: b.text })), width, marginLeft, xMax, fontSize),
    marginTop: 8,
    marginBottom: 44,
    style: { fontSize: `${fontSize}px`, color: PALETTE.ink, background: 'transparent' },
    ariaLabel: ariaDescription,
    y: { domain: bars.map((b) => b.label), label: null, padding: 0.3 },
    x: { domain: [0, xMax], label: xLabel, labelAnchor: 'center', labelOffset: 36, grid: true, ticks: narrow ? 4 : 6 },
    marks: [
      Plot.barX(bars, { y: 'label', x: 'share', fill: (b: ShareBar) => PALETTE[b.kind ?? source], ariaHidden: 'true' }),
      ...(hasIntervals
        ? [Plot.ruleY(bars, { y: 'label', x1: 'low', x2: 'high', stroke: PALETTE.ink, strokeWidth: 1.5, ariaHidden: 'true' })]
        : []),
      Plot.text(bars, {
        y: 'label',
        x: end,
        text: 'text',
        dx: 6,
        textAnchor: 'start',
        fill: PALETTE.ink,
        fontWeight: 600,
        ariaHidden: 'true',
      }),
      Plot.ruleX([0], { stroke: PALETTE.ink, ariaHidden: 'true' }),
      Plot.barX(bars, {
        y: 'label',
        x: end,
        ...EXPLORE_HIT,
        render: exploreRender(bars, (b) => ({ text: exploreLabel([b.label], b.text), interval: exploreInterval(locale, b.low, b.high), kind: source })),
      }),
    ],
  };
}
