import * as aq from 'arquero';
import { beliefEffect2sls } from '../analysis/belief-effect-2sls';
import { beliefEffectOls } from '../analysis/belief-effect-ols';
import { caseworkerChangeEffect } from '../analysis/caseworker-change-effect';
import { jobOrientation } from '../analysis/job-orientation';
import { naiveBeliefSlope } from '../analysis/naive-belief-slope';
import { SAMPLE_COLUMNS } from '../data/sample-columns';
import { generateSample } from '../sample/generate-sample';
import type { Estimate } from '../stats/summarise-coefficient';
import { labSampleParams, type LabTruths } from './lab-sample-params';

/** One estimator's answer in percentage points, and whether its 95 % interval covers the truth. */
export interface LabEstimate {
  value: number;
  low: number;
  high: number;
  covers: boolean;
}

/** What a lab run recovered, next to the truths it was generated from. */
export interface LabResult {
  truths: LabTruths;
  rows: number;
  /** Belief effect: naive slope, OLS with controls, 2SLS; null when the model could not be estimated. */
  naive: LabEstimate | null;
  ols: LabEstimate | null;
  iv: LabEstimate | null;
  /** Cluster-robust first-stage F of the 2SLS (instrument strength), or null. */
  firstStageF: number | null;
  /** Effect per caseworker change (LPM with controls). */
  change: LabEstimate | null;
}

/** The stages of a run, in order, for progress reports. */
export const LAB_STAGES = ['generate', 'orientation', 'naive', 'ols', 'iv', 'change'] as const;
export type LabStage = (typeof LAB_STAGES)[number];

const inPp = (e: Estimate, truth: number): LabEstimate => {
  const value = e.coefficient * 100;
  const low = e.low * 100;
  const high = e.high * 100;
  return { value, low, high, covers: low <= truth && truth <= high };
};

/** Runs an estimator; a model that cannot be estimated (e.g. no variation in the instrument) gives null. */
function attempt<T>(fit: () => T): T | null {
  try {
    return fit();
  } catch {
    return null;
  }
}

/**
 * One lab experiment: generates a sample from the reader's truths (uncalibrated, see labSampleParams),
 * then estimates the belief effect on jobs three ways and the change effect, reporting each in pp.
 * `onStage` is called before each stage so a worker can report progress.
 */
export function runLabExperiment(truths: LabTruths, onStage?: (stage: LabStage, index: number) => void): LabResult {
  onStage?.('generate', 0);
  const { rows } = generateSample(labSampleParams(truths));
  const columns: Record<string, unknown[]> = {};
  for (const name of SAMPLE_COLUMNS) columns[name] = rows.map((row) => row[name]);
  onStage?.('orientation', 1);
  const table = jobOrientation(aq.table(columns));
  const options = { outcome: 'job_52w' as const };
  onStage?.('naive', 2);
  const naive = attempt(() => naiveBeliefSlope(table, options));
  onStage?.('ols', 3);
  const ols = attempt(() => beliefEffectOls(table, options));
  onStage?.('iv', 4);
  const iv = attempt(() => beliefEffect2sls(table, options));
  onStage?.('change', 5);
  const change = attempt(() => caseworkerChangeEffect(table, options));
  const finite = (e: Estimate | null) => (e && Number.isFinite(e.coefficient) && Number.isFinite(e.se) ? e : null);
  const ivOk = finite(iv);
  return {
    truths,
    rows: rows.length,
    naive: finite(naive) ? inPp(naive!, truths.beta) : null,
    ols: finite(ols) ? inPp(ols!, truths.beta) : null,
    iv: ivOk ? inPp(ivOk, truths.beta) : null,
    firstStageF: ivOk && iv ? iv.firstStage.f : null,
    change: finite(change) ? inPp(change!, truths.delta) : null,
  };
}
