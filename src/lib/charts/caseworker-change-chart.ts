import * as Plot from '@observablehq/plot';
import { ticks } from 'd3-array';
import { bandStep, chartFontSize, DEFAULT_CHART_LOCALE, facetMarginRight, linesWidth, percentTick, textWidth, wrapLabel } from './chart-text';
import { errorBarMarks } from './error-bar-marks';
import { EXPLORE_HIT, exploreInterval, exploreLabel, exploreRender } from './explore-marks';
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
  /** Whose number it is, when the report's and the sample's are drawn side by side (the comparison). */
  kind?: FigureSource;
}

/** A note drawn at the top of a panel, e.g. the drop "−1,3 p.e. (−22 %)". */
export interface PanelNote {
  panel: string;
  text: string;
  /** In the comparison: the kind whose pair of bars the note stands over. */
  kind?: FigureSource;
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
  /** BCP 47 locale for the axis ticks and intervals the chart formats itself; the report's Swedish when absent. */
  locale?: string;
  /** The names of the kinds under each pair of bars in the comparison ("Rapporten", "Urval (syntetiskt)"). */
  kinds?: Readonly<Record<FigureSource, string>>;
}

/**
 * Plot options for seed Tabell 1 (bars before / after one change, one panel per outcome), for the
 * sample's rate by number of changes (one panel, 95% intervals), and for the two side by side (bars
 * with a kind: in each outcome's panel the report's pair, then the sample's with its intervals).
 */
