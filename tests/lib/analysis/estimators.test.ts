import { randomLcg } from 'd3';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { beliefEffect2sls } from '../../../src/lib/analysis/belief-effect-2sls';
import { beliefEffectOls } from '../../../src/lib/analysis/belief-effect-ols';
import { caseworkerChangeEffect } from '../../../src/lib/analysis/caseworker-change-effect';
import { jobOrientation } from '../../../src/lib/analysis/job-orientation';
import { naiveBeliefSlope } from '../../../src/lib/analysis/naive-belief-slope';
import { parseSample } from '../../../src/lib/data/parse-sample';
import { OUTCOMES, type BeliefLevel, type SampleRow } from '../../../src/lib/data/sample-columns';
import type { Estimate } from '../../../src/lib/stats/summarise-coefficient';
import reference from '../../fixtures/reference-estimates.json';
import { tinySample } from '../../fixtures/tiny-sample';

const REGENERATE = 'Rscript scripts/reference/estimates.R';
const csv = readFileSync('data/sample.csv', 'utf8');
const sample = parseSample(csv);

type Reference = typeof reference.models.job_52w.naive;

/** Every reported number of an estimate equals R's to 1e-6 (absolute; relative for the large F). */
function expectMatchesR(actual: Estimate, expected: Reference): void {
  for (const key of ['coefficient', 'se', 'low', 'high'] as const) {
    expect(Math.abs(actual[key] - expected[key]), key).toBeLessThan(1e-6);
  }
  expect(actual.p).toBeCloseTo(expected.p, 6);
  expect({ n: actual.n, clusters: actual.clusters, k: actual.k }).toEqual({ n: expected.n, clusters: expected.clusters, k: expected.k });
}

describe('estimators against R (tests/fixtures/reference-estimates.json)', () => {
  it('the fixture was produced from the current data/sample.csv', () => {
    const md5 = createHash('md5').update(csv).digest('hex');
    expect(md5, `data/sample.csv changed since the R fixture was made: run \`${REGENERATE}\``).toBe(reference.inputMd5);
  });

  it('job_orientation agrees with the independent R computation', () => {
    const values = jobOrientation(sample).array('job_orientation') as ArrayLike<number | null>;
    let defined = 0;
    let sum = 0;
    let sumSquares = 0;
    let rowWeighted = 0;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v === null || v === undefined) continue;
      defined++;
      sum += v;
      sumSquares += v * v;
      rowWeighted += v * (i + 1);
    }
    const r = reference.jobOrientation;
    expect(defined).toBe(r.defined);
    expect(sum).toBeCloseTo(r.sum, 6);
    expect(sumSquares).toBeCloseTo(r.sum_squares, 6);
    expect(Math.abs(rowWeighted - r.row_weighted_sum) / Math.abs(r.row_weighted_sum)).toBeLessThan(1e-9);
    r.first.forEach((expected, i) => {
      if (expected === null) expect(values[i]).toBeNull();
      else expect(values[i]).toBeCloseTo(expected, 9);
    });
  });

  describe.each(OUTCOMES)('%s', (outcome) => {
    const models = reference.models[outcome];

    it('naive slope (lm y ~ belief)', () => expectMatchesR(naiveBeliefSlope(sample, { outcome }), models.naive));
    it('OLS with controls and centre fixed effects', () => expectMatchesR(beliefEffectOls(sample, { outcome }), models.ols));
    it('caseworker-change effect', () => expectMatchesR(caseworkerChangeEffect(sample, { outcome }), models.change));

    it('2SLS with job orientation as instrument, and its first stage', () => {
      const estimate = beliefEffect2sls(sample, { outcome });
      expectMatchesR(estimate, models.iv);
      const first = models.iv.firstStage;
      expect(Math.abs(estimate.firstStage.coefficient - first.coefficient)).toBeLessThan(1e-6);
      expect(Math.abs(estimate.firstStage.se - first.se)).toBeLessThan(1e-6);
      expect(Math.abs(estimate.firstStage.f / first.f - 1)).toBeLessThan(1e-6);
      expect(Math.abs(estimate.firstStage.fConventional / first.fConventional - 1)).toBeLessThan(1e-6);
    });
  });

  it('gives the same 2SLS whether job_orientation is precomputed or derived', () => {
    const derived = beliefEffect2sls(sample, { outcome: 'job_52w' });
    const precomputed = beliefEffect2sls(jobOrientation(sample), { outcome: 'job_52w' });
    expect(precomputed).toEqual(derived);
  });
});


