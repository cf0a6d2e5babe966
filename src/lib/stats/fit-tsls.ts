import { createMatrix, type Matrix } from './matrix';
import { fitOls, type OlsFit } from './fit-ols';

/** A two-stage-least-squares fit, plus the first-stage regressions behind it. */
export interface TslsFit {
  /** Second-stage coefficients, endogenous regressors first, then the exogenous columns. */
  readonly coefficients: Float64Array;
  /** Structural residuals y − Xb with the actual (not fitted) endogenous regressors. */
  readonly residuals: Float64Array;
  /** (X̂'X̂)⁻¹ with X̂ = [fitted endogenous, exogenous]. */
  readonly bread: Matrix;
  /** X̂: the score contributions of 2SLS are its rows times the structural residuals. */
  readonly scores: Matrix;
  readonly names: readonly string[];
  readonly n: number;
  readonly k: number;
  /** One OLS of each endogenous regressor on [exogenous, excluded instruments]. */
  readonly firstStages: readonly OlsFit[];
}

/** Column-binds matrices with the same number of rows. */
function bindColumns(parts: readonly Matrix[]): Matrix {
  const rows = parts[0]?.rows ?? 0;
  const out = createMatrix(rows, parts.reduce((s, p) => s + p.cols, 0));
  let offset = 0;
  for (const p of parts) {
    out.data.set(p.data, offset);
    offset += p.data.length;
  }
  return out;
}

/**
 * 2SLS of y on [endogenous, exogenous] with instruments [exogenous, instruments] (the `exogenous`
 * matrix carries the intercept). Only the endogenous columns need projecting, because the exogenous
 * ones are their own instruments; that is two small least-squares fits instead of projecting every column.
 */
export function fitTsls(
  y: ArrayLike<number>,
  endogenous: Matrix,
  exogenous: Matrix,
  instruments: Matrix,
  names: { endogenous: readonly string[]; exogenous: readonly string[]; instruments: readonly string[] },
): TslsFit {
  const n = exogenous.rows;
  if (instruments.cols < endogenous.cols) {
    throw new RangeError(`2SLS needs at least as many instruments (${instruments.cols}) as endogenous regressors (${endogenous.cols}).`);
  }
  const z = bindColumns([exogenous, instruments]);
  const zNames = [...names.exogenous, ...names.instruments];
  // One full OLS per endogenous regressor keeps each first stage's residuals and bread for its
  // diagnostics; with the single endogenous regressor of this project that is exactly one fit on Z.
  const firstStages: OlsFit[] = [];
  const xhat = createMatrix(n, endogenous.cols + exogenous.cols);
  for (let e = 0; e < endogenous.cols; e++) {
    const column = endogenous.data.subarray(e * n, (e + 1) * n);
    const first = fitOls(z, column, zNames);
    firstStages.push(first);
    xhat.data.set(first.fitted, e * n);
  }
  xhat.data.set(exogenous.data, endogenous.cols * n);
  const xNames = [...names.endogenous, ...names.exogenous];
  const second = fitOls(xhat, y, xNames);

  // Residuals must use the actual endogenous values: u = y − [X_e, W] b.
  const b = second.coefficients;
  const residuals = Float64Array.from(y);
  for (let e = 0; e < endogenous.cols; e++) {
    const be = b[e]!;
    const off = e * n;
    for (let i = 0; i < n; i++) residuals[i] = residuals[i]! - be * endogenous.data[off + i]!;
  }
  for (let w = 0; w < exogenous.cols; w++) {
    const bw = b[endogenous.cols + w]!;
    const off = w * n;
    for (let i = 0; i < n; i++) residuals[i] = residuals[i]! - bw * exogenous.data[off + i]!;
  }
  return { coefficients: b, residuals, bread: second.bread, scores: xhat, names: xNames, n, k: xhat.cols, firstStages };
}
