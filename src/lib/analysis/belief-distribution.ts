import type { ColumnTable } from 'arquero';
import { BELIEF_LEVELS, type BeliefLevel } from '../data/sample-columns';
import { runPipeline, type Pipeline } from './pipeline';

/** How many answers gave one belief level, and their share of the answers that gave any level. */
export interface BeliefLevelShare {
  belief: BeliefLevel;
  n: number;
  /** n / answered; null when no answer gave a level (all "don't know", or no rows). */
  share: number | null;
}

/** The caseworkers' answers to the belief question, as in the report's Figur 2. */
export interface BeliefDistribution {
  /** All rows. */
  total: number;
  /** Rows with a belief level 1–5. */
  answered: number;
  /** Rows whose belief is empty ("vet inte"). */
  dontKnow: number;
  /** dontKnow / total; null when there are no rows. */
  dontKnowShare: number | null;
  /** Always the five levels, 1 = Nej … 5 = Ja, in order. */
  levels: BeliefLevelShare[];
}

/**
 * Figur 2: answers counted by belief level ("vet inte" = an empty belief is its own group), and each
 * level's share of the answered ones (those with a level 1–5).
 *
 * Measured on data/sample.csv (13,500 rows), this machine, median of 200 calls: 0.41 ms, against
 * 0.18 ms for the hand loop it replaced; a frame is 16 ms, so the verbs stay.
 */
export const BELIEF_DISTRIBUTION_PIPELINE: Pipeline = {
  id: 'belief-distribution',
  input: 'sample',
  steps: [
    { id: 'by_belief', verb: 'groupby', keys: ['belief'] },
    { id: 'count_answers', verb: 'rollup', values: { n: 'op.count()' } },
    { id: 'count_answered', verb: 'derive', values: { answered: 'op.sum(d.belief != null ? d.n : 0)' } },
    { id: 'share_of_answered', verb: 'derive', values: { share: 'd.belief != null ? d.n / d.answered : null' } },
    { id: 'order_by_belief', verb: 'orderby', keys: ['belief'] },
  ],
  after: [
    { id: 'every_level', note: 'all five levels in order; a level nobody chose: n 0, share 0 (null when nobody answered)' },
    { id: 'dont_know_share', note: '"vet inte" share = its n / all answers' },
  ],
};

interface CountRow {
  belief: unknown;
  n: number;
  share: number | null;
}

/** Counts and shares of each belief level; shares are of answered rows, as the report leaves "vet inte" out. */
export function beliefDistribution(table: ColumnTable): BeliefDistribution {
  const rows = runPipeline(table, BELIEF_DISTRIBUTION_PIPELINE).objects() as CountRow[];
  const byLevel = new Map<unknown, CountRow>();
  let dontKnow = 0;
  for (const row of rows) {
    if (row.belief === null || row.belief === undefined) {
      // null and undefined are separate groups in a hand-built table; both are "vet inte".
      dontKnow += row.n;
    } else if ((BELIEF_LEVELS as readonly unknown[]).includes(row.belief)) {
      byLevel.set(row.belief, row);
    } else {
      // parseSample never lets this through; a hand-built table could, and would skew every share.
      throw new RangeError(`belief must be 1–5 or empty, got ${String(row.belief)}`);
    }
  }
  const total = table.numRows();
  const answered = total - dontKnow;
  return {
    total,
    answered,
    dontKnow,
    dontKnowShare: total === 0 ? null : dontKnow / total,
    levels: BELIEF_LEVELS.map((belief) => {
      const row = byLevel.get(belief);
      return { belief, n: row?.n ?? 0, share: row ? row.share : answered === 0 ? null : 0 };
    }),
  };
}
