import { publishedFigure, type PublishedFigure } from '../data/published';
import type { CalculatorSampleFigures } from './calculator-sample-figures';

/** Where a calculator's starting rate comes from: the rate at the chosen answer, the overall average, or typed. */
export type BaselineSource = 'answer' | 'overall' | 'typed';

/** A calculator's starting rate (%) and what it is, so the page can say so. */
export type Baseline =
  | { source: 'answer'; rate: number; answer: number; kind: 'published'; figure: PublishedFigure }
  | { source: 'answer'; rate: number; answer: number; kind: 'sample'; n: number }
  | { source: 'overall'; rate: number; kind: 'published'; figure: PublishedFigure }
  | { source: 'typed'; rate: number; kind: 'typed' };

const OVERALL_ID = { job: 'base_rate_job', job_or_edu: 'base_rate_job_or_edu' } as const;
const TABELL_2_ID = ['job_rate_belief_1', 'job_rate_belief_2', 'job_rate_belief_3', 'job_rate_belief_4', 'job_rate_belief_5'] as const;

/**
 * The rate a calculator starts from. 'answer': the rate among clients whose caseworker gave that
 * answer — for a job, the report's Tabell 2 (Nej 1.1 % … Ja 26.8 %); for job or education, which
 * Tabell 2 does not give, the synthetic sample's rate at that answer (kind 'sample'). 'overall': the
 * report's average over all clients (6 % / 10 %). 'typed': the reader's own number.
 */
export function answerBaseline(input: {
  source: BaselineSource;
  outcome: 'job' | 'job_or_edu';
  answer: number;
  typed: number;
  sample: Pick<CalculatorSampleFigures, 'jobOrEduByBelief'>;
}): Baseline {
  const { source, outcome, answer } = input;
  if (source === 'typed') return { source, rate: input.typed, kind: 'typed' };
  if (source === 'overall') {
    const figure = publishedFigure(OVERALL_ID[outcome]);
    return { source, rate: figure.value, kind: 'published', figure };
  }
  if (!(Number.isInteger(answer) && answer >= 1 && answer <= 5)) throw new RangeError('answer must be 1–5');
  if (outcome === 'job') {
    const figure = publishedFigure(TABELL_2_ID[answer - 1]!);
    return { source, rate: figure.value, answer, kind: 'published', figure };
  }
  const level = input.sample.jobOrEduByBelief[answer - 1]!;
  return { source, rate: level.rate, answer, kind: 'sample', n: level.n };
}

/** The rate at each answer 1–5 for an outcome: Tabell 2 for a job, the sample for job or education. */
export function ratesByAnswer(outcome: 'job' | 'job_or_edu', sample: Pick<CalculatorSampleFigures, 'jobOrEduByBelief'>): number[] {
  return [1, 2, 3, 4, 5].map((answer) => answerBaseline({ source: 'answer', outcome, answer, typed: 0, sample }).rate);
}
