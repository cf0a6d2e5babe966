import type { ColumnTable } from 'arquero';
import { BELIEF_LEVELS, type BeliefLevel, type Outcome } from '../data/sample-columns';
import { runPipeline, type Pipeline } from './pipeline';
import { rateWithInterval, type RateWithInterval } from './rate-with-interval';

/** The outcome rate among answers with one belief level. */
export interface JobRateByBeliefRow extends RateWithInterval {
  belief: BeliefLevel;
}

/**
 * Tabell 2: answers with a belief (an empty belief is "vet inte", which the report leaves out),
 * counted by belief level with how many had the outcome; param `outcome` is the outcome column.
 *
 * Measured on data/sample.csv (13,500 rows), this machine, median of 200 calls: 0.81 ms, against
 * 0.28 ms for the hand loop it replaced; a frame is 16 ms, so the verbs stay.
 */
export const JOB_RATE_BY_BELIEF_PIPELINE: Pipeline = {
  id: 'job-rate-by-belief',
  input: 'sample',
  params: ['outcome'],
  steps: [
    { id: 'keep_answered', verb: 'filter', test: 'd.belief != null' },
    { id: 'by_belief', verb: 'groupby', keys: ['belief'] },
    { id: 'count_outcome', verb: 'rollup', values: { n: 'op.count()', positives: 'op.sum(d[$.outcome])' } },
    { id: 'order_by_belief', verb: 'orderby', keys: ['belief'] },
  ],
  after: [{ id: 'wilson_interval', note: 'rateWithInterval(positives, n) for each belief level 1–5 (a level nobody chose: n 0)' }],
};

/** The outcome rate with its 95% Wilson interval for each belief level 1–5 (Tabell 2); "don't know" rows are left out. */
export function jobRateByBelief(table: ColumnTable, outcome: Outcome): JobRateByBeliefRow[] {
  const counts = runPipeline(table, JOB_RATE_BY_BELIEF_PIPELINE, { outcome }).objects() as Array<{ belief: unknown; n: number; positives?: number }>;
  const byLevel = new Map<unknown, { n: number; positives: number }>();
  for (const row of counts) {
    if (!(BELIEF_LEVELS as readonly unknown[]).includes(row.belief)) {
      throw new RangeError(`belief must be 1–5 or empty, got ${String(row.belief)}`);
    }
    // op.sum gives undefined for a group whose outcomes are all empty: none of them had the outcome.
    byLevel.set(row.belief, { n: row.n, positives: row.positives ?? 0 });
  }
  return BELIEF_LEVELS.map((belief) => {
    const c = byLevel.get(belief);
    return { belief, ...rateWithInterval(c?.positives ?? 0, c?.n ?? 0) };
  });
}
