import type { ColumnTable } from 'arquero';
import { beliefEffect2sls } from '../analysis/belief-effect-2sls';
import { jobOrientation } from '../analysis/job-orientation';
import { jobOrientationGroups } from '../analysis/job-orientation-groups';
import { jobRateByBelief } from '../analysis/job-rate-by-belief';

/** An estimate in percentage points with its 95 % interval. */
export interface PpEstimate {
  value: number;
  low: number;
  high: number;
}

/** What the calculators use from the synthetic sample: computed once at build time and embedded as JSON. */
export interface CalculatorSampleFigures {
  /** 2SLS effect of one step up the belief scale, per outcome (pp, 95 % interval, clustered by caseworker). */
  stepEffect: { job: PpEstimate; job_or_edu: PpEstimate };
  /** Job rate (%) in the lowest and highest third of job orientation. */
  orientation: { low: number; high: number };
  /**
   * The job-or-education rate (%) and the answers at each belief level 1–5: the report's Tabell 2
   * gives the job rate by answer only, so a calculator starting from an answer uses the sample's rate
   * for job or education, labelled as such.
   */
  jobOrEduByBelief: { rate: number; n: number }[];
  rows: number;
}

const pp = (e: { coefficient: number; low: number; high: number }): PpEstimate => ({
  value: e.coefficient * 100,
  low: e.low * 100,
  high: e.high * 100,
});

/** The sample's 2SLS step effects and job-orientation thirds (seed Tabell 4 and Figur 4, on the sample). */
export function calculatorSampleFigures(sample: ColumnTable): CalculatorSampleFigures {
  const withOrientation = jobOrientation(sample);
  const thirds = jobOrientationGroups(withOrientation, { groups: 3, outcome: 'job_52w' }).groups;
  return {
    stepEffect: {
      job: pp(beliefEffect2sls(withOrientation, { outcome: 'job_52w' })),
      job_or_edu: pp(beliefEffect2sls(withOrientation, { outcome: 'job_or_edu_52w' })),
    },
    orientation: { low: (thirds[0]!.rate ?? 0) * 100, high: (thirds[2]!.rate ?? 0) * 100 },
    jobOrEduByBelief: jobRateByBelief(sample, 'job_or_edu_52w').map((r) => ({ rate: (r.rate ?? 0) * 100, n: r.n })),
    rows: sample.numRows(),
  };
}