/**
 * A sample from a known linear probability model: employability e drives the client's ratings, the
 * caseworker's belief (with the caseworker's own optimism and the centre's shift) and the outcome;
 * P(job) = 0.3 + 0.05 e + β (belief − 3) + δ · changes. Optimism moves belief but not the outcome
 * directly, so job orientation is a valid instrument while OLS is biased upwards by e.
 */
function simulate(truth: { beta: number; delta: number }, seed: number): ReturnType<typeof tinySample> {
  const random = randomLcg(seed / 1000);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const clamp = (x: number) => Math.min(5, Math.max(1, Math.round(x)));
  const centres = 10;
  const perCentre = 30;
  const shift = Array.from({ length: centres }, () => 0.2 * normal());
  const optimism = Array.from({ length: centres * perCentre }, () => 0.5 * normal());
  const rows: Array<Partial<SampleRow>> = [];
  for (let person = 1; person <= 4000; person++) {
    const e = normal();
    const centre = Math.floor(random() * centres);
    let caseworker = centre * perCentre + Math.floor(random() * perCentre);
    const age = 18 + Math.floor(random() * 45);
    const base = {
      person_id: person,
      jobcentre_id: centre + 1,
      age,
      gender: random() < 0.5 ? ('female' as const) : ('male' as const),
      benefit_group: age < 30 && random() < 0.5 ? ('education_support' as const) : ('cash_benefit' as const),
      years_on_benefits: Math.round(random() * 150) / 10,
    };
    let changes = 0;
    const occasions = 1 + Math.floor(random() * 6);
    for (let wave = 1; wave <= occasions; wave++) {
      if (wave > 1 && random() < 0.12) {
        changes++;
        caseworker = centre * perCentre + Math.floor(random() * perCentre);
      }
      const latent = 0.8 * e + optimism[caseworker]! + shift[centre]! + 0.7 * normal();
      const belief = (latent < -0.9 ? 1 : latent < -0.2 ? 2 : latent < 0.4 ? 3 : latent < 1.2 ? 4 : 5) as BeliefLevel;
      const p = Math.min(1, Math.max(0, 0.3 + 0.05 * e + truth.beta * (belief - 3) + truth.delta * changes));
      const job = random() < p ? 1 : 0;
      rows.push({
        ...base,
        caseworker_id: caseworker + 1,
        wave,
        self_belief: clamp(3 + 0.8 * e + normal()),
        health_coping: clamp(3 + 0.5 * e + normal()),
        job_search: clamp(3 + 0.6 * e + normal()),
        belief: random() < 0.02 ? null : belief,
        caseworker_changes: changes,
        job_52w: job,
        job_or_edu_52w: job === 1 || random() < 0.1 ? 1 : 0,
      });
    }
  }
  return tinySample(rows);
}

describe('estimators on a simulated sample with a known truth', () => {
  const truth = { beta: 0.04, delta: -0.02 };
  const simulated = simulate(truth, 20240611);

  it('2SLS recovers the belief effect within its 95% interval, with a strong first stage', () => {
    const estimate = beliefEffect2sls(simulated, { outcome: 'job_52w' });
    expect(estimate.low).toBeLessThanOrEqual(truth.beta);
    expect(estimate.high).toBeGreaterThanOrEqual(truth.beta);
    expect(estimate.firstStage.f).toBeGreaterThan(100);
  });

  it('the naive slope overstates the belief effect, as confounding by employability predicts', () => {
    expect(naiveBeliefSlope(simulated, { outcome: 'job_52w' }).low).toBeGreaterThan(truth.beta);
  });

  it('the change effect recovers the truth within its 95% interval', () => {
    const estimate = caseworkerChangeEffect(simulated, { outcome: 'job_52w' });
    expect(estimate.low).toBeLessThanOrEqual(truth.delta);
    expect(estimate.high).toBeGreaterThanOrEqual(truth.delta);
  });
});
