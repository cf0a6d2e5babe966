import type { ColumnTable } from 'arquero';
import type { Outcome } from '../data/sample-columns';
import { clusteredOls } from '../stats/clustered-ols';
import type { Estimate } from '../stats/summarise-coefficient';
import { tableColumns } from './table-columns';

/**
 * The naive slope: outcome on belief (1–5) with an intercept and nothing else, over answers with a
 * belief; SEs clustered by caseworker. It mixes the belief's effect with what the caseworker sees in
 * the client, so it is the upper benchmark the causal estimates are compared with.
 */
export function naiveBeliefSlope(table: ColumnTable, options: { outcome: Outcome; level?: number }): Estimate {
  return clusteredOls(tableColumns(table), table.numRows(), {
    outcome: options.outcome,
    focus: 'belief',
    controls: [],
    cluster: 'caseworker_id',
    level: options.level,
  });
}
