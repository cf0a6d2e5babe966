/** Inputs of "one step up the scale", in percent and percentage points. */
export interface StepEffectInput {
  /** Rate (%) of the persons at the starting answer before the change. */
  baseline: number;
  /** Effect of one step up the 5-point scale, percentage points. */
  effect: number;
  /** An interval for the effect (pp), when it comes from an estimate. */
  effectInterval?: { low: number; high: number } | null;
  /** Starting answer 1…4 and steps up; start + steps ≤ 5. */
  start: number;
  steps: number;
  population: number;
}

/** A rate and the persons it means, as a point value and, when known, an interval. */
export interface StepEffectResult {
  /** Rate (%) after the steps, kept within 0…100. */
  newRate: number;
  /** Change in the rate (pp) after the 0…100 limits. */
  change: number;
  /** Extra persons in work (or work or education) in the population; negative when the effect is. */
  extraPersons: number;
  /** Relative change of the rate (0.22 = +22 %); null when the baseline is 0. */
  relativeChange: number | null;
  /** "One more per N persons": N = 100 / |change|; null when nothing changes. */
  personsPerExtra: number | null;
  /** True when the linear model went below 0 % or above 100 % and was held there. */
  limited: boolean;
  /** The rate at each answer 1…5 for this group, the starting answer at the baseline. */
  scale: { answer: number; rate: number; low: number | null; high: number | null }[];
  /** The new rate and extra persons at the ends of the effect's interval, or null. */
  interval: { newRateLow: number; newRateHigh: number; extraLow: number; extraHigh: number } | null;
}

const clampRate = (rate: number): number => Math.min(100, Math.max(0, rate));

/** One step (or more) up the caseworker's belief scale: linear in steps, as the report's Tabell 4 reads. */
export function stepEffectCalculation(input: StepEffectInput): StepEffectResult {
  const { baseline, effect, start, steps, population } = input;
  if (!(start >= 1 && steps >= 1 && start + steps <= 5)) throw new RangeError('start + steps must stay on the 5-point scale');
  const raw = baseline + effect * steps;
  const newRate = clampRate(raw);
  const change = newRate - baseline;
  const at = (answer: number, perStep: number) => clampRate(baseline + (answer - start) * perStep);
  const iv = input.effectInterval ?? null;
  const scale = [1, 2, 3, 4, 5].map((answer) => ({
    answer,
    rate: at(answer, effect),
    low: iv ? Math.min(at(answer, iv.low), at(answer, iv.high)) : null,
    high: iv ? Math.max(at(answer, iv.low), at(answer, iv.high)) : null,
  }));
  let interval: StepEffectResult['interval'] = null;
  if (iv) {
    const lowRate = clampRate(baseline + iv.low * steps);
    const highRate = clampRate(baseline + iv.high * steps);
    interval = {
      newRateLow: lowRate,
      newRateHigh: highRate,
      extraLow: (population * (lowRate - baseline)) / 100,
      extraHigh: (population * (highRate - baseline)) / 100,
    };
  }
  return {
    newRate,
    change,
    extraPersons: (population * change) / 100,
    relativeChange: baseline > 0 ? change / baseline : null,
    personsPerExtra: change !== 0 ? 100 / Math.abs(change) : null,
    limited: raw !== newRate,
    scale,
    interval,
  };
}
