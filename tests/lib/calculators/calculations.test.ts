import { describe, expect, it } from 'vitest';
import { stepEffectCalculation } from '../../../src/lib/calculators/step-effect-calculation';
import { caseworkerChangeCalculation } from '../../../src/lib/calculators/caseworker-change-calculation';
import { jobOrientationScenario } from '../../../src/lib/calculators/job-orientation-scenario';
import { POPULATION_PRESETS } from '../../../src/lib/calculators/population-presets';

describe('stepEffectCalculation', () => {
  it('one step from 6 % with +1,3 pp gives 7,3 %, +22 % and one more per ~77 persons (Tabell 4)', () => {
    const r = stepEffectCalculation({ baseline: 6, effect: 1.3, start: 3, steps: 1, population: 400 });
    expect(r.newRate).toBeCloseTo(7.3, 12);
    expect(r.change).toBeCloseTo(1.3, 12);
    expect(r.extraPersons).toBeCloseTo(5.2, 12);
    expect(r.relativeChange).toBeCloseTo(0.2167, 4);
    expect(r.personsPerExtra).toBeCloseTo(100 / 1.3, 10);
    expect(r.limited).toBe(false);
    expect(r.interval).toBeNull();
    expect(r.scale.map((s) => s.rate)).toEqual([3.4, 4.7, 6, 7.3, 8.6].map((v) => expect.closeTo(v, 12)));
  });

  it('two steps double the effect (job or education: 10 % → 16,6 %)', () => {
    const r = stepEffectCalculation({ baseline: 10, effect: 3.3, start: 1, steps: 2, population: 40 });
    expect(r.newRate).toBeCloseTo(16.6, 12);
    expect(r.extraPersons).toBeCloseTo(2.64, 12);
    expect(r.relativeChange).toBeCloseTo(0.66, 12);
  });

  it('carries an effect interval through to the new rate and the persons', () => {
    const r = stepEffectCalculation({ baseline: 6, effect: 1.4, effectInterval: { low: 0.5, high: 2.3 }, start: 3, steps: 2, population: 1000 });
    expect(r.interval).toEqual({ newRateLow: 7, newRateHigh: 10.6, extraLow: 10, extraHigh: expect.closeTo(46, 10) });
    expect(r.scale[0]).toEqual({ answer: 1, rate: expect.closeTo(3.2, 12), low: expect.closeTo(1.4, 12), high: 5 });
  });

  it('holds the rate within 0–100 % and says so', () => {
    const down = stepEffectCalculation({ baseline: 2, effect: -5, start: 1, steps: 1, population: 100 });
    expect(down.newRate).toBe(0);
    expect(down.limited).toBe(true);
    expect(down.extraPersons).toBe(-2);
    const up = stepEffectCalculation({ baseline: 95, effect: 10, start: 1, steps: 4, population: 100 });
    expect(up.newRate).toBe(100);
    expect(up.limited).toBe(true);
  });

  it('has no relative change for a 0 % baseline and no "one per N" for a zero effect', () => {
    expect(stepEffectCalculation({ baseline: 0, effect: 1, start: 1, steps: 1, population: 1 }).relativeChange).toBeNull();
    expect(stepEffectCalculation({ baseline: 5, effect: 0, start: 1, steps: 1, population: 1 }).personsPerExtra).toBeNull();
  });

  it('refuses steps that leave the 5-point scale', () => {
    expect(() => stepEffectCalculation({ baseline: 6, effect: 1, start: 4, steps: 2, population: 1 })).toThrow(RangeError);
  });
});

describe('caseworkerChangeCalculation', () => {
  const outcomes = [
    { outcome: 'job' as const, baseline: 6, effectPerChange: -1.3 },
    { outcome: 'job_or_edu' as const, baseline: 10, effectPerChange: -1.6 },
  ];

  it('one change: 6 % → 4,7 % and 10 % → 8,4 % (Tabell 1)', () => {
    const [job, edu] = caseworkerChangeCalculation({ changes: 1, population: 1000, outcomes });
    expect(job!.rate).toBeCloseTo(4.7, 12);
    expect(job!.personsLost).toBeCloseTo(13, 10);
    expect(job!.relativeChange).toBeCloseTo(-0.2167, 4);
    expect(edu!.rate).toBeCloseTo(8.4, 12);
    expect(edu!.personsLost).toBeCloseTo(16, 10);
    expect(job!.floored || edu!.floored).toBe(false);
  });

  it('no changes: the base rates, nobody lost', () => {
    const [job] = caseworkerChangeCalculation({ changes: 0, population: 400, outcomes });
    expect(job).toMatchObject({ rate: 6, personsLost: 0, floored: false, relativeChange: 0 });
  });

  it('five changes: the linear model reaches 0 % for jobs (6 − 6,5) and is floored there', () => {
    const [job, edu] = caseworkerChangeCalculation({ changes: 5, population: 400, outcomes });
    expect(job).toMatchObject({ rate: 0, floored: true, personsLost: 24, relativeChange: -1 });
    expect(edu!.rate).toBeCloseTo(2, 12);
    expect(edu!.floored).toBe(false);
  });

  it('refuses a fractional or negative number of changes', () => {
    expect(() => caseworkerChangeCalculation({ changes: 1.5, population: 1, outcomes })).toThrow(RangeError);
    expect(() => caseworkerChangeCalculation({ changes: -1, population: 1, outcomes })).toThrow(RangeError);
  });
});

describe('jobOrientationScenario', () => {
  it('lowest → highest third: 5,3 % → 7,0 % is +1,7 pp and +32 % (Figur 4)', () => {
    const r = jobOrientationScenario({ low: 5.3, high: 7, population: 400 });
    expect(r.difference).toBeCloseTo(1.7, 12);
    expect(r.relativeChange).toBeCloseTo(0.3208, 4);
    expect(r.extraPersons).toBeCloseTo(6.8, 10);
  });
});

describe('POPULATION_PRESETS', () => {
  it('a caseload of 40 (published), a BIP job centre of 400 (4,000 persons / 10 centres), an assumed municipality', () => {
    expect(POPULATION_PRESETS.caseload).toEqual({ persons: 40, kind: 'published' });
    expect(POPULATION_PRESETS.jobcentre).toEqual({ persons: 400, kind: 'derived' });
    expect(POPULATION_PRESETS.municipality.kind).toBe('assumed');
  });
});
