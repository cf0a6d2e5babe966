/** What moving from the lowest to the highest third of job orientation would mean. */
export interface JobOrientationScenarioResult {
  low: number;
  high: number;
  /** Difference in the job rate, percentage points. */
  difference: number;
  /** Relative difference (0.32 = +32 %); null when the low rate is 0. */
  relativeChange: number | null;
  /** Extra persons in work in the population. */
  extraPersons: number;
}

/**
 * If a job centre's caseworkers moved from the lowest third of job orientation (job rate `low`, %) to
 * the highest (`high`, %), the job rate among `population` persons would move by the difference —
 * read as causal, as the report does (Figur 4), which rests on the instrument's assumptions.
 */
export function jobOrientationScenario(input: { low: number; high: number; population: number }): JobOrientationScenarioResult {
  const { low, high, population } = input;
  const difference = high - low;
  return { low, high, difference, relativeChange: low > 0 ? difference / low : null, extraPersons: (population * difference) / 100 };
}
