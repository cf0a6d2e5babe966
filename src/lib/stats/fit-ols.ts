import { cholesky } from './cholesky';
import { crossProduct } from './cross-product';
import { dot } from './dot';
import type { Matrix } from './matrix';

/** An ordinary-least-squares fit: coefficients, residuals and the pieces a sandwich variance needs. */
export interface OlsFit {
  readonly coefficients: Float64Array;
  readonly residuals: Float64Array;
  readonly fitted: Float64Array;
  /** (X'X)⁻¹, K × K. */
  readonly bread: Matrix;
  /** The regressor matrix whose rows, times the residuals, are the score contributions (here X). */
  readonly scores: Matrix;
  readonly names: readonly string[];
  /** Rows (N) and coefficients in the matrix (K). */
  readonly n: number;
  readonly k: number;
}

/**
 * Least squares of y on the columns of x by Cholesky on the normal equations. Centre the columns
 * (and y) first — `designMatrix` does — for the accuracy argued in cholesky.ts; an intercept column,
 * if present, is handled but costs conditioning.
 */
export function fitOls(x: Matrix, y: ArrayLike<number>, names: readonly string[] = []): OlsFit {
  const n = x.rows;
  const k = x.cols;
  if (y.length !== n) throw new RangeError(`y has ${y.length} values, x has ${n} rows.`);
  if (n <= k) throw new RangeError(`Least squares needs more rows (${n}) than coefficients (${k}).`);
  const yy = y instanceof Float64Array ? y : Float64Array.from(y);
  const xty = new Float64Array(k);
  for (let j = 0; j < k; j++) xty[j] = dot(x.data, j * n, yy, 0, n);
  const factor = cholesky(crossProduct(x), names);
  const coefficients = factor.solve(xty);
  const fitted = new Float64Array(n);
  for (let j = 0; j < k; j++) {
    const b = coefficients[j]!;
    const off = j * n;
    for (let i = 0; i < n; i++) fitted[i] = fitted[i]! + b * x.data[off + i]!;
  }
  const residuals = new Float64Array(n);
  for (let i = 0; i < n; i++) residuals[i] = yy[i]! - fitted[i]!;
  return { coefficients, residuals, fitted, bread: factor.inverse(), scores: x, names, n, k };
}
