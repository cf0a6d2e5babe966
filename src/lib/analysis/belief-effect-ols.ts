import type { ColumnTable } from 'arquero';
import type { Outcome } from '../data/sample-columns';
import { clusteredOls } from '../stats/clustered-ols';
import type { Estimate } from '../stats/summarise-coefficient';
import { tableColumns } from './table-columns';
import { MODEL_CONTROLS } from './model-controls';

/**
 * Linear probability model of the outcome on belief with the register/BIP controls and job-centre
 * fixed effects, over answers with a belief; SEs clustered by caseworker. Still confounded by what
 * the caseworker knows about the client beyond the controls.
 */
export function beliefEffectOls(table: ColumnTable, options: { outcome: Outcome; level?: number }): Estimate {
  return clusteredOls(tableColumns(table), table.numRows(), {
    outcome: options.outcome,
    focus: 'belief',
    controls: MODEL_CONTROLS,
    cluster: 'caseworker_id',
    level: options.level,
  });
}
