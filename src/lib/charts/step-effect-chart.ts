import * as Plot from '@observablehq/plot';
import { bandStep, chartFontSize, DEFAULT_CHART_LOCALE, facetMarginRight, leadingNumber, linesWidth, percentTick, wrapLabel } from './chart-text';
import { EXPLORE_HIT, exploreInterval, exploreLabel, exploreRender } from './explore-marks';
import { numberFormatter } from '../format/number-formatter';
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
  /** BCP 47 locale for the axis ticks and intervals the chart formats itself; the report's Swedish when absent. */
  locale?: string;
}

/**
 * Plot options for seed Tabell 4 made visible: per outcome, today's rate and the rate after one and two
 * steps up the belief scale; the base part is outlined, the part the caseworker's belief adds is
 * filled, so the doubling from one to two steps is the filled part growing to twice its height.
 */
export function stepEffectChart(bars: readonly StepBar[], options: StepChartOptions): Plot.PlotOptions {
  const { width, source, ariaDescription, shortPanels = {}, locale = DEFAULT_CHART_LOCALE } = options;
  const narrow = width < 480;
  const fontSize = chartFontSize(width);
  const format = numberFormatter(locale);
  const colour = PALETTE[source];
  const panels = [...new Set(bars.map((b) => b.panel))];
  const labels = [...new Set(bars.map((b) => b.label))];
  const marginLeft = 48;
  const fxPadding = narrow ? 0.12 : 0.16;
  const titles = panels.map((p) => (narrow ? (shortPanels[p] ?? p) : p));
  const marginRight = facetMarginRight(titles, { width, marginLeft, padding: fxPadding, fontSize });
  const panelStep = bandStep(width - marginLeft - marginRight, panels.length, fxPadding);
  const labelStep = bandStep(panelStep * (1 - fxPadding), labels.length, 0.2);
  // The value labels keep to their bars' bands: the whole texts, else their first lines, else only their
  // numbers (the unit is in the caption and the table); one form for every bar, so they read alike and
  // neighbours never run together or into the next panel.
  const forms: Array<(text: string) => string> = [(t) => t, (t) => t.split('\n')[0]!, leadingNumber];
  const form = forms.find((f) => bars.every((b) => linesWidth(f(b.text), fontSize, true) <= labelStep - 4)) ?? leadingNumber;
  const values = new Map(bars.map((b) => [b, form(b.text)]));
  const ticks = new Map(labels.map((l) => [l, wrapLabel(l, labelStep - 4, fontSize)]));
  const twoLineTicks = [...ticks.values()].some((t) => t.includes('\n'));
  const lines = Math.max(...[...values.values()].map((t) => t.split('\n').length));
  const top = Math.max(...bars.map((b) => Math.max(b.base + b.effect, b.high ?? 0)));
  const height = narrow ? 340 : 360;
  const marginTop = 30;
  const marginBottom = twoLineTicks ? 40 : 30;
  // Room above the tallest bar (or whisker) for its label: the label's lines in pixels, as a share of the axis.
  const labelRoom = (lines * fontSize * 1.2 + 14) / (height - marginTop - marginBottom);
  const yMax = Math.max(10, Math.ceil(top / (1 - labelRoom) / 5) * 5);
  const hasIntervals = bars.some((b) => b.low != null && b.high != null);
  const segments = bars.flatMap((b) => [
    { ...b, part: 'base', y1: 0, y2: b.base },
    ...(b.effect !== 0 ? [{ ...b, part: 'effect', y1: b.base, y2: b.base + b.effect }] : []),
  ]);
  const labelY = (b: StepBar) => Math.max(b.base + b.effect, hasIntervals && b.high != null ? b.high : 0);
  return {
    width,
    height,
    marginLeft,
    marginRight,
    marginTop,
    marginBottom,
    style: { fontSize: `${fontSize}px`, color: PALETTE.ink, background: 'transparent' },
    ariaLabel: ariaDescription,
    fx: { domain: panels, label: null, axis: 'top', padding: fxPadding, tickFormat: narrow ? (d: string) => shortPanels[d] ?? d : undefined },
    x: { domain: labels, label: null, padding: 0.2, tickFormat: (d: string) => ticks.get(d) ?? d },
    // No y-axis title: it would collide with the panel titles above; the ticks carry the unit and the
    // caption names the measure.
    y: { domain: [0, yMax], label: null, grid: true, ticks: 5, tickFormat: percentTick(locale) },
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
      // Above the bar or its whisker, whichever is higher, so the whisker never runs through the label.
      Plot.text(bars, {
        fx: 'panel',
        x: 'label',
        y: labelY,
        text: (b: StepBar) => values.get(b) ?? b.text,
        dy: -6,
        lineAnchor: 'bottom',
        fill: PALETTE.ink,
        fontWeight: 600,
        ariaHidden: 'true',
      }),
      Plot.ruleY([0], { stroke: PALETTE.ink, ariaHidden: 'true' }),
      Plot.rectY(bars, {
        fx: 'panel',
        x: 'label',
        y1: 0,
        y2: labelY,
        ...EXPLORE_HIT,
        render: exploreRender(bars, (b) => ({
          // A step's bar says the rate it reaches, then what the steps add ("7,3 % (+1,3 p.e.)").
          text: exploreLabel([b.panel, b.label], b.steps === 0 ? b.text : `${format.percent(b.base + b.effect, 1)} (${b.text.split('\n')[0]})`),
          interval: exploreInterval(locale, b.low, b.high),
          kind: source,
        })),
      }),
    ],
  };
}

