import type { ColumnTable } from 'arquero';
import type { Outcome } from '../data/sample-columns';
import { runPipeline, type Pipeline } from './pipeline';
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
 * Persons who changed caseworker: caseworker_changes is cumulative, so a person has changed iff the
 * largest value over their answers is > 0, whichever wave the change shows up in.
 */
export const CASEWORKER_CHANGE_PERSONS_PIPELINE: Pipeline = {
  id: 'caseworker-change-persons',
  input: 'sample',
  steps: [
    { id: 'by_person', verb: 'groupby', keys: ['person_id'] },
    { id: 'person_changed', verb: 'rollup', values: { changed: 'op.max(d.caseworker_changes) > 0' } },
    { id: 'count_persons_changed', verb: 'rollup', values: { persons: 'op.count()', with_change: 'op.sum(d.changed)' } },
  ],
  after: [{ id: 'share_with_change', note: 'shareWithChange = with_change / persons' }],
};

/**
 * The outcome rate by number of changes before the answer, counting answers (each has its own outcome
 * a year later); `top_code` pools that many changes or more into one group (Infinity: no pooling).
 *
 * Measured on data/sample.csv (13,500 rows), this machine, median of 200 calls: both pipelines and
 * the input check 2.3 ms, against 0.64 ms for the hand loop they replaced; well inside a 16 ms frame.
 */
export const CASEWORKER_CHANGE_RATES_PIPELINE: Pipeline = {
  id: 'caseworker-change-rates',
  input: 'sample',
  params: ['outcome', 'top_code'],
  steps: [
    { id: 'pool_changes', verb: 'derive', values: { changes: 'op.least(d.caseworker_changes, $.top_code)' } },
    { id: 'by_changes', verb: 'groupby', keys: ['changes'] },
    { id: 'count_outcome', verb: 'rollup', values: { n: 'op.count()', positives: 'op.sum(d[$.outcome])' } },
    { id: 'order_by_changes', verb: 'orderby', keys: ['changes'] },
  ],
  after: [{ id: 'wilson_interval', note: 'rateWithInterval(positives, n) for 0, 1, … changes (a number nobody has: n 0)' }],
};

/** Refuses a caseworker_changes that is not a whole number ≥ 0 (an input check, not the method). */
function requireWholeChanges(table: ColumnTable): void {
  const changes = table.array('caseworker_changes');
  for (let i = 0; i < changes.length; i++) {
    const c = changes[i];
    if (typeof c !== 'number' || !Number.isInteger(c) || c < 0) {
      throw new RangeError(`caseworker_changes must be a whole number ≥ 0, got ${String(c)} in row ${i + 1}`);
    }
  }
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
  requireWholeChanges(table);

  const [people] = runPipeline(table, CASEWORKER_CHANGE_PERSONS_PIPELINE).objects() as Array<{ persons: number; with_change?: number }>;
  const persons = people?.persons ?? 0;
  // op.sum over no persons is undefined: nobody changed.
  const personsWithChange = people?.with_change ?? 0;

  const params = { outcome, top_code: topCode ?? Number.POSITIVE_INFINITY };
  const counts = runPipeline(table, CASEWORKER_CHANGE_RATES_PIPELINE, params).objects() as Array<{ changes: number; n: number; positives?: number }>;
  const byChanges = new Map(counts.map((c) => [c.changes, c]));
  const last = topCode ?? (counts.length === 0 ? -1 : counts[counts.length - 1]!.changes);
  const rows: CaseworkerChangeRow[] = [];
  // Every number from 0 up gets a row, empty ones too, so a chart's axis has no gaps.
  for (let g = 0; g <= last; g++) {
    const c = byChanges.get(g);
    rows.push({ changes: g, orMore: g === topCode, ...rateWithInterval(c?.positives ?? 0, c?.n ?? 0) });
  }
  return {
    persons,
    personsWithChange,
    shareWithChange: persons === 0 ? null : personsWithChange / persons,
    byChanges: rows,
  };
}
