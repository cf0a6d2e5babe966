import { CollinearityError } from './collinearity-error';
import type { ColumnSource } from './complete-rows';
import { groupCodes } from './group-codes';
import { createMatrix, type Matrix } from './matrix';

/**
 * A regressor: a numeric column entered linearly; a categorical one entered as level dummies; or a
 * fixed effect, a categorical whose dummies (and the intercept) are absorbed by demeaning.
 */
export interface Term {
  readonly name: string;
  readonly kind: 'numeric' | 'categorical' | 'fixed-effect';
}

/** A design matrix, the name of each column, and how to put a response on the same footing. */
export interface Design {
  readonly matrix: Matrix;
  readonly names: readonly string[];
  /**
   * Coefficients the model has but the matrix does not hold: the intercept (1), or the intercept and
   * dummies of an absorbed fixed effect (its number of levels). They count in K of small-sample
   * corrections.
   */
  readonly absorbed: number;
  /** Centres a vector over the design's rows (within fixed-effect levels), in place, as the columns were. */
  readonly demean: (values: Float64Array) => void;
}

/** Relative norm below which a centred column is deemed constant within the fixed effect (R lm's 1e-7). */
const ABSORBED_TOL = 1e-7;

/**
 * The design matrix over the given rows: numeric terms as they are, and each categorical term as
 * dummies for every level present in those rows except the first (R's treatment coding), so a subset
 * never yields an all-zero dummy. The intercept is not a column: it is absorbed by centring every
 * column, and a `fixed-effect` term is absorbed by demeaning within its levels (the within
 * transformation). By Frisch–Waugh–Lovell that gives the same coefficients, residuals and
 * (cluster-robust) covariance for the other terms as an intercept/dummy columns would, keeps the
 * normal equations well conditioned (see cholesky.ts), and keeps K from growing with the number of
 * job centres. Apply `demean` to the response (and any other variable of the model) as well. At most
 * one fixed effect (more would need iterated demeaning). `intercept: false` (and no fixed effect)
 * leaves columns as they are, for blocks that are demeaned by another design's `demean`.
 */
export function designMatrix(
  terms: readonly Term[],
  column: ColumnSource,
  rows: ArrayLike<number>,
  options: { intercept?: boolean } = {},
): Design {
  const n = rows.length;
  const fixedEffects = terms.filter((t) => t.kind === 'fixed-effect');
  if (fixedEffects.length > 1) throw new RangeError('At most one fixed-effect term is supported.');
  const fixedEffect = fixedEffects[0];

  const names: string[] = [];
  const fills: Array<(out: Float64Array) => void> = [];
  for (const term of terms) {
    const values = column(term.name);
    if (term.kind === 'numeric') {
      names.push(term.name);
      fills.push((out) => {
        for (let i = 0; i < n; i++) out[i] = Number(values[rows[i]!]);
      });
    } else if (term.kind === 'categorical') {
      const { codes, levels } = groupCodes(values, rows);
      for (let l = 1; l < levels.length; l++) {
        names.push(`${term.name}=${String(levels[l])}`);
        fills.push((out) => {
          for (let i = 0; i < n; i++) out[i] = codes[i] === l ? 1 : 0;
        });
      }
    }
  }
  const matrix = createMatrix(n, names.length);
  fills.forEach((fill, j) => fill(matrix.data.subarray(j * n, (j + 1) * n)));

  const intercept = options.intercept ?? true;
  if (!fixedEffect && !intercept) return { matrix, names, absorbed: 0, demean: () => {} };

  // An intercept is absorbed the same way as a fixed effect with a single level: by centring.
  const { codes, levels } = fixedEffect ? groupCodes(column(fixedEffect.name), rows) : { codes: new Int32Array(n), levels: [null] };
  const counts = new Float64Array(levels.length);
  for (let i = 0; i < n; i++) counts[codes[i]!] = counts[codes[i]!]! + 1;
  const means = new Float64Array(levels.length);
  /** Demeans in place and returns the squared norms before and after (for the collinearity check). */
  const centre = (values: Float64Array): [number, number] => {
    means.fill(0);
    let before = 0;
    for (let i = 0; i < n; i++) {
      const v = values[i]!;
      means[codes[i]!] = means[codes[i]!]! + v;
      before += v * v;
    }
    for (let l = 0; l < means.length; l++) means[l] = means[l]! / counts[l]!;
    let after = 0;
    for (let i = 0; i < n; i++) {
      const v = values[i]! - means[codes[i]!]!;
      values[i] = v;
      after += v * v;
    }
    return [before, after];
  };
  for (let j = 0; j < names.length; j++) {
    const [before, after] = centre(matrix.data.subarray(j * n, (j + 1) * n));
    // A column constant within every level is absorbed by the fixed effect (or the intercept);
    // centring leaves only rounding noise, which least squares would happily fit, so stop here.
    if (!(Math.sqrt(after) > ABSORBED_TOL * Math.sqrt(before))) throw new CollinearityError(names[j]!);
  }
  const demean = (values: Float64Array): void => {
    centre(values);
  };
  return { matrix, names, absorbed: levels.length, demean };
}
