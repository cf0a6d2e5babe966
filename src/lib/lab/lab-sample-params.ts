import { DEFAULT_SAMPLE_PARAMS, type SampleParams } from '../sample/sample-params';

/** The truths a reader sets in the lab (effects in percentage points, as on the page). */
export interface LabTruths {
  /** Effect of one step up the belief scale on the job rate, pp. */
  beta: number;
  /** Effect of each caseworker change on the job rate, pp. */
  delta: number;
  /** How well caseworkers see employability, 0…1. */
  alpha: number;
  /** Spread (sd) of caseworker optimism on the latent belief scale. */
  spread: number;
  persons: number;
  caseworkers: number;
  seed: number;
}

/** Answers per person in the study (about 13,500 answers from about 4,000 persons); the lab keeps the ratio. */
const ANSWERS_PER_PERSON = DEFAULT_SAMPLE_PARAMS.answers / DEFAULT_SAMPLE_PARAMS.persons;

/**
 * The generator's parameters for a lab run: the committed sample's structure with the reader's truths
 * for the job outcome, and WITHOUT the exact-count calibration — outcomes are plain Bernoulli draws
 * from the structural model, so the only truths in the data are the ones the reader set.
 */
export function labSampleParams(truths: LabTruths): SampleParams {
  return {
    ...DEFAULT_SAMPLE_PARAMS,
    seed: truths.seed,
    persons: truths.persons,
    answers: Math.round(truths.persons * ANSWERS_PER_PERSON),
    caseworkers: truths.caseworkers,
    betaJob: truths.beta / 100,
    deltaJob: truths.delta / 100,
    alpha: truths.alpha,
    optimismSpread: truths.spread,
    calibration: null,
  };
}
