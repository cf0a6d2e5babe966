import * as Plot from '@observablehq/plot';
import { errorBarMarks } from './error-bar-marks';
import { PALETTE, type FigureSource } from './palette';

/** One bar: a rate in percent for one panel (outcome) and one step (before / after, or a number of changes). */
export interface ChangeBar {
  /** Panel the bar belongs to (an outcome); one panel when all bars share it. */
  panel: string;
  /** The bar's label on the x axis ("Genomsnitt", "Efter ett byte", "0", "1", "3+"). */
  label: string;
  rate: number;
  low?: number | null;
  high?: number | null;
  /** The rate as text for the reader. */
  text: string;
  /** A reference bar (the average before a change) is drawn light with an outline. */
  reference?: boolean;
}

/** A note drawn at the top of a panel, e.g. the drop "−1,3 p.e. (−22 %)". */
export interface PanelNote {
  panel: string;
  text: string;
}

/** Options for the chart. */
export interface ChangeChartOptions {
  /** Shorter panel titles for phones (full title → short), so two panels' titles do not run together. */
  shortPanels?: Readonly<Record<string, string>>;
  width: number;
  source: FigureSource;
  yLabel: string;
  /** Axis label under the bars (sample view), or null. */
  xLabel: string | null;
  notes?: readonly PanelNote[];
  ariaDescription: string;
}

/**
 * Plot options for seed Tabell 1 (bars before / after one change, one panel per outcome) and for the
 * sample's rate by number of changes (one panel, 95% intervals).
 */
export function caseworkerChangeChart(bars: readonly ChangeBar[], options: ChangeChartOptions): Plot.PlotOptions {
  const { width, source, yLabel, xLabel, notes = [], ariaDescription, shortPanels = {} } = options;
  const narrow = width < 480;
  const panels = [...new Set(bars.map((b) => b.panel))];
  const faceted = panels.length > 1;
  const top = Math.max(...bars.map((b) => Math.max(b.rate, b.high ?? 0)));
  // Room above the tallest bar for its value and the panel note.
  const yMax = Math.max(10, Math.ceil((top * 1.35 + 1) / 2) * 2);
  const colour = PALETTE[source];
  const hasIntervals = bars.some((b) => b.low != null && b.high != null);
  const labels = [...new Set(bars.map((b) => b.label))];
  return {
    width,
    height: narrow ? 320 : 340,
    marginLeft: faceted ? 48 : 44,
    marginTop: faceted ? 30 : 20,
    marginBottom: xLabel ? 48 : 32,
    style: { fontSize: narrow ? '12px' : '13px', color: PALETTE.ink, background: 'transparent' },
    ariaLabel: ariaDescription,
    fx: faceted
      ? {
          domain: panels,
          label: null,
          padding: narrow ? 0.12 : 0.2,
          axis: 'top',
          // On phones the panel titles drop "within a year" (the caption says it) so they do not run together.
          tickFormat: narrow ? (d: string) => shortPanels[d] ?? d : undefined,
        }
      : undefined,
    x: {
      domain: labels,
      label: xLabel,
      labelAnchor: 'center',
      labelOffset: 38,
      padding: faceted ? 0.2 : 0.3,
      tickFormat: narrow && faceted ? (d: string) => d.replace(' ett ', '\nett ') : undefined,
    },
    // With panel titles on top the y-axis title would collide with them: the ticks carry the unit instead.
    y: faceted
      ? { domain: [0, yMax], label: null, grid: true, ticks: 5, tickFormat: (d: number) => `${d} %` }
      : { domain: [0, yMax], label: yLabel, grid: true, ticks: 5 },
    marks: [
      Plot.barY(bars, {
        ...(faceted ? { fx: 'panel' } : {}),
        x: 'label',
        y: 'rate',
        fill: (b: ChangeBar) => (b.reference ? '#ffffff' : colour),
        stroke: colour,
        strokeWidth: 2,
        inset: 1,
        ariaHidden: 'true',
      }),
      ...(hasIntervals ? errorBarMarks(bars, { inset: narrow ? 14 : 30 }) : []),
      Plot.text(bars, {
        ...(faceted ? { fx: 'panel' } : {}),
        x: 'label',
        y: (b: ChangeBar) => (hasIntervals ? (b.high ?? b.rate) : b.rate),
        text: 'text',
        dy: -9,
        fill: PALETTE.ink,
        fontWeight: 600,
        ariaHidden: 'true',
      }),
      ...(notes.length > 0
        ? [
            Plot.text(notes, {
              ...(faceted ? { fx: 'panel' } : {}),
              frameAnchor: 'top',
              dy: 6,
              text: 'text',
              fill: PALETTE.ink,
              fontWeight: 700,
              ariaHidden: 'true',
            }),
          ]
        : []),
      Plot.ruleY([0], { stroke: PALETTE.ink, ariaHidden: 'true' }),
    ],
  };
}
