/**
 * The first-stage F below which the lab calls the instrument weak and reports no 2SLS estimate: the
 * usual rule of thumb (Staiger & Stock 1997; Stock & Yogo 2005), with F the cluster-robust Wald F.
 */
export const WEAK_INSTRUMENT_F = 10;

/**
 * How far a 2SLS can be trusted, from its first-stage F: 'none' when there is no first stage to speak
 * of (no F, not finite, or exactly 0: the instrument explains nothing, so nothing is estimated),
 * 'weak' below WEAK_INSTRUMENT_F (an estimate exists but is not reported as a result), else 'strong'.
 */
export type InstrumentStrength = 'none' | 'weak' | 'strong';

/** The lab's rule for a first-stage F (null: the model could not be fitted). */
export function instrumentStrength(f: number | null | undefined): InstrumentStrength {
  if (f == null || !Number.isFinite(f) || f <= 0) return 'none';
  return f < WEAK_INSTRUMENT_F ? 'weak' : 'strong';
}

/**
 * An F as the page writes it: under 10 with one decimal, cut rather than rounded, so 9.96 reads
 * "9.9" (below the threshold, as the rule says) and never "10.0"; from 10 on, whole and cut (10.7 → 10).
 */
export function displayedF(f: number): number {
  return f < WEAK_INSTRUMENT_F ? Math.floor(f * 10) / 10 : Math.floor(f);
}
