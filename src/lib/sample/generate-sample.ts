import { randomLcg, randomNormal } from 'd3';
import type { BeliefLevel, SampleRow } from '../data/sample-columns';
import type { BaselineCurve, SampleParams } from './sample-params';

/** What the sample is generated from but the CSV leaves out: the truths estimators try to recover. */
export interface SampleTruths {
  /** Employability e per person, indexed by person_id − 1 (standard normal). */
  employability: Float64Array;
  /** Optimism o per caseworker, indexed by caseworker_id − 1 (latent belief scale). */
  optimism: Float64Array;
  /** Shift per job centre, indexed by jobcentre_id − 1 (latent belief scale). */
  centreShift: Float64Array;
  /** Model P(job) per row, in row order, before any calibration. */
  pJob: Float64Array;
  /** Model P(job or education) per row, in row order, before any calibration. */
  pJobOrEdu: Float64Array;
}

/** A generated sample: the rows that go to the CSV and, separately, the latent truths. */
export interface GeneratedSample {
  rows: SampleRow[];
  truths: SampleTruths;
}

const QUARTERS = 16; // 2013Q1 … 2016Q4
const FIRST_YEAR = 2013;
/** Occasions per person, 1…8: mean ≈ 3.37 so ~4,000 persons give ~13,500 answers. */
const OCCASION_WEIGHTS = [0.18, 0.21, 0.19, 0.16, 0.11, 0.07, 0.05, 0.03];
/** Cuts of the persons' self-ratings (latent standard normal → 1…5). */
const RATING_CUTS = [-1.3, -0.5, 0.35, 1.2];
/** Loading of each self-rating on employability; the rest is answer-to-answer noise. */
const LOADINGS = { self_belief: 0.55, health_coping: 0.45, job_search: 0.5 } as const;

const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);
const logistic = (x: number): number => 1 / (1 + Math.exp(-x));

function baseline(curve: BaselineCurve, e: number): number {
  return curve.floor + (curve.ceiling - curve.floor) * logistic(curve.slope * (e - curve.midpoint));
}

function rating(latent: number): number {
  let r = 1;
  for (const cut of RATING_CUTS) if (latent > cut) r++;
  return r;
}

function quarterLabel(index: number): string {
  return `${FIRST_YEAR + Math.floor(index / 4)}Q${(index % 4) + 1}`;
}

function checkParams(p: SampleParams): void {
  const fail = (what: string): never => {
    throw new RangeError(`generateSample: ${what}`);
  };
  for (const [name, v] of Object.entries({ seed: p.seed, persons: p.persons, answers: p.answers, caseworkers: p.caseworkers, centres: p.centres })) {
    if (!Number.isInteger(v) || v < 0) fail(`${name} must be a non-negative integer`);
  }
  if (p.persons < 1) fail('persons must be at least 1');
  if (p.answers < p.persons || p.answers > 8 * p.persons) fail('answers must be between persons and 8 × persons');
  if (p.centres < 1 || p.caseworkers < 2 * p.centres) fail('each centre needs at least two caseworkers');
  if (!(p.alpha >= 0 && p.alpha <= 1)) fail('alpha must be in [0, 1]');
  const shareSum = p.beliefShares.reduce((s, v) => s + v, 0);
  if (p.beliefShares.some((v) => !(v >= 0)) || Math.abs(shareSum - 1) > 1e-6) fail('belief shares must be ≥ 0 and sum to 1');
  for (const [name, v] of Object.entries({ dontKnowShare: p.dontKnowShare, changeShare: p.changeShare, extraChangeProbability: p.extraChangeProbability, educationSupportShare: p.educationSupportShare })) {
    if (!(v >= 0 && v <= 1)) fail(`${name} must be in [0, 1]`);
  }
  if (!(p.optimismSpread >= 0) || !(p.centreSpread >= 0)) fail('spreads must be ≥ 0');
}

/**
 * Picks exactly k of the indices, each with weight w (Efraimidis–Spirakis keys u^(1/w): the k
 * largest keys are a weighted sample without replacement). Zero weights are picked last.
 */
