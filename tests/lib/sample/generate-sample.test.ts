import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SampleRow } from '../../../src/lib/data/sample-columns';
import { generateSample } from '../../../src/lib/sample/generate-sample';
import { DEFAULT_SAMPLE_PARAMS, type SampleParams } from '../../../src/lib/sample/sample-params';

/** A small sample keeps these tests quick; the committed full-size one is tested in tests/data. */
const small: SampleParams = { ...DEFAULT_SAMPLE_PARAMS, seed: 7, persons: 600, answers: 2000, caseworkers: 60, centres: 4 };

function byPerson(rows: readonly SampleRow[]): Map<number, SampleRow[]> {
  const map = new Map<number, SampleRow[]>();
  for (const r of rows) map.set(r.person_id, [...(map.get(r.person_id) ?? []), r]);
  for (const list of map.values()) list.sort((a, b) => a.wave - b.wave);
  return map;
}

afterEach(() => vi.restoreAllMocks());

describe('generateSample', () => {
  it('gives the same rows for the same parameters and different rows for another seed', () => {
    const a = generateSample(small).rows;
    expect(generateSample(small).rows).toEqual(a);
    expect(generateSample({ ...small, seed: 8 }).rows).not.toEqual(a);
  });

  it('never calls Math.random (every draw comes from the seeded LCG)', () => {
    const spy = vi.spyOn(Math, 'random');
    generateSample(small);
    expect(spy).not.toHaveBeenCalled();
  });

  it('has exactly the requested rows and persons, numbered from 1 in time order', () => {
    const { rows } = generateSample(small);
    expect(rows).toHaveLength(2000);
    expect(rows.map((r) => r.response_id)).toEqual(Array.from({ length: 2000 }, (_, i) => i + 1));
    expect(new Set(rows.map((r) => r.person_id)).size).toBe(600);
    const quarters = rows.map((r) => r.quarter);
    expect([...quarters].sort()).toEqual(quarters);
  });

  it('gives each person 1–8 occasions numbered 1, 2, … in consecutive quarters within 2013Q1–2016Q4', () => {
    const index = (q: string) => (Number(q.slice(0, 4)) - 2013) * 4 + Number(q.slice(5)) - 1;
    for (const list of byPerson(generateSample(small).rows).values()) {
      expect(list.length).toBeGreaterThanOrEqual(1);
      expect(list.length).toBeLessThanOrEqual(8);
      list.forEach((r, t) => {
        expect(r.wave).toBe(t + 1);
        expect(index(r.quarter)).toBe(index(list[0]!.quarter) + t);
      });
      expect(index(list[0]!.quarter)).toBeGreaterThanOrEqual(0);
      expect(index(list[list.length - 1]!.quarter)).toBeLessThanOrEqual(15);
    }
  });

  it('counts caseworker changes exactly as the caseworker_id sequence of each person changes', () => {
    for (const list of byPerson(generateSample(small).rows).values()) {
      let changes = 0;
      list.forEach((r, t) => {
        if (t > 0 && r.caseworker_id !== list[t - 1]!.caseworker_id) changes++;
        expect(r.caseworker_changes).toBe(changes);
      });
    }
  });

  it('gives exactly the requested share of persons one or more changes', () => {
    const persons = [...byPerson(generateSample(small).rows).values()];
    const changed = persons.filter((list) => list[list.length - 1]!.caseworker_changes > 0).length;
    expect(changed).toBe(Math.round(0.4 * 600));
  });

  it('keeps a person at one job centre and a caseworker at one job centre', () => {
    const { rows } = generateSample(small);
    const centreOf = (key: 'person_id' | 'caseworker_id') => {
      const m = new Map<number, Set<number>>();
      for (const r of rows) m.set(r[key], (m.get(r[key]) ?? new Set()).add(r.jobcentre_id));
      return [...m.values()].every((s) => s.size === 1);
    };
    expect(centreOf('person_id')).toBe(true);
    expect(centreOf('caseworker_id')).toBe(true);
  });

  it('hits the belief shares and the "don\'t know" share to the row', () => {
    const { rows } = generateSample(small);
    const dontKnow = rows.filter((r) => r.belief === null).length;
    expect(dontKnow).toBe(Math.round(small.dontKnowShare * 2000));
    const known = 2000 - dontKnow;
    let cumulative = 0;
    let below = 0;
    small.beliefShares.forEach((share, i) => {
      cumulative += share;
      const end = i === 4 ? known : Math.round(cumulative * known);
      expect(rows.filter((r) => r.belief === i + 1).length).toBe(end - below);
      below = end;
    });
  });

  it('never has job without job-or-education, calibrated or not', () => {
    for (const calibration of [small.calibration, null]) {
      const { rows } = generateSample({ ...small, calibration });
      expect(rows.some((r) => r.job_52w === 1 && r.job_or_edu_52w === 0)).toBe(false);
    }
  });

  it('with calibration, gives each belief group exactly round(n · rate) jobs and the job-or-education total exactly', () => {
    const { rows } = generateSample(small);
    const cal = small.calibration!;
    for (let b = 1; b <= 5; b++) {
      const group = rows.filter((r) => r.belief === b);
      expect(group.filter((r) => r.job_52w === 1).length).toBe(Math.round(group.length * cal.jobRateByBelief[b - 1]!));
    }
    const dontKnow = rows.filter((r) => r.belief === null);
    expect(dontKnow.filter((r) => r.job_52w === 1).length).toBe(Math.round(dontKnow.length * cal.jobRateDontKnow));
    expect(rows.filter((r) => r.job_or_edu_52w === 1).length).toBe(Math.round(2000 * cal.jobOrEduRate));
  });

  it('builds outcome probabilities as baseline(e) + β·(belief − 3) + δ·changes within a person', () => {
    // e is fixed per person, so between two unclipped rows of one person the probability moves by
    // β per belief step and δ per change, and nothing else.
    const params = { ...small, betaJob: 0.05, deltaJob: -0.02, betaJobOrEdu: 0.07, deltaJobOrEdu: -0.03 };
    const { rows, truths } = generateSample(params);
    let checked = 0;
    const first = new Map<number, number>();
    rows.forEach((r, i) => {
      if (r.belief === null) return;
      const j = first.get(r.person_id);
      if (j === undefined) return void first.set(r.person_id, i);
      const a = rows[j]!;
      const inside = (p: number) => p > 0 && p < 1;
      if (!inside(truths.pJob[i]!) || !inside(truths.pJob[j]!)) return;
      const expected = 0.05 * (r.belief - a.belief!) - 0.02 * (r.caseworker_changes - a.caseworker_changes);
      expect(truths.pJob[i]! - truths.pJob[j]!).toBeCloseTo(expected, 12);
      checked++;
    });
    expect(checked).toBeGreaterThan(100);
  });

  it('returns the latent truths alongside the rows, with P(job or education) ≥ P(job) in [0, 1]', () => {
    const { truths } = generateSample(small);
    expect(truths.employability).toHaveLength(600);
    expect(truths.optimism).toHaveLength(60);
    expect(truths.centreShift).toHaveLength(4);
    expect(truths.pJob).toHaveLength(2000);
    for (let i = 0; i < 2000; i++) {
      expect(truths.pJob[i]).toBeGreaterThanOrEqual(0);
      expect(truths.pJobOrEdu[i]).toBeGreaterThanOrEqual(truths.pJob[i]!);
      expect(truths.pJobOrEdu[i]).toBeLessThanOrEqual(1);
    }
  });

  it('makes beliefs follow employability and the caseworker\'s optimism', () => {
    const { rows, truths } = generateSample({ ...small, persons: 2000, answers: 6000, caseworkers: 100 });
    const corr = (x: number[], y: number[]) => {
      const mx = x.reduce((s, v) => s + v, 0) / x.length;
      const my = y.reduce((s, v) => s + v, 0) / y.length;
      let sxy = 0, sxx = 0, syy = 0;
      x.forEach((v, i) => { sxy += (v - mx) * (y[i]! - my); sxx += (v - mx) ** 2; syy += (y[i]! - my) ** 2; });
      return sxy / Math.sqrt(sxx * syy);
    };
    const known = rows.filter((r) => r.belief !== null);
    const belief = known.map((r) => r.belief!);
    expect(corr(belief, known.map((r) => truths.employability[r.person_id - 1]!))).toBeGreaterThan(0.5);
    expect(corr(belief, known.map((r) => truths.optimism[r.caseworker_id - 1]!))).toBeGreaterThan(0.2);
  });

  it('refuses impossible parameters', () => {
    expect(() => generateSample({ ...small, answers: 500 })).toThrow(RangeError); // fewer answers than persons
    expect(() => generateSample({ ...small, answers: 8 * 600 + 1 })).toThrow(RangeError);
    expect(() => generateSample({ ...small, alpha: 1.5 })).toThrow(RangeError);
    expect(() => generateSample({ ...small, beliefShares: [0.5, 0.5, 0.5, 0, 0] })).toThrow(RangeError);
    expect(() => generateSample({ ...small, caseworkers: 5 })).toThrow(RangeError); // < 2 per centre
  });
});
