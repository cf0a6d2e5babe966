import * as Plot from '@observablehq/plot';
import { PALETTE } from './palette';

/**
 * Whiskers for a vertical bar chart: a rule from `low` to `high` at each bar's `label`, capped by short
 * ticks. The site draws every 95% interval on bars this way, so they look alike in every chart.
 */
export function errorBarMarks(data: readonly object[], { inset }: { inset: number }): Plot.Markish[] {
  const hidden = { stroke: PALETTE.ink, ariaHidden: 'true' } as const;
  return [
    Plot.ruleX(data, { x: 'label', y1: 'low', y2: 'high', strokeWidth: 1.5, ...hidden }),
    Plot.tickY(data, { x: 'label', y: 'low', inset, ...hidden }),
    Plot.tickY(data, { x: 'label', y: 'high', inset, ...hidden }),
  ];
}
