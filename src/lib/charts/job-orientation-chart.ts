import * as Plot from '@observablehq/plot';
import { nice, ticks } from 'd3-array';
import { bandStep, bandTicks, chartFontSize, DEFAULT_CHART_LOCALE, textWidth } from './chart-text';
import { EXPLORE_HIT, exploreInterval, exploreLabel, exploreRender } from './explore-marks';
import { GROUP_RAMPS, PALETTE } from './palette';

/** One job-orientation group: its rate in percent, where it lies on the orientation axis (sample only). */
export interface OrientationGroupMark {
  group: number;
  label: string;
  rate: number;
  low?: number | null;
  high?: number | null;
  /** Range of job orientation in the group (sample view); absent for the published thirds. */
  from?: number | null;
  to?: number | null;
  text: string;
  /** Not published: drawn in the assumed grey. */
  assumed?: boolean;
}

/** One histogram bar of a group (sample view). */
export interface OrientationHistogramBar {
  x0: number;
  x1: number;
  group: number;
  count: number;
  /** What the explorer says for the bar: its group and interval, and its count as text ("Grupp 1 av 3, −1,50 – −1,40", "12 svar"). */
  label?: string;
  text?: string;
}

/** Options: size, labels and the overall rate line. */
export interface OrientationChartOptions {
  width: number;
  yLabel: string;
  xLabel: string;
  countLabel: string;
  /** The overall rate in percent and its label ("Alla: 6 %"). */
  overall: { rate: number; text: string };
  ariaDescription: string;
  /** BCP 47 locale for the intervals the chart formats itself; the report's Swedish when absent. */
  locale?: string;
}

/** The colour of group `group` (1-based) of `groups` ordered groups (GROUP_RAMPS; 1–2 groups use the ends of the 3-ramp). */
export function groupColour(group: number, groups: number): string {
  const ramp = GROUP_RAMPS[Math.min(5, Math.max(3, groups)) as 3 | 4 | 5];
  const index = groups < 3 ? (group - 1) * 2 : group - 1;
  return ramp[Math.min(ramp.length - 1, Math.max(0, index))]!;
}

/**
 * Plot options for seed Figur 4. Published view (groups without a range): one bar per third, the
 * unpublished middle third in the assumed grey, the overall rate as a dashed line. Sample view: each
 * group's rate as a line across its range of job orientation with a 95% band, and under the lines a
 * histogram of each group's answers, drawn below zero on the same y scale with its own axis on the
 * right (Plot has one y scale per plot, so the histogram is mapped into the band [−H, −gap]).
 */
