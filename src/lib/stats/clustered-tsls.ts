import { clusterVcov } from './cluster-vcov';
import { completeRows, type ColumnSource } from './complete-rows';
import { memoise } from './memoise';
import { groupCodes } from './group-codes';
import { designMatrix, type Term } from './design-matrix';
import { fitTsls } from './fit-tsls';
import { summariseCoefficient, type IvEstimate } from './summarise-coefficient';

/** What to estimate: outcome on one endogenous regressor, instrumented by one excluded instrument. */
export interface TslsSpec {
  readonly outcome: string;
  readonly endogenous: string;
  readonly instrument: string;
  /** Exogenous controls, used in both stages (the intercept is added). */
  readonly controls: readonly Term[];
  readonly cluster: string;
  readonly level?: number;
}

/**
 * Just-identified 2SLS with an intercept on the complete cases of the model's variables, reporting
 * the endogenous coefficient with a CR1 cluster-robust SE (R: `AER::ivreg` + `vcovCL(type = "HC1")`)
 * and the first stage: the instrument's coefficient, its cluster-robust SE and F.
 *
 * First-stage F: with one instrument and clustered errors the relevant strength statistic is the
 * cluster-robust Wald F, i.e. t² of the instrument in the first stage with the CR1 SE (what Stata's
 * `ivreg2 ... cluster()` reports as the Kleibergen-Paap Wald F for one endogenous regressor). That
 * is `f`. The conventional F — the homoskedastic partial F for dropping the instrument, equal to t²
 * with the ordinary OLS SE — is also returned as `fConventional`, only for comparison: it ignores
 * the clustering of beliefs within caseworkers and so overstates strength here.
 */
export function clusteredTsls(source: ColumnSource, rowCount: number, spec: TslsSpec): IvEstimate {
  const column = memoise(source);
  const rows = completeRows(
    column,
    [spec.outcome, spec.endogenous, spec.instrument, ...spec.controls.map((t) => t.name), spec.cluster],
    rowCount,
  );
  // Endogenous regressor, instrument and outcome are centred by the controls' design, which absorbs
  // the intercept and the fixed effect for the whole model.
  const exogenous = designMatrix(spec.controls, column, rows);
  const endogenous = designMatrix([{ name: spec.endogenous, kind: 'numeric' }], column, rows, { intercept: false });
  const instruments = designMatrix([{ name: spec.instrument, kind: 'numeric' }], column, rows, { intercept: false });
  const yValues = column(spec.outcome);
  const y = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) y[i] = Number(yValues[rows[i]!]);
  exogenous.demean(y);
  exogenous.demean(endogenous.matrix.data);
  exogenous.demean(instruments.matrix.data);
  const fit = fitTsls(y, endogenous.matrix, exogenous.matrix, instruments.matrix, {
    endogenous: endogenous.names,
    exogenous: exogenous.names,
    instruments: instruments.names,
  });
  const ids = groupCodes(column(spec.cluster), rows);
  const absorbed = exogenous.absorbed;
  const { vcov, clusters } = clusterVcov(fit.scores, fit.residuals, fit.bread, ids, absorbed);
  const main = summariseCoefficient(
    spec.endogenous,
    fit.coefficients[0]!,
    Math.sqrt(vcov.data[0]!),
    { n: fit.n, clusters, k: fit.k + absorbed },
    spec.level,
  );

  const first = fit.firstStages[0]!;
  const z = exogenous.matrix.cols; // the instrument follows the exogenous columns in Z
  const firstVcov = clusterVcov(first.scores, first.residuals, first.bread, ids, absorbed).vcov;
  const coefficient = first.coefficients[z]!;
  const se = Math.sqrt(firstVcov.data[z + z * first.k]!);
  let rss = 0;
  for (const u of first.residuals) rss += u * u;
  const seConventional = Math.sqrt((rss / (first.n - first.k - absorbed)) * first.bread.data[z + z * first.k]!);
  return {
    ...main,
    firstStage: { coefficient, se, f: (coefficient / se) ** 2, fConventional: (coefficient / seConventional) ** 2 },
  };
}
