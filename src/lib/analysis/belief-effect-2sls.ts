import type { ColumnTable } from 'arquero';
import type { Outcome } from '../data/sample-columns';
import { clusteredTsls } from '../stats/clustered-tsls';
import type { IvEstimate } from '../stats/summarise-coefficient';
import { jobOrientationOf } from './job-orientation-of';
import { MODEL_CONTROLS } from './model-controls';
import { tableColumns } from './table-columns';

/**
 * The causal belief effect (Tabell 4): 2SLS of the outcome on belief instrumented by the caseworker's
 * job orientation, with the controls and job-centre fixed effects in both stages; SEs clustered by
 * caseworker; rows with a belief and a defined job orientation. Uses the table's `job_orientation`
 * column when present, else derives it once per table (jobOrientationOf).
 */
export function beliefEffect2sls(table: ColumnTable, options: { outcome: Outcome; level?: number }): IvEstimate {
  const withInstrument = jobOrientationOf(table);
  return clusteredTsls(tableColumns(withInstrument), withInstrument.numRows(), {
    outcome: options.outcome,
    endogenous: 'belief',
    instrument: 'job_orientation',
    controls: MODEL_CONTROLS,
    cluster: 'caseworker_id',
    level: options.level,
  });
}
