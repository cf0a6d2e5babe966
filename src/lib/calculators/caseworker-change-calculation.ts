/** One outcome's base rate (%) and effect per caseworker change (pp, negative = lowers). */
export interface ChangeOutcomeInput {
  outcome: 'job' | 'job_or_edu';
  baseline: number;
  effectPerChange: number;
}

/** The expected rate after some caseworker changes, and what it means for a population. */
export interface ChangeOutcomeResult {
  outcome: 'job' | 'job_or_edu';
  baseline: number;
  /** baseline + changes · effect, held at 0 % when the linear model goes below. */
  rate: number;
  /** True when the linear model reached 0 % and the rate was held there. */
  floored: boolean;
  /** Persons fewer in work (or work or education) than without changes; ≥ 0 when the effect lowers. */
  personsLost: number;
  /** Relative change of the rate (−0.22 = −22 %); null when the baseline is 0. */
  relativeChange: number | null;
}

/** Caseworker changes → expected rates for each outcome, linear per change (Tabell 1), floored at 0 %. */
export function caseworkerChangeCalculation(input: {
  changes: number;
  population: number;
  outcomes: readonly ChangeOutcomeInput[];
}): ChangeOutcomeResult[] {
  const { changes, population } = input;
  if (!(Number.isInteger(changes) && changes >= 0)) throw new RangeError('changes must be a whole number ≥ 0');
  return input.outcomes.map(({ outcome, baseline, effectPerChange }) => {
    const raw = baseline + effectPerChange * changes;
    const rate = Math.min(100, Math.max(0, raw));
    return {
      outcome,
      baseline,
      rate,
      floored: raw < 0,
      personsLost: (population * (baseline - rate)) / 100,
      relativeChange: baseline > 0 ? (rate - baseline) / baseline : null,
    };
  });
}
