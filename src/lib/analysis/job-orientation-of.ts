import type { ColumnTable } from 'arquero';
import { jobOrientation } from './job-orientation';

// Arquero tables do not change once made, so a result can be kept for as long as its input lives.
const cache = new WeakMap<ColumnTable, ColumnTable>();

/**
 * jobOrientation(table), computed once per table object: the figures, the 2SLS and the calibration
 * report all need it for the same sample, and it is the costliest pipeline (about 14 ms on the sample).
 * A table that already has a job_orientation column is returned as it is.
 */
export function jobOrientationOf(table: ColumnTable): ColumnTable {
  if (table.columnNames().includes('job_orientation')) return table;
  let result = cache.get(table);
  if (!result) cache.set(table, (result = jobOrientation(table)));
  return result;
}
