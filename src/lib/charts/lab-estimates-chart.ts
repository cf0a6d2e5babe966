import * as Plot from '@observablehq/plot';
import type { LabChartRow } from '../lab/lab-view';
import { PALETTE } from './palette';

/** Options for the lab's chart. */
export interface LabEstimatesChartOptions {
  width: number;
  truth: number;
  truthLabel: string;
  xLabel: string;
  ariaDescription: string;
}

/** Plot options: each estimator's estimate and 95 % interval as a dot on a line, the truth as a dashed rule. */
export function labEstimatesChart(rows: readonly LabChartRow[], options: LabEstimatesChartOptions): Plot.PlotOptions {
  const { width, truth, truthLabel, xLabel, ariaDescription } = options;
  const narrow = width < 480;
  const values = [truth, 0, ...rows.flatMap((r) => [r.low, r.high])];
  const span = Math.max(...values) - Math.min(...values) || 1;
  const domain = [Math.min(...values) - span * 0.08, Math.max(...values) + span * 0.08];
  return {
    width,
    height: narrow ? 250 : 220,
    marginLeft: narrow ? 12 : 160,
    marginRight: 24,
    marginTop: 30,
    marginBottom: 44,
    style: { fontSize: narrow ? '12px' : '13px', color: PALETTE.ink, background: 'transparent' },
    ariaLabel: ariaDescription,
    x: { domain, label: xLabel, labelAnchor: 'center', labelOffset: 36, grid: true, ticks: narrow ? 5 : 8 },
    y: { domain: rows.map((r) => r.label), axis: narrow ? null : 'left', label: null, padding: 0.5 },
    marks: [
      Plot.ruleX([0], { stroke: '#999', ariaHidden: 'true' }),
      Plot.ruleY(rows, { y: 'label', x1: 'low', x2: 'high', stroke: PALETTE.sample, strokeWidth: 3, ariaHidden: 'true' }),
      Plot.dot(rows, { y: 'label', x: 'value', r: 6, fill: PALETTE.sample, stroke: 'white', strokeWidth: 1.5, ariaHidden: 'true' }),
      Plot.text(rows, { y: 'label', x: 'value', text: 'text', dy: -13, fill: PALETTE.ink, fontWeight: 600, ariaHidden: 'true' }),
      ...(narrow
        ? [Plot.text(rows, { y: 'label', x: domain[0], text: 'label', dy: 14, textAnchor: 'start', fill: PALETTE.ink, ariaHidden: 'true' })]
        : []),
      Plot.ruleX([truth], { stroke: PALETTE.ink, strokeWidth: 2, strokeDasharray: '6,4', ariaHidden: 'true' }),
      Plot.text([truth], { x: (d: number) => d, frameAnchor: 'top', dy: -22, text: () => truthLabel, fill: PALETTE.ink, fontWeight: 700, ariaHidden: 'true' }),
    ],
  };
}