function weightedPick(indices: readonly number[], weights: ArrayLike<number>, k: number, uniform: () => number): number[] {
  const keyed = indices.map((i) => {
    const w = weights[i] ?? 0;
    // log-keys keep tiny weights distinct where u^(1/w) would underflow to 0.
    const key = w > 0 ? Math.log(uniform() || Number.MIN_VALUE) / w : -Infinity;
    return { i, key };
  });
  keyed.sort((x, y) => y.key - x.key || x.i - y.i);
  return keyed.slice(0, k).map((x) => x.i);
}

/**
 * Draws outcomes so that exactly k of the rows `members` are positive, keeping each row's chance as
 * close to its probability as an exact count allows: the probabilities are shifted by one constant
 * (found by bisection, kept in [0, 1]) so they sum to k, drawn as Bernoullis, and the few surplus or
 * missing positives are then removed (weighted by 1 − q) or added (weighted by q).
 */
function drawExactly(members: readonly number[], prob: ArrayLike<number>, k: number, uniform: () => number, out: Uint8Array): void {
  if (members.length === 0) return;
  const sumAt = (c: number): number => members.reduce((s, i) => s + clamp01((prob[i] ?? 0) + c), 0);
  let lo = -1;
  let hi = 1;
  for (let iter = 0; iter < 60; iter++) {
    const mid = (lo + hi) / 2;
    if (sumAt(mid) < k) lo = mid;
    else hi = mid;
  }
  const shift = (lo + hi) / 2;
  const q = new Float64Array(out.length);
  const positives: number[] = [];
  const negatives: number[] = [];
  for (const i of members) {
    q[i] = clamp01((prob[i] ?? 0) + shift);
    if (uniform() < q[i]!) positives.push(i);
    else negatives.push(i);
  }
  if (positives.length > k) {
    const inverse = new Float64Array(out.length);
    for (const i of positives) inverse[i] = 1 - q[i]! + 1e-12;
    const drop = new Set(weightedPick(positives, inverse, positives.length - k, uniform));
    for (const i of positives) out[i] = drop.has(i) ? 0 : 1;
  } else {
    for (const i of positives) out[i] = 1;
    const weights = new Float64Array(out.length);
    for (const i of negatives) weights[i] = q[i]! + 1e-12;
    for (const i of weightedPick(negatives, weights, k - positives.length, uniform)) out[i] = 1;
  }
}

/**
 * Generates the synthetic BIP sample: a structural model (employability e, caseworker optimism o,
 * centre shifts, caseworker changes, outcome probabilities baseline(e) + β·(belief − 3) + δ·changes)
 * drawn from one seeded LCG, so the same parameters always give the same rows. With
 * `params.calibration` set, the job count of each belief group and the job-or-education total are
 * made exact (see drawExactly), so Tabell 2 and the base rates are reproduced to the rounding.
 */
