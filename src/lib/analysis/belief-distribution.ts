import type { ColumnTable } from 'arquero';
import { BELIEF_LEVELS, type BeliefLevel } from '../data/sample-columns';

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

/** Counts and shares of each belief level; shares are of answered rows, as the report leaves "vet inte" out. */
export function beliefDistribution(table: ColumnTable): BeliefDistribution {
  // A plain loop over the column is simpler and faster than a groupby, and runs on every re-render.
  const beliefs = table.array('belief');
  const total = beliefs.length;
  const counts = [0, 0, 0, 0, 0];
  let dontKnow = 0;
  for (let i = 0; i < total; i++) {
    const b = beliefs[i];
    if (b === null || b === undefined) {
      dontKnow++;
    } else if (b === 1 || b === 2 || b === 3 || b === 4 || b === 5) {
      counts[b - 1]!++;
    } else {
      // parseSample never lets this through; a hand-built table could, and would skew every share.
      throw new RangeError(`belief must be 1–5 or empty, got ${String(b)} in row ${i + 1}`);
    }
  }
  const answered = total - dontKnow;
  return {
    total,
    answered,
    dontKnow,
    dontKnowShare: total === 0 ? null : dontKnow / total,
    levels: BELIEF_LEVELS.map((belief) => {
      const n = counts[belief - 1]!;
      return { belief, n, share: answered === 0 ? null : n / answered };
    }),
  };
}
