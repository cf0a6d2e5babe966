import type { ColumnTable } from 'arquero';

/**
 * Adds `job_orientation` to a sample table: for the answer about person i by caseworker c at centre
 * j, the mean of c's non-empty beliefs about persons other than i, minus the mean of the non-empty
 * beliefs given by the other caseworkers at centre j.
 *
 * - Leave-one-person-out: every row of c about person i is left out of c's mean (so repeated
 *   answers about the same person never leak that person's own assessment into the instrument);
 *   c's rows about other persons all count, at any centre.
 * - "Other caseworkers at centre j": every row at centre j not given by c, including rows about i.
 * - null when c has no non-empty belief about any other person (e.g. a caseworker with a single
 *   client, or only "don't know" answers about the others), or when no other caseworker at centre
 *   j gave a non-empty belief (e.g. a centre with one caseworker).
 *
 * O(n): sums and counts per caseworker, per caseworker × person, per centre and per caseworker ×
 * centre, then each row subtracts its own group's contribution.
 */
export function jobOrientation(table: ColumnTable): ColumnTable {
  const source = table.isFiltered() || table.isOrdered() ? table.reify() : table;
  const n = source.numRows();
  const belief = source.array('belief') as ArrayLike<number | null>;
  const person = source.array('person_id') as ArrayLike<number>;
  const caseworker = source.array('caseworker_id') as ArrayLike<number>;
  const centre = source.array('jobcentre_id') as ArrayLike<number>;

  // Ids become dense indices so every sum lives in a typed array or a Map keyed by one number;
  // pairs (caseworker × person, caseworker × centre) are keyed by index · size + index.
  const dense = (ids: ArrayLike<number>): { index: Int32Array; size: number } => {
    const seen = new Map<number, number>();
    const index = new Int32Array(n);
    for (let r = 0; r < n; r++) {
      let k = seen.get(ids[r]!);
      if (k === undefined) seen.set(ids[r]!, (k = seen.size));
      index[r] = k;
    }
    return { index, size: seen.size };
  };
  const cw = dense(caseworker);
  const pe = dense(person);
  const ce = dense(centre);
  const cwSum = new Float64Array(cw.size);
  const cwCount = new Float64Array(cw.size);
  const centreSum = new Float64Array(ce.size);
  const centreCount = new Float64Array(ce.size);
  const pairSum = new Map<number, number>();
  const pairCount = new Map<number, number>();
  const cwCentreSum = new Map<number, number>();
  const cwCentreCount = new Map<number, number>();
  const pairKey = (r: number): number => cw.index[r]! * pe.size + pe.index[r]!;
  const cwCentreKey = (r: number): number => cw.index[r]! * ce.size + ce.index[r]!;
  for (let r = 0; r < n; r++) {
    const b = belief[r];
    if (b === null || b === undefined || Number.isNaN(b)) continue;
    const c = cw.index[r]!;
    const j = ce.index[r]!;
    cwSum[c]! += b;
    cwCount[c]!++;
    centreSum[j]! += b;
    centreCount[j]!++;
    const p = pairKey(r);
    pairSum.set(p, (pairSum.get(p) ?? 0) + b);
    pairCount.set(p, (pairCount.get(p) ?? 0) + 1);
    const q = cwCentreKey(r);
    cwCentreSum.set(q, (cwCentreSum.get(q) ?? 0) + b);
    cwCentreCount.set(q, (cwCentreCount.get(q) ?? 0) + 1);
  }

  const values = new Array<number | null>(n);
  for (let r = 0; r < n; r++) {
    const c = cw.index[r]!;
    const j = ce.index[r]!;
    const p = pairKey(r);
    const q = cwCentreKey(r);
    const ownCount = cwCount[c]! - (pairCount.get(p) ?? 0);
    const othersCount = centreCount[j]! - (cwCentreCount.get(q) ?? 0);
    values[r] =
      ownCount > 0 && othersCount > 0
        ? (cwSum[c]! - (pairSum.get(p) ?? 0)) / ownCount - (centreSum[j]! - (cwCentreSum.get(q) ?? 0)) / othersCount
        : null;
  }
  return source.assign({ job_orientation: values });
}
