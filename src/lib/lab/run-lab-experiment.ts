import * as aq from 'arquero';
import { beliefEffect2sls } from '../analysis/belief-effect-2sls';
import { beliefEffectOls } from '../analysis/belief-effect-ols';
import { caseworkerChangeEffect } from '../analysis/caseworker-change-effect';
import { jobOrientation } from '../analysis/job-orientation';
import { naiveBeliefSlope } from '../analysis/naive-belief-slope';
import { SAMPLE_COLUMNS, type SampleRow } from '../data/sample-columns';
import { generateSample } from '../sample/generate-sample';
import type { Estimate, IvEstimate } from '../stats/summarise-coefficient';
import { instrumentStrength, type InstrumentStrength } from './instrument-strength';
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
  /** Belief effect: naive slope and OLS with controls; null when the model could not be estimated. */
  naive: LabEstimate | null;
  ols: LabEstimate | null;
  /**
   * 2SLS, only when the instrument is strong enough to report it (ivStrength 'strong', F ≥ 10).
   * With a weak instrument the computation gives a number, but it is not a result: it is left out, so
   * no view, summary or coverage count can show it as one.
   */
  iv: LabEstimate | null;
  /** The instrument's strength by the lab's rule (instrumentStrength of firstStageF). */
  ivStrength: InstrumentStrength;
  /** Cluster-robust first-stage F of the 2SLS (instrument strength), or null when it could not be fitted. */
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

const finite = <E extends Estimate>(e: E | null): E | null => (e && Number.isFinite(e.coefficient) && Number.isFinite(e.se) ? e : null);

/** The generated sample of a lab run: the committed sample's columns, outcomes drawn from the reader's truths. */
export function generateLabSample(truths: LabTruths): SampleRow[] {
  return generateSample(labSampleParams(truths)).rows;
}

/**
 * Estimates a lab sample: the belief effect on jobs three ways and the change effect, each in pp
 * against the truths. `onStage` is called before each estimation stage ('orientation' onwards).
 */
export function estimateLabSample(truths: LabTruths, rows: readonly SampleRow[], onStage?: (stage: LabStage, index: number) => void): LabResult {
  const columns: Record<string, unknown[]> = {};
  for (const name of SAMPLE_COLUMNS) columns[name] = rows.map((row) => row[name]);
  onStage?.('orientation', 1);
  const table = jobOrientation(aq.table(columns));
  const options = { outcome: 'job_52w' as const };
  onStage?.('naive', 2);
  const naive = finite(attempt(() => naiveBeliefSlope(table, options)));
  onStage?.('ols', 3);
  const ols = finite(attempt(() => beliefEffectOls(table, options)));
  onStage?.('iv', 4);
  const iv = attempt<IvEstimate>(() => beliefEffect2sls(table, options));
  onStage?.('change', 5);
  const change = finite(attempt(() => caseworkerChangeEffect(table, options)));
  const f = iv && Number.isFinite(iv.firstStage.f) ? iv.firstStage.f : null;
  const ivStrength = instrumentStrength(f);
  const ivOk = ivStrength === 'strong' ? finite(iv) : null;
  return {
    truths,
    rows: rows.length,
    naive: naive ? inPp(naive, truths.beta) : null,
    ols: ols ? inPp(ols, truths.beta) : null,
    iv: ivOk ? inPp(ivOk, truths.beta) : null,
    ivStrength: ivStrength === 'strong' && !ivOk ? 'none' : ivStrength,
    firstStageF: f,
    change: change ? inPp(change, truths.delta) : null,
  };
}

/**
 * One lab experiment: generates a sample from the reader's truths (uncalibrated, see labSampleParams),
 * then estimates it (estimateLabSample). `onStage` is called before each stage so a worker can report progress.
 */
export function runLabExperiment(truths: LabTruths, onStage?: (stage: LabStage, index: number) => void): LabResult {
  onStage?.('generate', 0);
  return estimateLabSample(truths, generateLabSample(truths), onStage);
}
