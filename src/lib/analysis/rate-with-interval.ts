/** A share of positives with its 95% Wilson score interval; rate, low and high are proportions (0–1). */
export interface RateWithInterval {
  n: number;
  positives: number;
  /** null when n = 0: an empty group has no rate. */
  rate: number | null;
  low: number | null;
  high: number | null;
}

/** z for a two-sided 95% interval. */
const Z95 = 1.959963984540054;

/**
 * The rate positives/n with its 95% Wilson score interval, which (unlike the normal approximation)
 * stays inside [0, 1] and behaves for rates near 0 such as the 1.1% of the "Nej" group.
 */
export function rateWithInterval(positives: number, n: number, z: number = Z95): RateWithInterval {
  if (n === 0) return { n, positives, rate: null, low: null, high: null };
  const p = positives / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  return { n, positives, rate: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
