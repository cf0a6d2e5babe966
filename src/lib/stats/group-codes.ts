/** Rows coded by group: codes[i] in 0..levels.length−1 is the group of the i-th selected row. */
export interface GroupCodes {
  readonly codes: Int32Array;
  readonly levels: readonly unknown[];
}

/** Sorts levels as R's `factor` would for numbers (numerically) and deterministically otherwise. */
function compareLevels(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const sa = String(a);
  const sb = String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/** Ids up to this use a lookup array instead of a Map (ids in the sample are small integers). */
const DENSE_LIMIT = 1 << 20;

/**
 * Codes the values of a column at the given rows by group, levels in sorted order (R's factor
 * order), so the same data always gets the same dummies. Small non-negative integer ids — caseworker,
 * centre — take a lookup-array path, ~5× faster than a Map on the sample.
 */
export function groupCodes(values: ArrayLike<unknown>, rows: ArrayLike<number>): GroupCodes {
  const n = rows.length;
  const first = new Int32Array(n);
  let found: unknown[];

  let dense = true;
  let max = 0;
  for (let i = 0; i < n; i++) {
    const v = values[rows[i]!];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v >= DENSE_LIMIT) {
      dense = false;
      break;
    }
    if (v > max) max = v;
  }
  if (dense) {
    const slot = new Int32Array(max + 1).fill(-1);
    found = [];
    for (let i = 0; i < n; i++) {
      const v = values[rows[i]!] as number;
      let code = slot[v]!;
      if (code < 0) {
        code = found.length;
        slot[v] = code;
        found.push(v);
      }
      first[i] = code;
    }
  } else {
    const seen = new Map<unknown, number>();
    for (let i = 0; i < n; i++) {
      const v = values[rows[i]!];
      let code = seen.get(v);
      if (code === undefined) {
        code = seen.size;
        seen.set(v, code);
      }
      first[i] = code;
    }
    found = [...seen.keys()];
  }

  const order = found.map((_, index) => index).sort((a, b) => compareLevels(found[a], found[b]));
  const remap = new Int32Array(found.length);
  order.forEach((original, sorted) => {
    remap[original] = sorted;
  });
  const codes = new Int32Array(n);
  for (let i = 0; i < n; i++) codes[i] = remap[first[i]!]!;
  return { codes, levels: order.map((index) => found[index]) };
}
