import * as Plot from '@observablehq/plot';
import { PALETTE, type FigureSource } from './palette';

/** One bar: the base rate plus `steps` times the effect, for one outcome, all in percent. */
export interface StepBar {
  panel: string;
  /** 0, 1 or 2 steps up the scale. */
  steps: number;
  label: string;
  base: number;
  /** Added by the steps (steps × effect per step). */
  effect: number;
  /** 95% interval of the total (sample view). */
  low?: number | null;
  high?: number | null;
  /** Text above the bar ("6 %", "+1,3 p.e.", "+2,6 p.e.\n= 2 × 1,3"). */
  text: string;
}

/** Options for the chart. */
export interface StepChartOptions {
  /** Shorter panel titles for phones (full title → short); the caption names the time frame. */
  shortPanels?: Readonly<Record<string, string>>;
  width: number;
  source: FigureSource;
  ariaDescription: string;
}

/**
 * Plot options for seed Tabell 4 made visible: per outcome, today's rate and the rate after one and two
 * steps up the belief scale; the base part is outlined, the part the caseworker's belief adds is
 * filled, so the doubling from one to two steps is the filled part growing to twice its height.
 */
export function stepEffectChart(bars: readonly StepBar[], options: StepChartOptions): Plot.PlotOptions {
  const { width, source, ariaDescription, shortPanels = {} } = options;
  const narrow = width < 480;
  const colour = PALETTE[source];
  const panels = [...new Set(bars.map((b) => b.panel))];
  const top = Math.max(...bars.map((b) => Math.max(b.base + b.effect, b.high ?? 0)));
  const yMax = Math.max(10, Math.ceil((top + 4) / 5) * 5);
  const hasIntervals = bars.some((b) => b.low != null && b.high != null);
  const segments = bars.flatMap((b) => [
    { ...b, part: 'base', y1: 0, y2: b.base },
    ...(b.effect !== 0 ? [{ ...b, part: 'effect', y1: b.base, y2: b.base + b.effect }] : []),
  ]);
  return {
    width,
    height: narrow ? 340 : 360,
    marginLeft: 48,
    marginTop: 30,
    marginBottom: narrow ? 40 : 30,
    style: { fontSize: narrow ? '12px' : '13px', color: PALETTE.ink, background: 'transparent' },
    ariaLabel: ariaDescription,
    fx: { domain: panels, label: null, axis: 'top', padding: narrow ? 0.1 : 0.16, tickFormat: narrow ? (d: string) => shortPanels[d] ?? d : undefined },
    x: { domain: [...new Set(bars.map((b) => b.label))], label: null, padding: 0.2, tickFormat: narrow ? (d: string) => d.replace(' ', '\n') : undefined },
    // No y-axis title: it would collide with the panel titles above; the ticks carry the unit and the
    // caption names the measure.
    y: { domain: [0, yMax], label: null, grid: true, ticks: 5, tickFormat: (d: number) => `${d} %` },
    marks: [
      Plot.rectY(segments, {
        fx: 'panel',
        x: 'label',
        y1: 'y1',
        y2: 'y2',
        fill: (s: { part: string }) => (s.part === 'effect' ? colour : '#ffffff'),
        stroke: colour,
        strokeWidth: 2,
        inset: 1,
        ariaHidden: 'true',
      }),
      ...(hasIntervals
        ? [
            Plot.ruleX(
              bars.filter((b) => b.low != null),
              { fx: 'panel', x: 'label', y1: 'low', y2: 'high', stroke: PALETTE.ink, strokeWidth: 1.5, ariaHidden: 'true' },
            ),
          ]
        : []),
      Plot.text(bars, {
        fx: 'panel',
        x: 'label',
        y: (b: StepBar) => (hasIntervals && b.high != null ? b.high : b.base + b.effect),
        text: 'text',
        dy: -8,
        lineAnchor: 'bottom',
        fill: PALETTE.ink,
        fontWeight: 600,
        ariaHidden: 'true',
      }),
      Plot.ruleY([0], { stroke: PALETTE.ink, ariaHidden: 'true' }),
    ],
  };
}
