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

  // Keys combine two ids in one string; Maps of strings stay fast at this size and accept any id.
  const byCaseworker = new Map<number, [number, number]>();
  const byPair = new Map<string, [number, number]>();
  const byCentre = new Map<number, [number, number]>();
  const byCaseworkerCentre = new Map<string, [number, number]>();
  const add = <K>(map: Map<K, [number, number]>, key: K, value: number): void => {
    const acc = map.get(key);
    if (acc) {
      acc[0] += value;
      acc[1] += 1;
    } else {
      map.set(key, [value, 1]);
    }
  };
  for (let r = 0; r < n; r++) {
    const b = belief[r];
    if (b === null || b === undefined || Number.isNaN(b)) continue;
    const c = caseworker[r]!;
    add(byCaseworker, c, b);
    add(byPair, `${c}|${person[r]}`, b);
    add(byCentre, centre[r]!, b);
    add(byCaseworkerCentre, `${c}|${centre[r]}`, b);
  }

  const values = new Array<number | null>(n);
  const none: [number, number] = [0, 0];
  for (let r = 0; r < n; r++) {
    const c = caseworker[r]!;
    const [cSum, cCount] = byCaseworker.get(c) ?? none;
    const [pSum, pCount] = byPair.get(`${c}|${person[r]}`) ?? none;
    const [jSum, jCount] = byCentre.get(centre[r]!) ?? none;
    const [cjSum, cjCount] = byCaseworkerCentre.get(`${c}|${centre[r]}`) ?? none;
    const ownCount = cCount - pCount;
    const othersCount = jCount - cjCount;
    values[r] = ownCount > 0 && othersCount > 0 ? (cSum - pSum) / ownCount - (jSum - cjSum) / othersCount : null;
  }
  return source.assign({ job_orientation: values });
}
