import { describe, expect, it } from 'vitest';
import { jobRateByBelief } from '../../../src/lib/analysis/job-rate-by-belief';
import { rateWithInterval } from '../../../src/lib/analysis/rate-with-interval';
import { tinySample } from '../../fixtures/tiny-sample';

describe('jobRateByBelief', () => {
  // Hand-built: belief 1 → 4 answers, 0 jobs, 1 education only; belief 2 → 2 answers, 1 job;
  // belief 5 → 3 answers, 2 jobs and 1 education only; belief 3 and 4 → nobody;
  // 2 "don't know" answers with a job, which must not count anywhere.
  const t = tinySample([
    { belief: 1 }, { belief: 1 }, { belief: 1 }, { belief: 1, job_or_edu_52w: 1 },
    { belief: 2, job_52w: 1 }, { belief: 2 },
    { belief: 5, job_52w: 1 }, { belief: 5, job_52w: 1 }, { belief: 5, job_or_edu_52w: 1 },
    { belief: null, job_52w: 1 }, { belief: null, job_52w: 1 },
  ]);

  it('gives the job rate per belief level with its Wilson interval', () => {
    const rows = jobRateByBelief(t, 'job_52w');
    expect(rows.map((r) => r.belief)).toEqual([1, 2, 3, 4, 5]);
    expect(rows.map((r) => [r.n, r.positives])).toEqual([[4, 0], [2, 1], [0, 0], [0, 0], [3, 2]]);
    expect(rows[0]!.rate).toBe(0);
    expect(rows[1]!.rate).toBe(0.5);
    expect(rows[4]!.rate).toBeCloseTo(2 / 3, 12);
    expect(rows[4]).toEqual({ belief: 5, ...rateWithInterval(2, 3) });
  });

  it('counts the chosen outcome: job or education includes education-only answers', () => {
    const rows = jobRateByBelief(t, 'job_or_edu_52w');
    expect(rows.map((r) => r.positives)).toEqual([1, 1, 0, 0, 3]);
    expect(rows[4]!.rate).toBe(1);
  });

  it('leaves "don\'t know" answers out: their jobs appear in no row', () => {
    const rows = jobRateByBelief(t, 'job_52w');
    expect(rows.reduce((s, r) => s + r.n, 0)).toBe(9);
    expect(rows.reduce((s, r) => s + r.positives, 0)).toBe(3);
  });

  it('gives an empty group a null rate and null interval, never NaN', () => {
    const row = jobRateByBelief(t, 'job_52w')[2]!;
    expect(row).toEqual({ belief: 3, n: 0, positives: 0, rate: null, low: null, high: null });
  });

  it('still returns five rows when every answer is "don\'t know"', () => {
    const rows = jobRateByBelief(tinySample([{ belief: null, job_52w: 1 }]), 'job_52w');
    expect(rows).toHaveLength(5);
    expect(rows.every((r) => r.n === 0 && r.rate === null)).toBe(true);
  });
});
