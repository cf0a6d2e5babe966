/**
 * The knobs of the synthetic sample's data-generating process. Defaults come from the published
 * figures (data/published.json) and the assumed ones (data/assumed.json), so the values live in one
 * place and the method page can list them.
 */
import published from '../../../data/published.json';
import assumed from '../../../data/assumed.json';

/** A logistic curve between a floor and a ceiling: the outcome probability before caseworker effects. */
export interface BaselineCurve {
  /** Probability for the least employable persons. */
  floor: number;
  /** Probability the curve approaches for the most employable persons. */
  ceiling: number;
  /** Steepness per standard deviation of employability. */
  slope: number;
  /** Employability (in standard deviations) at the curve's midpoint. */
  midpoint: number;
}

/** Exact-count calibration targets: every rate a proportion (0–1). */
export interface CalibrationTargets {
  /** Job rate per belief level 1…5 (Tabell 2). */
  jobRateByBelief: readonly [number, number, number, number, number];
  /** Job rate of the "don't know" answers (assumed). */
  jobRateDontKnow: number;
  /** Overall job-or-education rate. */
  jobOrEduRate: number;
}

/** Everything generateSample needs; the same object is written to data/sample-meta.json. */
export interface SampleParams {
  seed: number;
  persons: number;
  /** Total rows (answer pairs); occasions per person are drawn and then nudged to hit this total. */
  answers: number;
  caseworkers: number;
  centres: number;
  /** Structural effect of one step up the belief scale on P(job), probability scale. */
  betaJob: number;
  betaJobOrEdu: number;
  /** Structural effect of each caseworker change, probability scale. */
  deltaJob: number;
  deltaJobOrEdu: number;
  /** 0…1: how well caseworkers see employability (weight of e in their read; the rest is noise). */
  alpha: number;
  /** Standard deviation of caseworker optimism on the latent belief scale. */
  optimismSpread: number;
  /** Standard deviation of the job-centre shift on the latent belief scale. */
  centreSpread: number;
  /** Shares of belief 1…5 among answers that are not "don't know" (sum 1). */
  beliefShares: readonly [number, number, number, number, number];
  /** Share of answers that are "don't know". */
  dontKnowShare: number;
  /** Share of persons with at least one caseworker change. */
  changeShare: number;
  /** For a person with a change: probability of a change at each of their other transitions. */
  extraChangeProbability: number;
  /** Share of persons under 30 on education support. */
  educationSupportShare: number;
  /** P(job) before caseworker effects, as a function of employability. */
  baselineJob: BaselineCurve;
  /** Extra P(education) before caseworker effects, per benefit group. */
  baselineEducation: { cash_benefit: number; education_support: number };
  /** null: plain Bernoulli draws; otherwise the counts are made exact (see generateSample). */
  calibration: CalibrationTargets | null;
}

const fig = published.figures;
const a = assumed.values;
// toPrecision drops the binary noise of /100 (0.013, not 0.013000000000000001) in sample-meta.json.
const pct = (v: number): number => Number((v / 100).toPrecision(12));

/** The sample's default parameters: the published effects, the assumed shares, and the tuned curves. */
export const DEFAULT_SAMPLE_PARAMS: SampleParams = {
  seed: 1,
  persons: fig.persons.value,
  answers: fig.answers_individual.value,
  caseworkers: fig.caseworkers.value,
  centres: fig.jobcentres.value,
  betaJob: pct(fig.step_effect_job.value),
  betaJobOrEdu: pct(fig.step_effect_job_or_edu.value),
  deltaJob: pct(fig.change_effect_job.value),
  deltaJobOrEdu: pct(fig.change_effect_job_or_edu.value),
  alpha: a.caseworker_insight_alpha.value,
  optimismSpread: a.caseworker_optimism_spread.value,
  centreSpread: a.centre_shift_spread.value,
  beliefShares: [
    pct(a.belief_share_nej.value),
    pct(a.belief_share_tvivlar.value),
    pct(a.belief_share_varierar.value),
    pct(a.belief_share_goda_chanser.value),
    pct(a.belief_share_ja.value),
  ],
  dontKnowShare: pct(fig.belief_share_dont_know.value),
  changeShare: pct(fig.change_share.value),
  extraChangeProbability: a.extra_change_probability.value,
  educationSupportShare: pct(a.education_support_share.value),
  baselineJob: {
    floor: pct(a.baseline_job_floor.value),
    ceiling: pct(a.baseline_job_ceiling.value),
    slope: a.baseline_job_slope.value,
    midpoint: a.baseline_job_midpoint.value,
  },
  baselineEducation: {
    cash_benefit: pct(a.baseline_education_cash_benefit.value),
    education_support: pct(a.baseline_education_education_support.value),
  },
  calibration: {
    jobRateByBelief: [
      pct(fig.job_rate_belief_1.value),
      pct(fig.job_rate_belief_2.value),
      pct(fig.job_rate_belief_3.value),
      pct(fig.job_rate_belief_4.value),
      pct(fig.job_rate_belief_5.value),
    ],
    jobRateDontKnow: pct(a.job_rate_dont_know.value),
    jobOrEduRate: pct(fig.base_rate_job_or_edu.value),
  },
};
