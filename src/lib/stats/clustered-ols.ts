import { clusterVcov } from './cluster-vcov';
import { completeRows, type ColumnSource } from './complete-rows';
import { memoise } from './memoise';
import { groupCodes } from './group-codes';
import { designMatrix, type Term } from './design-matrix';
import { fitOls } from './fit-ols';
import { summariseCoefficient, type Estimate } from './summarise-coefficient';

/** What to regress: outcome on a numeric focus regressor plus controls, clustered by a column. */
export interface OlsSpec {
  readonly outcome: string;
  /** The numeric regressor whose coefficient is reported. */
  readonly focus: string;
  readonly controls: readonly Term[];
  /** Column whose values define the clusters (e.g. caseworker_id). */
  readonly cluster: string;
  readonly level?: number;
}

/** Gathers the numeric values of one column at the given rows. */
function gather(values: ArrayLike<unknown>, rows: Int32Array): Float64Array {
  const out = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = Number(values[rows[i]!]);
  return out;
}

/**
 * OLS with an intercept (or an absorbed fixed effect) on the complete cases of the model's variables, reporting the focus
 * coefficient with a CR1 cluster-robust SE (R: `lm` + `sandwich::vcovCL(type = "HC1")`).
 */
export function clusteredOls(source: ColumnSource, rowCount: number, spec: OlsSpec): Estimate {
  const column = memoise(source);
  const rows = completeRows(column, [spec.outcome, spec.focus, ...spec.controls.map((t) => t.name), spec.cluster], rowCount);
  const design = designMatrix([{ name: spec.focus, kind: 'numeric' }, ...spec.controls], column, rows);
  const y = gather(column(spec.outcome), rows);
  design.demean(y);
  const fit = fitOls(design.matrix, y, design.names);
  const ids = groupCodes(column(spec.cluster), rows);
  const { vcov, clusters } = clusterVcov(fit.scores, fit.residuals, fit.bread, ids, design.absorbed);
  const j = design.names.indexOf(spec.focus); // 0: the focus term comes first
  const k = fit.k + design.absorbed;
  return summariseCoefficient(spec.focus, fit.coefficients[j]!, Math.sqrt(vcov.data[j + j * fit.k]!), { n: fit.n, clusters, k }, spec.level);
}
