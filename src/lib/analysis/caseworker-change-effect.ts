import type { ColumnTable } from 'arquero';
import type { Outcome } from '../data/sample-columns';
import { clusteredOls } from '../stats/clustered-ols';
import type { Estimate } from '../stats/summarise-coefficient';
import { tableColumns } from './table-columns';
import { MODEL_CONTROLS } from './model-controls';

/**
 * The effect of one more caseworker change (Tabell 1): linear probability model of the outcome on
 * caseworker_changes with the controls and job-centre fixed effects; SEs clustered by caseworker.
 * Belief is not in the model, so "don't know" answers are kept.
 */
export function caseworkerChangeEffect(table: ColumnTable, options: { outcome: Outcome; level?: number }): Estimate {
  return clusteredOls(tableColumns(table), table.numRows(), {
    outcome: options.outcome,
    focus: 'caseworker_changes',
    controls: MODEL_CONTROLS,
    cluster: 'caseworker_id',
    level: options.level,
  });
}
