import type { ColumnTable } from 'arquero';
import type { Outcome } from '../data/sample-columns';
import { rateWithInterval, type RateWithInterval } from './rate-with-interval';

/** The outcome rate among answers given after a number of caseworker changes. */
export interface CaseworkerChangeRow extends RateWithInterval {
  /** Caseworker changes before the answer; with `topCode`, the last row holds this many or more. */
  changes: number;
  /** True only on the pooled last row when `topCode` is set (label it "3+", not "3"). */
  orMore: boolean;
}

/** How many persons changed caseworker, and the outcome rate by number of changes. */
export interface CaseworkerChangeSummary {
  /** Distinct persons. */
  persons: number;
  /** Persons with at least one change in any of their answers. */
  personsWithChange: number;
  /** personsWithChange / persons; null when there are no rows. */
  shareWithChange: number | null;
  /** One row per number of changes 0, 1, 2, … up to the largest present (or up to topCode), counting answers. */
  byChanges: CaseworkerChangeRow[];
}

/** Options for {@link caseworkerChangeSummary}. */
export interface CaseworkerChangeOptions {
  /**
   * Pool all answers with at least this many changes into one last row (a positive integer). Few
   * answers follow many changes, so their own rows have intervals too wide to read; pooling keeps a
   * chart's axis fixed at 0 … topCode whatever the data.
   */
  topCode?: number;
}

/**
 * Persons with ≥1 caseworker change (the report's 40%) and the outcome rate by number of changes.
 * Persons are counted once; rates count answers, since each answer has its own outcome a year later.
 */
export function caseworkerChangeSummary(
  table: ColumnTable,
  outcome: Outcome,
  options: CaseworkerChangeOptions = {},
): CaseworkerChangeSummary {
  const { topCode } = options;
  if (topCode !== undefined && !(Number.isInteger(topCode) && topCode >= 1)) {
    throw new RangeError(`topCode must be a positive integer, got ${topCode}`);
  }
  const personIds = table.array('person_id');
  const changes = table.array('caseworker_changes');
  const outcomes = table.array(outcome);
  const rows = personIds.length;

  // caseworker_changes is cumulative, so a person has changed caseworker iff their maximum is > 0,
  // whichever wave the change shows up in.
  const maxByPerson = new Map<unknown, number>();
  const n: number[] = [];
  const positives: number[] = [];
  let maxChanges = -1;
  for (let i = 0; i < rows; i++) {
    const c = changes[i];
    if (typeof c !== 'number' || !Number.isInteger(c) || c < 0) {
      throw new RangeError(`caseworker_changes must be a whole number ≥ 0, got ${String(c)} in row ${i + 1}`);
    }
    const person = personIds[i];
    const seen = maxByPerson.get(person);
    if (seen === undefined || c > seen) maxByPerson.set(person, c);
    const group = topCode === undefined ? c : Math.min(c, topCode);
    if (group > maxChanges) {
      // Fill the gap so a number of changes nobody has still gets its (empty) row.
      for (let g = maxChanges + 1; g <= group; g++) {
        n[g] = 0;
        positives[g] = 0;
      }
      maxChanges = group;
    }
    n[group]!++;
    if (outcomes[i] === 1) positives[group]!++;
  }

  let personsWithChange = 0;
  for (const max of maxByPerson.values()) if (max > 0) personsWithChange++;
  const persons = maxByPerson.size;
  const last = topCode ?? maxChanges;
  const byChanges: CaseworkerChangeRow[] = [];
  for (let g = 0; g <= last; g++) {
    byChanges.push({ changes: g, orMore: g === topCode, ...rateWithInterval(positives[g] ?? 0, n[g] ?? 0) });
  }
  return {
    persons,
    personsWithChange,
    shareWithChange: persons === 0 ? null : personsWithChange / persons,
    byChanges,
  };
}
