import { studentTCdf } from './student-t-cdf';
import { studentTQuantile } from './student-t-quantile';

/** One coefficient of a linear model with a cluster-robust standard error and interval. */
export interface Estimate {
  /** The regressor the coefficient belongs to. */
  readonly term: string;
  readonly coefficient: number;
  /** CR1 cluster-robust standard error. */
  readonly se: number;
  /** Interval bounds: coefficient ∓ t_{G−1, (1+level)/2} · se. */
  readonly low: number;
  readonly high: number;
  /** Two-sided p-value of coefficient = 0 against t with G − 1 degrees of freedom. */
  readonly p: number;
  /** Confidence level of [low, high], e.g. 0.95. */
  readonly level: number;
  /** Rows used (complete cases of the model's variables). */
  readonly n: number;
  /** Clusters (caseworkers) among those rows. */
  readonly clusters: number;
  /** Degrees of freedom of the reference t distribution, G − 1. */
  readonly df: number;
  /** Number of coefficients in the model, fixed-effect dummies and intercept included. */
  readonly k: number;
}

/** The first stage of a 2SLS: the excluded instrument's coefficient and its strength. */
export interface FirstStage {
  readonly coefficient: number;
  /** CR1 cluster-robust standard error of the instrument's coefficient. */
  readonly se: number;
  /** Cluster-robust Wald F = (coefficient / se)² (one instrument); the value to judge strength by. */
  readonly f: number;
  /** Conventional (homoskedastic) F = (coefficient / se_OLS)², shown only for comparison. */
  readonly fConventional: number;
}

/** A 2SLS estimate of the endogenous regressor's coefficient with its first stage. */
export interface IvEstimate extends Estimate {
  readonly firstStage: FirstStage;
}

/**
 * Packs a coefficient and its cluster-robust SE into an Estimate. Intervals and p-values use t with
 * G − 1 degrees of freedom, as Stata does after `vce(cluster)` and as R's
 * `lmtest::coeftest(fit, vcov = vcovCL(...), df = G - 1)` / `coefci(..., df = G - 1)` do: with few
 * clusters the normal z would be too narrow, and with ~300 caseworkers the two differ by < 0.5 %.
 */
export function summariseCoefficient(
  term: string,
  coefficient: number,
  se: number,
  sizes: { n: number; clusters: number; k: number },
  level = 0.95,
): Estimate {
  const df = sizes.clusters - 1;
  const q = studentTQuantile((1 + level) / 2, df);
  const t = coefficient / se;
  const p = 2 * studentTCdf(-Math.abs(t), df);
  return { term, coefficient, se, low: coefficient - q * se, high: coefficient + q * se, p, level, df, ...sizes };
}
