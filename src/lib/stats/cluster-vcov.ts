import type { GroupCodes } from './group-codes';
import type { Matrix } from './matrix';

/** A cluster-robust covariance matrix and the number of clusters it rests on. */
export interface ClusterVcov {
  /** K × K, column-major. */
  readonly vcov: Matrix;
  readonly clusters: number;
}

/**
 * CR1 cluster-robust covariance B·M·B·c of a linear (OLS or 2SLS) estimator, where B is the bread
 * (X'X)⁻¹ (or (X̂'X̂)⁻¹), M = Σ_g s_g s_gᵀ sums the score s_g = Σ_{i∈g} x_i u_i over each cluster, and
 * c = G/(G−1) · (N−1)/(N−K) is the small-sample factor of Stata's `vce(cluster)` and of
 * `sandwich::vcovCL(type = "HC1")` (cadjust = TRUE).
 */
export function clusterVcov(
  scores: Matrix,
  residuals: ArrayLike<number>,
  bread: Matrix,
  /** The cluster of each row, coded 0..G−1 (see groupCodes). */
  clusters: GroupCodes,
  /** Coefficients absorbed by centring (intercept, fixed effects): not in the matrices but counted in K. */
  absorbed = 0,
): ClusterVcov {
  const n = scores.rows;
  const k = scores.cols;
  const group = clusters.codes;
  const g = clusters.levels.length;
  if (residuals.length !== n || group.length !== n) throw new RangeError('scores, residuals and clusters must have the same number of rows.');
  if (g < 2) throw new RangeError('Cluster-robust standard errors need at least two clusters.');

  // Per-cluster score sums, G × K stored cluster-major so the meat loop reads rows contiguously.
  const s = new Float64Array(g * k);
  for (let j = 0; j < k; j++) {
    const off = j * n;
    for (let i = 0; i < n; i++) {
      const at = group[i]! * k + j;
      s[at] = s[at]! + scores.data[off + i]! * residuals[i]!;
    }
  }
  const meat = new Float64Array(k * k);
  for (let c = 0; c < g; c++) {
    const row = c * k;
    for (let p = 0; p < k; p++) {
      const sp = s[row + p]!;
      for (let q = p; q < k; q++) meat[p + q * k] = meat[p + q * k]! + sp * s[row + q]!;
    }
  }
  for (let p = 0; p < k; p++) for (let q = 0; q < p; q++) meat[p + q * k] = meat[q + p * k]!;

  const c = (g / (g - 1)) * ((n - 1) / (n - k - absorbed));
  // V = c · B M B (both symmetric): first T = M B, then V = B T.
  const b = bread.data;
  const t = new Float64Array(k * k);
  for (let col = 0; col < k; col++) {
    for (let m = 0; m < k; m++) {
      const bmc = b[m + col * k]!;
      if (bmc === 0) continue;
      for (let r = 0; r < k; r++) t[r + col * k] = t[r + col * k]! + meat[r + m * k]! * bmc;
    }
  }
  const v = new Float64Array(k * k);
  for (let col = 0; col < k; col++) {
    for (let m = 0; m < k; m++) {
      const tmc = t[m + col * k]! * c;
      if (tmc === 0) continue;
      for (let r = 0; r < k; r++) v[r + col * k] = v[r + col * k]! + b[r + m * k]! * tmc;
    }
  }
  return { vcov: { rows: k, cols: k, data: v }, clusters: g };
}