export function caseworkerChangeChart(bars: readonly ChangeBar[], options: ChangeChartOptions): Plot.PlotOptions {
  if (bars.some((b) => b.kind)) return comparisonChart(bars, options);
  const { width, source, yLabel, xLabel, notes = [], ariaDescription, shortPanels = {}, locale = DEFAULT_CHART_LOCALE } = options;
  const narrow = width < 480;
  const fontSize = chartFontSize(width);
  const panels = [...new Set(bars.map((b) => b.panel))];
  const faceted = panels.length > 1;
  const labels = [...new Set(bars.map((b) => b.label))];
  const marginLeft = faceted ? 48 : 44;
  const fxPadding = narrow ? 0.16 : 0.2;
  const titles = panels.map((p) => (narrow ? (shortPanels[p] ?? p) : p));
  const marginRight = faceted ? facetMarginRight(titles, { width, marginLeft, padding: fxPadding, fontSize }) : 8;
  const xPadding = faceted ? 0.2 : 0.3;
  const panelStep = faceted ? bandStep(width - marginLeft - marginRight, panels.length, fxPadding) : width - marginLeft - marginRight;
  const labelStep = bandStep(panelStep * (faceted ? 1 - fxPadding : 1), labels.length, xPadding);
  // Bar labels break at the space nearest their middle when wider than their band; when even then they
  // would run into each other (phones, two panels), a legend under the panels names the bars instead.
  const ticks = new Map(labels.map((l) => [l, wrapLabel(l, labelStep - 6, fontSize)]));
  const legend = faceted && [...ticks.values()].some((t) => linesWidth(t, fontSize) > labelStep - 6);
  const twoLines = !legend && [...ticks.values()].some((t) => t.includes('\n'));
  const panelNotes = notes.map((n) => ({ ...n, text: wrapLabel(n.text, panelStep - 8, fontSize, true) }));
  const notesTwoLines = panelNotes.some((n) => n.text.includes('\n'));
  const top = Math.max(...bars.map((b) => Math.max(b.rate, b.high ?? 0)));
  // Room above the tallest bar for its value and the panel note (two lines of note need more).
  const yMax = Math.max(10, Math.ceil((top * (notesTwoLines ? 1.55 : 1.35) + 1) / 2) * 2);
  const colour = PALETTE[source];
  const hasIntervals = bars.some((b) => b.low != null && b.high != null);
  const fill = (b: { reference?: boolean }) => (b.reference ? '#ffffff' : colour);
  const describe = (b: ChangeBar) => ({
    text: exploreLabel([faceted ? b.panel : null, b.label], b.text),
    interval: exploreInterval(locale, b.low, b.high),
    kind: source,
  });
  return {
    width,
    height: (narrow ? 320 : 340) + (twoLines ? 14 : 0),
    marginLeft,
    marginRight,
    marginTop: faceted ? 30 : 20,
    marginBottom: legend ? 40 : (xLabel ? 48 : 32) + (twoLines ? 14 : 0),
    style: { fontSize: `${fontSize}px`, color: PALETTE.ink, background: 'transparent' },
    ariaLabel: ariaDescription,
    fx: faceted
      ? {
          domain: panels,
          label: null,
          padding: fxPadding,
          axis: 'top',
          // On phones the panel titles drop "within a year" (the caption says it) so they do not run together.
          tickFormat: narrow ? (d: string) => shortPanels[d] ?? d : undefined,
        }
      : undefined,
    x: {
      domain: labels,
      label: xLabel,
      labelAnchor: 'center',
      labelOffset: twoLines ? 52 : 38,
      padding: xPadding,
      ...(legend ? { axis: null } : { tickFormat: (d: string) => ticks.get(d) ?? d }),
    },
    // With panel titles on top the y-axis title would collide with them: the ticks carry the unit instead.
    y: faceted
      ? { domain: [0, yMax], label: null, grid: true, ticks: 5, tickFormat: percentTick(locale) }
      : { domain: [0, yMax], label: yLabel, grid: true, ticks: 5 },
    marks: [
      Plot.barY(bars, {
        ...(faceted ? { fx: 'panel' } : {}),
        x: 'label',
        y: 'rate',
        fill,
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
      ...(panelNotes.length > 0
        ? [
            Plot.text(panelNotes, {
              ...(faceted ? { fx: 'panel' } : {}),
              frameAnchor: 'top',
              lineAnchor: 'top',
              dy: 4,
              text: 'text',
              fill: PALETTE.ink,
              fontWeight: 700,
              ariaHidden: 'true',
            }),
          ]
        : []),
      Plot.ruleY([0], { stroke: PALETTE.ink, ariaHidden: 'true' }),
      ...(legend ? legendMarks(labels, bars, { colour, fill, fontSize, width: width - marginLeft - marginRight }) : []),
      Plot.barY(bars, {
        ...(faceted ? { fx: 'panel' } : {}),
        x: 'label',
        y: (b: ChangeBar) => Math.max(b.rate, b.high ?? 0),
        ...EXPLORE_HIT,
        render: exploreRender(bars, describe),
      }),
    ],
  };
}

/** A one-line legend under the panels (`dy` below the frame): a swatch drawn like each label's bars, then the label, centred. */
function legendMarks(
  labels: readonly string[],
  bars: readonly ChangeBar[],
  { colour, fill, fontSize, width, dy = 24 }: { colour: string; fill: (b: { reference?: boolean }) => string; fontSize: number; width: number; dy?: number },
): Plot.Markish[] {
  const swatch = 12;
  const gap = 14;
  const items = labels.map((label) => ({ label, reference: bars.find((b) => b.label === label)?.reference ?? false, width: swatch + 5 + textWidth(label, fontSize) }));
  const total = items.reduce((sum, item) => sum + item.width, 0) + gap * (items.length - 1);
  let x = Math.max(0, (width - total) / 2);
  const placed = items.map((item) => {
    const at = x;
    x += item.width + gap;
    return { ...item, at };
  });
  const common = { frameAnchor: 'bottom-left', facet: 'super', ariaHidden: 'true' } as const;
  return placed.flatMap((item) => [
    Plot.dot([item], { ...common, dx: item.at + swatch / 2, dy, symbol: 'square', r: swatch / 2 - 1, fill: fill(item), stroke: colour, strokeWidth: 2 }),
    Plot.text([item], { ...common, dx: item.at + swatch + 5, dy, text: 'label', textAnchor: 'start', fill: PALETTE.ink }),
  ]);
}

/** Where a comparison bar sits on the x axis: its kind and label (a gap key keeps the two kinds' pairs apart). */
const barKey = (kind: string | undefined, label: string) => `${kind ?? ''}\u0001${label}`;

/**
 * The comparison: one panel per outcome, side by side on a wide screen and one above the other on a
 * phone (four bars with their values need the width). In each panel the report's pair of bars (blue,
 * the average light) and then the sample's (orange, with 95% whiskers), the kind named under each
 * pair and the drop over it; a legend tells the average from the rate after one change.
 */
function comparisonChart(bars: readonly ChangeBar[], options: ChangeChartOptions): Plot.PlotOptions {
  const { width, notes = [], ariaDescription, locale = DEFAULT_CHART_LOCALE, kinds } = options;
  const narrow = width < 480;
  const fontSize = chartFontSize(width);
  const panels = [...new Set(bars.map((b) => b.panel))];
  const labels = [...new Set(bars.map((b) => b.label))];
  const kindsShown = [...new Set(bars.map((b) => b.kind ?? 'published'))];
  const domain = kindsShown.flatMap((kind, i) => [...(i > 0 ? [`gap${i}`] : []), ...labels.map((l) => barKey(kind, l))]);
  const marginLeft = 48;
  const fxPadding = 0.12;
  const marginRight = narrow ? 8 : facetMarginRight(panels, { width, marginLeft, padding: fxPadding, fontSize });
  const panelWidth = narrow ? width - marginLeft - marginRight : bandStep(width - marginLeft - marginRight, panels.length, fxPadding) * (1 - fxPadding);
  const xPadding = 0.12;
  const step = bandStep(panelWidth, domain.length, xPadding);
  // The centre of a pair is half a step right of its first bar.
  const pairDx = (step * (labels.length - 1)) / 2;
  // A note or kind name may reach a little into the gap beside its pair.
  const pairWidth = step * (labels.length + 0.7) - 6;
  const panelNotes = notes.map((n) => ({ ...n, key: barKey(n.kind, labels[0]!), text: wrapLabel(n.text, pairWidth, fontSize, true) }));
  const notesTwoLines = panelNotes.some((n) => n.text.includes('\n'));
  const kindLabels = kindsShown.map((kind) => ({ key: barKey(kind, labels[0]!), text: wrapLabel(kinds?.[kind] ?? kind, pairWidth, fontSize) }));
  const kindLines = kindLabels.some((k) => k.text.includes('\n')) ? 2 : 1;
  const top = Math.max(...bars.map((b) => Math.max(b.rate, b.high ?? 0)));
  const yMax = Math.max(10, Math.ceil((top * (notesTwoLines ? 1.6 : 1.4) + 1) / 2) * 2);
  const colour = (b: { kind?: FigureSource }) => PALETTE[b.kind ?? 'published'];
  const fill = (b: ChangeBar) => (b.reference ? '#ffffff' : colour(b));
  const data = bars.map((b) => ({ ...b, key: barKey(b.kind, b.label) }));
  const intervals = data.filter((b) => b.low != null && b.high != null);
  const facet = narrow ? { fy: 'panel' } : { fx: 'panel' };
  const lineHeight = Math.round(fontSize * 1.2);
  const kindRoom = 8 + kindLines * lineHeight;
  const legendDy = kindRoom + 16;
  // On a phone each panel's title stands above it, in the gap fy leaves between the panels.
  const titleRoom = lineHeight + 8;
  const rowHeight = 200;
  const gap = kindRoom + titleRoom + 10;
  const describe = (b: ChangeBar) => ({
    // The explorer names the kind after the value ("… Urval (syntetiskt)"), so the label leaves it out.
    text: exploreLabel([b.panel, b.label], b.text),
    interval: exploreInterval(locale, b.low, b.high),
    kind: b.kind ?? 'published',
  });
  return {
    width,
    height: narrow ? titleRoom + 4 + panels.length * rowHeight + (panels.length - 1) * gap + legendDy + 14 : 360 + (kindLines - 1) * lineHeight,
    marginLeft,
    marginRight,
    marginTop: narrow ? titleRoom + 4 : 30,
    marginBottom: legendDy + 14,
    style: { fontSize: `${fontSize}px`, color: PALETTE.ink, background: 'transparent' },
    ariaLabel: ariaDescription,
    ...(narrow
      ? { fy: { domain: panels, axis: null, paddingInner: gap / (rowHeight + gap), paddingOuter: 0 } }
      : { fx: { domain: panels, label: null, padding: fxPadding, axis: 'top' } }),
    x: { domain, axis: null, padding: xPadding },
    // No tick in the band the drops are written in, so no grid line or tick label runs into them.
    y: { domain: [0, yMax], label: null, grid: true, ticks: ticks(0, yMax, 5).filter((t) => t <= yMax * 0.8), tickFormat: percentTick(locale) },
    marks: [
      Plot.barY(data, { ...facet, x: 'key', y: 'rate', fill, stroke: colour, strokeWidth: 2, inset: 1, ariaHidden: 'true' }),
      Plot.ruleX(intervals, { ...facet, x: 'key', y1: 'low', y2: 'high', stroke: PALETTE.ink, strokeWidth: 1.5, ariaHidden: 'true' }),
      ...(['low', 'high'] as const).map((end) =>
        Plot.tickY(intervals, { ...facet, x: 'key', y: end, inset: Math.max(4, step * 0.3), stroke: PALETTE.ink, ariaHidden: 'true' }),
      ),
      Plot.text(data, {
        ...facet,
        x: 'key',
        y: (b: ChangeBar) => b.high ?? b.rate,
        text: 'text',
        dy: -9,
        fill: PALETTE.ink,
        fontWeight: 600,
        // A white halo keeps a value readable where it crosses a grid line or its neighbour's whisker.
        stroke: '#ffffff',
        strokeWidth: 3,
        ariaHidden: 'true',
      }),
      Plot.text(panelNotes, { ...facet, x: 'key', dx: pairDx, frameAnchor: 'top', lineAnchor: 'top', dy: 4, text: 'text', fill: PALETTE.ink, fontWeight: 700, ariaHidden: 'true' }),
      // The kind under each pair, in the kind's colour, so the sample is marked as such on the chart itself.
      ...kindsShown.map((kind, i) =>
        Plot.text(
          panels.map((panel) => ({ panel, ...kindLabels[i]! })),
          { ...facet, x: 'key', dx: pairDx, frameAnchor: 'bottom', lineAnchor: 'top', dy: 8, text: 'text', fill: PALETTE[kind], fontWeight: 700, ariaHidden: 'true' },
        ),
      ),
      ...(narrow
        ? [Plot.text(panels, { fy: (p: string) => p, frameAnchor: 'top-left', lineAnchor: 'bottom', dy: -6, dx: -marginLeft + 4, text: (p: string) => p, fill: PALETTE.ink, fontWeight: 700, ariaHidden: 'true' })]
        : []),
      Plot.ruleY([0], { stroke: PALETTE.ink, ariaHidden: 'true' }),
      ...legendMarks(labels, bars.filter((b) => b.kind === 'published'), { colour: PALETTE.ink, fill: (b) => (b.reference ? '#ffffff' : PALETTE.ink), fontSize, width: width - marginLeft - marginRight, dy: legendDy }),
      Plot.barY(data, { ...facet, x: 'key', y: (b: ChangeBar) => Math.max(b.rate, b.high ?? 0), ...EXPLORE_HIT, render: exploreRender(data, describe) }),
    ],
  };
}
