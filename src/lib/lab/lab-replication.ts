import { logGamma } from '../stats/log-gamma';
import type { LabTruths } from './lab-sample-params';
import type { LabEstimate, LabResult } from './run-lab-experiment';

/** The most runs a repeated experiment or a sweep may have (about a minute at the study's size). */
export const MAX_RUNS = 1000;

/** The coverage every interval in the lab claims (95 % confidence intervals). */
export const INTERVAL_LEVEL = 0.95;

/** The estimators a repeated experiment summarises: the three belief estimators and the change effect. */
export const REPLICATION_ESTIMATORS = ['naive', 'ols', 'iv', 'change'] as const;
export type ReplicationEstimator = (typeof REPLICATION_ESTIMATORS)[number];

/**
 * The seeds of `runs` repeated runs from a first seed: seed, seed + 1, …, seed + runs − 1. Run 1 is
 * the single experiment with that seed, and the URL's seed and number of runs describe them all.
 */
export function replicationSeeds(seed: number, runs: number): number[] {
  if (!(Number.isInteger(seed) && Number.isInteger(runs) && runs >= 1)) throw new RangeError('seed and runs must be whole numbers, runs ≥ 1');
  return Array.from({ length: runs }, (_, i) => seed + i);
}

/** One estimator over many runs: how often it could be estimated, its mean, bias, RMSE and interval coverage. */
export interface EstimatorSummary {
  estimator: ReplicationEstimator;
  /** The truth it estimates (β for the belief estimators, δ for the change effect), pp. */
  truth: number;
  /** Runs in all. */
  runs: number;
  /** Runs with an estimate (for 2SLS: with a strong enough instrument, F ≥ 10). */
  estimated: number;
  /** Mean of the estimates, its bias (mean − truth) and root-mean-square error, pp; null without estimates. */
  mean: number | null;
  bias: number | null;
  rmse: number | null;
  /** Runs whose 95 % interval covers the truth, and that as a share of the runs with an estimate. */
  covered: number;
  coverage: number | null;
  /** Every estimate, in run order (for the histogram). */
  estimates: number[];
}

/** What many runs of the same experiment give, estimator by estimator. */
export type ReplicationSummary = Record<ReplicationEstimator, EstimatorSummary> & {
  runs: number;
  /** Median first-stage F over the runs that had one, or null. */
  medianF: number | null;
};

function summarise(estimator: ReplicationEstimator, truth: number, estimates: readonly (LabEstimate | null)[]): EstimatorSummary {
  const values = estimates.filter((e): e is LabEstimate => e !== null);
  const n = values.length;
  const mean = n ? values.reduce((s, e) => s + e.value, 0) / n : null;
  const rmse = n ? Math.sqrt(values.reduce((s, e) => s + (e.value - truth) ** 2, 0) / n) : null;
  const covered = values.filter((e) => e.covers).length;
  return {
    estimator,
    truth,
    runs: estimates.length,
    estimated: n,
    mean,
    bias: mean == null ? null : mean - truth,
    rmse,
    covered,
    coverage: n ? covered / n : null,
    estimates: values.map((e) => e.value),
  };
}

/**
 * Summarises runs of one experiment (the same truths, different seeds). A run whose 2SLS was not
 * reported (weak instrument) counts as a run without a 2SLS estimate, never as a covering interval.
 */
export function summariseRuns(results: readonly LabResult[]): ReplicationSummary {
  if (results.length === 0) throw new RangeError('no runs to summarise');
  const { beta, delta } = results[0]!.truths;
  const fs = results.map((r) => r.firstStageF).filter((f): f is number => f != null).sort((a, b) => a - b);
  const medianF = fs.length === 0 ? null : fs.length % 2 ? fs[fs.length >> 1]! : (fs[fs.length / 2 - 1]! + fs[fs.length / 2]!) / 2;
  return {
    runs: results.length,
    medianF,
    naive: summarise('naive', beta, results.map((r) => r.naive)),
    ols: summarise('ols', beta, results.map((r) => r.ols)),
    iv: summarise('iv', beta, results.map((r) => (r.ivStrength === 'strong' ? r.iv : null))),
    change: summarise('change', delta, results.map((r) => r.change)),
  };
}

/** log P(X = k) for X ~ Binomial(n, p). */
function logBinomialPmf(k: number, n: number, p: number): number {
  if (p <= 0) return k === 0 ? 0 : -Infinity;
  if (p >= 1) return k === n ? 0 : -Infinity;
  return logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1) + k * Math.log(p) + (n - k) * Math.log(1 - p);
}

/**
 * The counts a correct interval's coverage falls between in `level` of repeated experiments: for
 * X ~ Binomial(n, p), low is the (1 − level)/2 quantile and high the (1 + level)/2 quantile (the
 * smallest k with P(X ≤ k) at least that). For n = 100 and p = 0.95: 90 … 99.
 */
export function binomialRange(n: number, p: number, level = 0.95): { low: number; high: number } {
  if (!(Number.isInteger(n) && n >= 1)) throw new RangeError('n must be a whole number ≥ 1');
  const lowTail = (1 - level) / 2;
  const highTail = (1 + level) / 2;
  let cdf = 0;
  let low: number | null = null;
  for (let k = 0; k <= n; k++) {
    cdf += Math.exp(logBinomialPmf(k, n, p));
    if (low === null && cdf >= lowTail - 1e-12) low = k;
    if (cdf >= highTail - 1e-12) return { low: low ?? k, high: k };
  }
  return { low: low ?? n, high: n };
}

/** A parameter a sweep can vary, with the lab field it sets. */
export const SWEEP_PARAMS = ['spread', 'alpha', 'beta', 'persons'] as const;
export type SweepParam = (typeof SWEEP_PARAMS)[number];

/** A sweep: one parameter from → to in `points` even steps, `runs` seeded runs at each. */
export interface LabSweep {
  param: SweepParam;
  from: number;
  to: number;
  points: number;
  runs: number;
}

/** The values a sweep visits: `points` even steps from → to (whole numbers for persons), both ends included. */
export function sweepValues(sweep: Pick<LabSweep, 'param' | 'from' | 'to' | 'points'>): number[] {
  const { from, to, points } = sweep;
  if (!(Number.isInteger(points) && points >= 2)) throw new RangeError('a sweep needs at least two points');
  return Array.from({ length: points }, (_, i) => {
    const v = from + ((to - from) * i) / (points - 1);
    // Whole persons; other values without binary noise (0.25, not 0.25000000000000006).
    return sweep.param === 'persons' ? Math.round(v) : Number(v.toPrecision(12));
  });
}

/** One run of a repeated experiment or a sweep: where its result goes and what it runs. */
export interface LabJob {
  /** Index of the sweep point (0 for a repeated experiment). */
  point: number;
  /** Index of the run at that point. */
  run: number;
  truths: LabTruths;
}

/** The runs of a repeated experiment: the truths with seeds seed … seed + runs − 1. */
export function replicationJobs(truths: LabTruths, runs: number): LabJob[] {
  return replicationSeeds(truths.seed, runs).map((seed, run) => ({ point: 0, run, truths: { ...truths, seed } }));
}

/**
 * The runs of a sweep, point by point: at each value of the parameter the same seeds seed … seed +
 * runs − 1 (common random numbers, so the curves change with the parameter and not with the draws).
 */
export function sweepJobs(truths: LabTruths, sweep: LabSweep): LabJob[] {
  return sweepValues(sweep).flatMap((value, point) =>
    replicationSeeds(truths.seed, sweep.runs).map((seed, run) => ({ point, run, truths: { ...truths, [sweep.param]: value, seed } })),
  );
}
