import type { ColumnTable } from 'arquero';
import { BELIEF_LEVELS, type BeliefLevel, type Outcome } from '../data/sample-columns';
import { rateWithInterval, type RateWithInterval } from './rate-with-interval';

/** The outcome rate among answers with one belief level. */
export interface JobRateByBeliefRow extends RateWithInterval {
  belief: BeliefLevel;
}

/** The outcome rate with its 95% Wilson interval for each belief level 1–5 (Tabell 2); "don't know" rows are left out. */
export function jobRateByBelief(table: ColumnTable, outcome: Outcome): JobRateByBeliefRow[] {
  const beliefs = table.array('belief');
  const outcomes = table.array(outcome);
  const n = [0, 0, 0, 0, 0];
  const positives = [0, 0, 0, 0, 0];
  for (let i = 0; i < beliefs.length; i++) {
    const b = beliefs[i];
    // Empty belief = "vet inte": the report leaves these answers out of Tabell 2.
    if (b === null || b === undefined) continue;
    if (b !== 1 && b !== 2 && b !== 3 && b !== 4 && b !== 5) {
      throw new RangeError(`belief must be 1–5 or empty, got ${String(b)} in row ${i + 1}`);
    }
    n[b - 1]!++;
    if (outcomes[i] === 1) positives[b - 1]!++;
  }
  return BELIEF_LEVELS.map((belief) => ({
    belief,
    ...rateWithInterval(positives[belief - 1]!, n[belief - 1]!),
  }));
}
