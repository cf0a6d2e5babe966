import * as Plot from '@observablehq/plot';
import { nice, ticks } from 'd3-array';
import { PALETTE } from './palette';

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
}

/** The group colour: the site's ordered group colours, spread over the groups so 3 uses low, middle, high. */
export function groupColour(group: number, groups: number): string {
  const colours = PALETTE.groups;
  if (groups <= 1) return colours[0];
  const index = groups <= colours.length ? [0, 1, 2, 3, 4].slice(0, groups)[group - 1]! : group - 1;
  return colours[Math.min(colours.length - 1, index)]!;
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
  const { width, yLabel, xLabel, countLabel, overall, ariaDescription } = options;
  const narrow = width < 480;
  const style = { fontSize: narrow ? '12px' : '13px', color: PALETTE.ink, background: 'transparent' };
  const k = groups.length;
  const continuous = groups.every((g) => g.from != null && g.to != null);
  const overallMarks = [
    Plot.ruleY([overall.rate], { stroke: PALETTE.ink, strokeDasharray: '5,4', strokeWidth: 1.5, ariaHidden: 'true' }),
  ];

  if (!continuous) {
    const colour = (g: OrientationGroupMark) => (g.assumed ? PALETTE.assumed : PALETTE.published);
    return {
      width,
      height: narrow ? 320 : 340,
      marginLeft: 44,
      marginRight: narrow ? 8 : 70,
      marginTop: 24,
      marginBottom: narrow ? 48 : 36,
      style,
      ariaLabel: ariaDescription,
      x: {
        domain: groups.map((g) => g.label),
        label: null,
        padding: 0.3,
        tickFormat: narrow ? (d: string) => d.replace(' ', '\n') : undefined,
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
  const labelled = groups.map((g) => ({ ...g, mid: (g.from! + g.to!) / 2 }));
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
      Plot.ruleY([0], { stroke: PALETTE.ink, ariaHidden: 'true' }),
    ],
  };
}