export function jobOrientationChart(
  groups: readonly OrientationGroupMark[],
  histogram: readonly OrientationHistogramBar[],
  options: OrientationChartOptions,
): Plot.PlotOptions {
  const { width, yLabel, xLabel, countLabel, overall, ariaDescription, locale = DEFAULT_CHART_LOCALE } = options;
  const narrow = width < 480;
  const fontSize = chartFontSize(width);
  const style = { fontSize: `${fontSize}px`, color: PALETTE.ink, background: 'transparent' };
  const describe = (g: OrientationGroupMark) => ({
    text: exploreLabel([g.label], g.text),
    interval: exploreInterval(locale, g.low, g.high),
    kind: g.assumed ? 'assumed' : continuous ? 'sample' : 'published',
  });
  const k = groups.length;
  const continuous = groups.every((g) => g.from != null && g.to != null);
  const overallMarks = [
    Plot.ruleY([overall.rate], { stroke: PALETTE.ink, strokeDasharray: '5,4', strokeWidth: 1.5, ariaHidden: 'true' }),
  ];

  if (!continuous) {
    const colour = (g: OrientationGroupMark) => (g.assumed ? PALETTE.assumed : PALETTE.published);
    // Wide, the overall line's label sits in the right margin: as wide as the label in this language.
    const marginRight = narrow ? 8 : Math.ceil(12 + textWidth(overall.text, fontSize));
    const step = bandStep(width - 44 - marginRight, groups.length, 0.3);
    const ticks = bandTicks(groups.map((g) => g.label), step, fontSize);
    return {
      width,
      height: narrow ? 320 : 340,
      marginLeft: 44,
      marginRight,
      marginTop: 24,
      marginBottom: 36 + ticks.extra,
      style,
      ariaLabel: ariaDescription,
      x: {
        domain: groups.map((g) => g.label),
        label: null,
        padding: 0.3,
        tickRotate: ticks.rotate,
        tickFormat: ticks.format,
      },
      y: { domain: [0, 10], label: yLabel, grid: true, ticks: 5 },
      marks: [
        Plot.barY(groups.filter((g) => !g.assumed), { x: 'label', y: 'rate', fill: colour, ariaHidden: 'true' }),
        // The unpublished middle third: light grey with a dashed outline, so it reads as "not measured".
        Plot.barY(groups.filter((g) => g.assumed), {
          x: 'label',
          y: 'rate',
          fill: '#e4e4e4',
          stroke: PALETTE.assumed,
          strokeWidth: 2,
          strokeDasharray: '5,3',
          inset: 1,
          ariaHidden: 'true',
        }),
        // Values inside the bars' tops, so the middle bar's label cannot sit on the overall line just above it.
        Plot.text(groups, {
          x: 'label',
          y: 'rate',
          text: 'text',
          lineAnchor: 'top',
          dy: 6,
          fill: (g: OrientationGroupMark) => (g.assumed ? PALETTE.ink : '#ffffff'),
          fontWeight: 600,
          ariaHidden: 'true',
        }),
        ...overallMarks,
        Plot.text([overall], {
          y: 'rate',
          text: 'text',
          // Wide: in the right margin beside the line; narrow: above the line at the left edge.
          frameAnchor: narrow ? 'left' : 'right',
          textAnchor: 'start',
          dx: narrow ? 4 : 6,
          dy: narrow ? -8 : 0,
          fill: PALETTE.ink,
          ariaHidden: 'true',
        }),
        Plot.ruleY([0], { stroke: PALETTE.ink, ariaHidden: 'true' }),
        Plot.barY(groups, { x: 'label', y: 'rate', ...EXPLORE_HIT, render: exploreRender(groups, describe) }),
      ],
    };
  }

  // Sample view: rates live in [0, yTop]; the histogram is mapped into [−bandBottom, −gap].
  const yTop = Math.max(10, Math.ceil(Math.max(...groups.map((g) => g.high ?? g.rate)) + 1));
  const band = yTop * 0.55;
  const gap = yTop * 0.08;
  const maxCount = Math.max(1, ...histogram.map((b) => b.count));
  // About three ticks on the count axis, ending on a round count; whole counts only (for a tiny
  // histogram d3 would step by 0.5).
  const [, countTop] = nice(0, maxCount, 3);
  const toY = (count: number) => -gap - band + (count / countTop) * band;
  const countTicks = ticks(0, countTop, 3).filter(Number.isInteger);
  const rateTicks = Array.from({ length: Math.floor(yTop / 2) + 1 }, (_, i) => i * 2);
  const xs = [...groups.flatMap((g) => [g.from!, g.to!]), ...histogram.flatMap((b) => [b.x0, b.x1])];
  const xDomain: [number, number] = [Math.min(-1.5, ...xs), Math.max(1.5, ...xs)];
  const colourOf = (group: number) => groupColour(group, k);
  const span = xDomain[1] - xDomain[0];
  const legendY = yTop - yTop * 0.04;
  const plotWidth = width - 44 - 52;
  const pixels = (from: number, to: number) => ((to - from) / span) * plotWidth;
  // Each line is named where it is drawn (no legend to match colours against): under every band the
  // group's name when every name fits its band's width, else every group's number.
  const names = groups.every((g) => textWidth(g.label, fontSize) <= pixels(g.from!, g.to!) - 4);
  const labelled = groups.map((g) => ({ ...g, mid: (g.from! + g.to!) / 2, name: names ? g.label : String(g.group) }));
  const explorableBins = histogram.filter((b) => b.count > 0 && b.label != null);
  const describeBin = (b: OrientationHistogramBar) => ({ text: exploreLabel([b.label], b.text ?? String(b.count)), interval: '', kind: 'sample' });
  return {
    width,
    height: narrow ? 400 : 440,
    marginLeft: 44,
    marginRight: 52,
    marginTop: 20,
    marginBottom: 44,
    style,
    ariaLabel: ariaDescription,
    x: { domain: xDomain, label: xLabel, labelAnchor: 'center', labelOffset: 36, ticks: narrow ? 5 : 8 },
    y: { domain: [-gap - band, yTop] },
    marks: [
      Plot.gridY(rateTicks, { ariaHidden: 'true' }),
      Plot.axisY(rateTicks, { anchor: 'left', label: yLabel, labelAnchor: 'top', ariaHidden: 'true' }),
      Plot.axisY(countTicks.map(toY), {
        anchor: 'right',
        label: null,
        tickFormat: (y: number) => String(Math.round(((y + gap + band) / band) * countTop)),
        ariaHidden: 'true',
      }),
      Plot.rect(histogram, {
        x1: 'x0',
        x2: 'x1',
        y1: () => toY(0),
        y2: (b: OrientationHistogramBar) => toY(b.count),
        fill: (b: OrientationHistogramBar) => colourOf(b.group),
        insetLeft: 0.5,
        insetRight: 0.5,
        ariaHidden: 'true',
      }),
      Plot.ruleY([toY(0)], { stroke: PALETTE.ink, ariaHidden: 'true' }),
      Plot.rect(labelled, {
        x1: 'from',
        x2: 'to',
        y1: 'low',
        y2: 'high',
        fill: (g: OrientationGroupMark) => colourOf(g.group),
        fillOpacity: 0.18,
        ariaHidden: 'true',
      }),
      Plot.ruleY(labelled, {
        x1: 'from',
        x2: 'to',
        y: 'rate',
        stroke: (g: OrientationGroupMark) => colourOf(g.group),
        strokeWidth: 3.5,
        ariaHidden: 'true',
      }),
      ...overallMarks,
      // The overall line is labelled as a legend in the top-left corner, clear of the group labels.
      Plot.line(
        [
          [xDomain[0] + span * 0.02, legendY],
          [xDomain[0] + span * 0.08, legendY],
        ],
        { stroke: PALETTE.ink, strokeDasharray: '5,4', strokeWidth: 1.5, ariaHidden: 'true' },
      ),
      Plot.text([overall], { x: () => xDomain[0] + span * 0.09, y: () => legendY, text: 'text', textAnchor: 'start', fill: PALETTE.ink, ariaHidden: 'true' }),
      Plot.text([countLabel], { text: (d: string) => d, y: () => toY(countTop), frameAnchor: 'left', textAnchor: 'start', dx: 4, dy: -6, fill: PALETTE.ink, ariaHidden: 'true' }),
      Plot.text(labelled, {
        x: 'mid',
        y: (g: OrientationGroupMark) => g.high ?? g.rate,
        text: 'text',
        dy: -9,
        fill: PALETTE.ink,
        // A white halo keeps a label readable where it crosses the dashed overall line.
        stroke: '#ffffff',
        strokeWidth: 4,
        fontWeight: 600,
        ariaHidden: 'true',
      }),
      Plot.text(labelled, {
        x: 'mid',
        y: (g: OrientationGroupMark) => g.low ?? g.rate,
        text: 'name',
        lineAnchor: 'top',
        dy: 5,
        fill: PALETTE.ink,
        stroke: '#ffffff',
        strokeWidth: 4,
        ariaHidden: 'true',
      }),
      Plot.ruleY([0], { stroke: PALETTE.ink, ariaHidden: 'true' }),
      Plot.rect(labelled, { x1: 'from', x2: 'to', y1: (g: OrientationGroupMark) => g.low ?? g.rate, y2: (g: OrientationGroupMark) => g.high ?? g.rate, ...EXPLORE_HIT, render: exploreRender(labelled, describe) }),
      // After the groups' lines, the histogram's bars that have answers, group by group, each with its count.
      Plot.rect(explorableBins, {
        x1: 'x0',
        x2: 'x1',
        y1: () => toY(0),
        // A bar of a few answers is a sliver: its hit area is at least a finger's tap high.
        y2: (b: OrientationHistogramBar) => Math.max(toY(b.count), toY(0) + band * 0.12),
        ...EXPLORE_HIT,
        render: exploreRender(explorableBins, describeBin),
      }),
    ],
  };
}

