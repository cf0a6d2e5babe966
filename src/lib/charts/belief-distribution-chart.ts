import * as Plot from '@observablehq/plot';
import { PALETTE, type FigureSource } from './palette';

/** One bar: the share (in percent) of answers with one label, with an optional 95% interval. */
export interface ShareBar {
  label: string;
  share: number;
  low?: number | null;
  high?: number | null;
  /** The share as text for the reader ("knappt 50 %", "6 %"). */
  text: string;
}

/** Options for the distribution chart. */
export interface ShareChartOptions {
  width: number;
  source: FigureSource;
  xLabel: string;
  ariaDescription: string;
}

/** Plot options for the distribution of caseworkers' answers to the belief question (seed Figur 2). */
export function beliefDistributionChart(bars: readonly ShareBar[], options: ShareChartOptions): Plot.PlotOptions {
  const { width, source, xLabel, ariaDescription } = options;
  const narrow = width < 480;
  const longest = Math.max(...bars.map((b) => b.label.length));
  const top = Math.max(...bars.map((b) => Math.max(b.share, b.high ?? 0)));
  const xMax = Math.max(30, Math.ceil((top + 8) / 10) * 10);
  const hasIntervals = bars.some((b) => b.low != null && b.high != null);
  return {
    width,
    height: 44 * bars.length + 64,
    marginLeft: Math.min(150, 16 + longest * (narrow ? 6.6 : 7.4)),
    marginRight: 24,
    marginTop: 8,
    marginBottom: 44,
    style: { fontSize: narrow ? '12px' : '13px', color: PALETTE.ink, background: 'transparent' },
    ariaLabel: ariaDescription,
    y: { domain: bars.map((b) => b.label), label: null, padding: 0.3 },
    x: { domain: [0, xMax], label: xLabel, labelAnchor: 'center', labelOffset: 36, grid: true, ticks: narrow ? 4 : 6 },
    marks: [
      Plot.barX(bars, { y: 'label', x: 'share', fill: PALETTE[source], ariaHidden: 'true' }),
      ...(hasIntervals
        ? [Plot.ruleY(bars, { y: 'label', x1: 'low', x2: 'high', stroke: PALETTE.ink, strokeWidth: 1.5, ariaHidden: 'true' })]
        : []),
      Plot.text(bars, {
        y: 'label',
        x: (b: ShareBar) => (hasIntervals ? (b.high ?? b.share) : b.share),
        text: 'text',
        dx: 6,
        textAnchor: 'start',
        fill: PALETTE.ink,
        fontWeight: 600,
        ariaHidden: 'true',
      }),
      Plot.ruleX([0], { stroke: PALETTE.ink, ariaHidden: 'true' }),
    ],
  };
}