export function generateSample(params: SampleParams): GeneratedSample {
  checkParams(params);
  const lcg = randomLcg(params.seed);
  const uniform = (): number => lcg();
  const normal = randomNormal.source(lcg)(0, 1);
  const { persons: N, caseworkers: K, centres: C } = params;

  // Centres and caseworkers: caseworkers are split evenly over centres in id order.
  const centreShift = new Float64Array(C);
  for (let j = 0; j < C; j++) centreShift[j] = params.centreSpread * normal();
  const caseworkerCentre = new Int32Array(K);
  const centreCaseworkers: number[][] = Array.from({ length: C }, () => []);
  const optimism = new Float64Array(K);
  for (let c = 0; c < K; c++) {
    const j = Math.floor((c * C) / K);
    caseworkerCentre[c] = j;
    centreCaseworkers[j]!.push(c);
    optimism[c] = params.optimismSpread * normal();
  }
  // Optimism is relative to the centre: the centre shift carries the centre's level.
  for (let j = 0; j < C; j++) {
    const members = centreCaseworkers[j]!;
    const mean = members.reduce((s, c) => s + optimism[c]!, 0) / members.length;
    for (const c of members) optimism[c] = optimism[c]! - mean;
  }

  // Persons: centre, occasions, register variables, employability.
  const centreOf = new Int32Array(N);
  const occasions = new Int32Array(N);
  const employability = new Float64Array(N);
  const cumulative = OCCASION_WEIGHTS.map(((s) => (w: number) => (s += w))(0));
  for (let i = 0; i < N; i++) {
    centreOf[i] = Math.floor(uniform() * C);
    const u = uniform() * cumulative[cumulative.length - 1]!;
    occasions[i] = cumulative.findIndex((c) => u < c) + 1 || OCCASION_WEIGHTS.length;
    employability[i] = normal();
  }
  // Nudge occasion counts one at a time (random persons) until the total is exactly `answers`.
  let total = occasions.reduce((s, k) => s + k, 0);
  while (total !== params.answers) {
    const i = Math.floor(uniform() * N);
    if (total < params.answers && occasions[i]! < 8) {
      occasions[i]!++;
      total++;
    } else if (total > params.answers && occasions[i]! > 1) {
      occasions[i]!--;
      total--;
    }
  }

  // Caseworker changes: exactly round(share · N) persons change at least once, drawn among persons
  // with two or more occasions in proportion to how many transitions they have.
  const eligible: number[] = [];
  for (let i = 0; i < N; i++) if (occasions[i]! >= 2) eligible.push(i);
  const transitions = new Float64Array(N);
  for (const i of eligible) transitions[i] = occasions[i]! - 1;
  const changers = new Set(weightedPick(eligible, transitions, Math.min(eligible.length, Math.round(params.changeShare * N)), uniform));

  const n = params.answers;
  const rowPerson = new Int32Array(n);
  const rowWave = new Int32Array(n);
  const rowQuarter = new Int32Array(n);
  const rowCaseworker = new Int32Array(n);
  const rowChanges = new Int32Array(n);
  const rowAge = new Int32Array(n);
  const rowYears = new Float64Array(n);
  const rowRatings = { self_belief: new Int32Array(n), health_coping: new Int32Array(n), job_search: new Int32Array(n) };
  const female = new Uint8Array(N);
  const educationSupport = new Uint8Array(N);
  let r = 0;
  for (let i = 0; i < N; i++) {
    const k = occasions[i]!;
    const e = employability[i]!;
    const j = centreOf[i]!;
    const staff = centreCaseworkers[j]!;
    female[i] = uniform() < 0.45 ? 1 : 0;
    educationSupport[i] = uniform() < params.educationSupportShare ? 1 : 0;
    const youth = educationSupport[i] === 1;
    const age0 = youth ? 18 + uniform() * 11.75 : 30 + uniform() * 33;
    // Less employable persons have longer benefit histories (log-normal around ~3 years at 30+).
    const years0 = Math.min(age0 - 16, Math.exp((youth ? 0.2 : 1.2) - 0.35 * e + 0.6 * normal()));
    const start = Math.floor(uniform() * (QUARTERS - k + 1));
    // One guaranteed change at a random transition, the others each with extraChangeProbability.
    const forced = changers.has(i) ? 2 + Math.floor(uniform() * (k - 1)) : 0;
    let caseworker = staff[Math.floor(uniform() * staff.length)]!;
    let changes = 0;
    for (let t = 1; t <= k; t++) {
      if (t >= 2 && changers.has(i) && (t === forced || uniform() < params.extraChangeProbability)) {
        const next = Math.floor(uniform() * (staff.length - 1));
        caseworker = staff[next >= staff.indexOf(caseworker) ? next + 1 : next]!;
        changes++;
      }
      rowPerson[r] = i;
      rowWave[r] = t;
      rowQuarter[r] = start + t - 1;
      rowCaseworker[r] = caseworker;
      rowChanges[r] = changes;
      rowAge[r] = Math.floor(age0 + (t - 1) / 4);
      // Measured once, before the first answer: a history that grew with the wave would, as a
      // control, tie caseworker changes (which accumulate over waves) to employability.
      rowYears[r] = Math.round(years0 * 10) / 10;
      for (const key of ['self_belief', 'health_coping', 'job_search'] as const) {
        const l = LOADINGS[key];
        rowRatings[key][r] = rating(l * e + Math.sqrt(1 - l * l) * normal());
      }
      r++;
    }
  }

  // Caseworker belief: "don't know" for exactly round(share · n) random rows, then the latent read
  // α·e + noise + optimism + centre cut at its own quantiles so the shares are hit exactly.
  const dontKnow = new Uint8Array(n);
  const all = Array.from({ length: n }, (_, i) => i);
  for (const i of weightedPick(all, new Float64Array(n).fill(1), Math.round(params.dontKnowShare * n), uniform)) dontKnow[i] = 1;
  const latent = new Float64Array(n);
  const noise = Math.sqrt(1 - params.alpha * params.alpha);
  for (let i = 0; i < n; i++) {
    const c = rowCaseworker[i]!;
    latent[i] = params.alpha * employability[rowPerson[i]!]! + noise * normal() + optimism[c]! + centreShift[caseworkerCentre[c]!]!;
  }
  const known = all.filter((i) => dontKnow[i] === 0).sort((x, y) => latent[x]! - latent[y]! || x - y);
  const belief = new Int8Array(n); // 0 = don't know
  let cut = 0;
  let level = 1;
  let share = 0;
  for (const s of params.beliefShares) {
    share += s;
    const end = level === 5 ? known.length : Math.round(share * known.length);
    for (; cut < end; cut++) belief[known[cut]!] = level;
    level++;
  }

  // Outcome probabilities on the probability scale, clipped to [0, 1]; "don't know" rows get no
  // belief effect. job_or_edu is kept ≥ job.
  const pJob = new Float64Array(n);
  const pJobOrEdu = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const person = rowPerson[i]!;
    const step = belief[i] === 0 ? 0 : belief[i]! - 3;
    const base = baseline(params.baselineJob, employability[person]!);
    const edu = educationSupport[person] ? params.baselineEducation.education_support : params.baselineEducation.cash_benefit;
    pJob[i] = clamp01(base + params.betaJob * step + params.deltaJob * rowChanges[i]!);
    const raw = base + edu + params.betaJobOrEdu * step + params.deltaJobOrEdu * rowChanges[i]!;
    pJobOrEdu[i] = Math.min(1, Math.max(pJob[i]!, raw));
  }

  const job = new Uint8Array(n);
  const education = new Uint8Array(n);
  const cal = params.calibration;
  if (cal) {
    for (let b = 0; b <= 5; b++) {
      const members = all.filter((i) => belief[i] === b);
      const rate = b === 0 ? cal.jobRateDontKnow : cal.jobRateByBelief[b - 1]!;
      drawExactly(members, pJob, Math.round(members.length * rate), uniform, job);
    }
  } else {
    for (let i = 0; i < n; i++) job[i] = uniform() < pJob[i]! ? 1 : 0;
  }
  // Education among those without a job, with P(edu | no job) = (p_je − p_job) / (1 − p_job).
  const pEducation = new Float64Array(n);
  const noJob: number[] = [];
  for (let i = 0; i < n; i++) {
    if (job[i]) continue;
    noJob.push(i);
    pEducation[i] = pJob[i]! < 1 ? (pJobOrEdu[i]! - pJob[i]!) / (1 - pJob[i]!) : 0;
  }
  if (cal) {
    const jobs = n - noJob.length;
    drawExactly(noJob, pEducation, Math.max(0, Math.round(cal.jobOrEduRate * n) - jobs), uniform, education);
  } else {
    for (const i of noJob) education[i] = uniform() < pEducation[i]! ? 1 : 0;
  }

  // Rows in time order (quarter, then person), numbered from 1.
  const order = all.slice().sort((x, y) => rowQuarter[x]! - rowQuarter[y]! || rowPerson[x]! - rowPerson[y]! || x - y);
  const rows: SampleRow[] = order.map((i, index) => {
    const person = rowPerson[i]!;
    const c = rowCaseworker[i]!;
    return {
      response_id: index + 1,
      person_id: person + 1,
      caseworker_id: c + 1,
      jobcentre_id: caseworkerCentre[c]! + 1,
      quarter: quarterLabel(rowQuarter[i]!),
      wave: rowWave[i]!,
      age: rowAge[i]!,
      gender: female[person] ? 'female' : 'male',
      benefit_group: educationSupport[person] ? 'education_support' : 'cash_benefit',
      years_on_benefits: rowYears[i]!,
      self_belief: rowRatings.self_belief[i]!,
      health_coping: rowRatings.health_coping[i]!,
      job_search: rowRatings.job_search[i]!,
      belief: belief[i] === 0 ? null : (belief[i] as BeliefLevel),
      caseworker_changes: rowChanges[i]!,
      job_52w: job[i] ? 1 : 0,
      job_or_edu_52w: job[i] || education[i] ? 1 : 0,
    };
  });
  const reorder = (source: Float64Array): Float64Array => Float64Array.from(order, (i) => source[i]!);
  return { rows, truths: { employability, optimism, centreShift, pJob: reorder(pJob), pJobOrEdu: reorder(pJobOrEdu) } };
}
