import { describe, expect, it } from 'vitest';
import { rateWithInterval } from '../../../src/lib/analysis/rate-with-interval';

// Expected bounds were computed outside this code base: in Python, z = NormalDist().inv_cdf(0.975),
// and the bounds as the two roots of the quadratic that defines the Wilson interval,
//   (1 + z²/n)·p² − (2p̂ + z²/n)·p + p̂² = 0   (i.e. (p̂ − p)² = z²·p(1 − p)/n),
// rather than the centre ± half-width form the implementation uses. Four cases are also the worked
// examples in Newcombe (1998), "Two-sided confidence intervals for the single proportion",
// Stat Med 17:857–872, Table I, method 3 (score interval without continuity correction), to 4 d.p.
const CASES: Array<{ positives: number; n: number; low: number; high: number; why: string }> = [
  { positives: 0, n: 10, low: 0, high: 0.2775327999, why: 'no positives: low is exactly 0, high = z²/(n + z²)' },
  { positives: 10, n: 10, low: 0.7224672001, high: 1, why: 'all positive: the mirror image of 0 of 10' },
  { positives: 1, n: 90, low: 0.0019640841, high: 0.0602840831, why: 'a rare outcome near the 1.1% of "Nej"' },
  { positives: 5, n: 10, low: 0.2365930905, high: 0.7634069095, why: 'a half: symmetric around 0.5' },
  { positives: 81, n: 263, low: 0.2552885199, high: 0.366209577, why: 'Newcombe 1998: 0.2553–0.3662' },
  { positives: 15, n: 148, low: 0.0623863995, high: 0.1604872417, why: 'Newcombe 1998: 0.0624–0.1605' },
  { positives: 0, n: 20, low: 0, high: 0.1611251581, why: 'Newcombe 1998: 0–0.1611' },
  { positives: 1, n: 29, low: 0.0061132143, high: 0.1717552188, why: 'Newcombe 1998: 0.0061–0.1718' },
];

describe('rateWithInterval', () => {
  for (const c of CASES) {
    it(`gives the Wilson 95% interval for ${c.positives} of ${c.n} (${c.why})`, () => {
      const r = rateWithInterval(c.positives, c.n);
      expect(r.n).toBe(c.n);
      expect(r.positives).toBe(c.positives);
      expect(r.rate).toBeCloseTo(c.positives / c.n, 12);
      expect(r.low).toBeCloseTo(c.low, 9);
      expect(r.high).toBeCloseTo(c.high, 9);
    });
  }

  it('puts each bound where the rate is exactly z standard errors away, the definition of the score interval', () => {
    const z = 1.959963984540054;
    const { rate, low, high } = rateWithInterval(7, 40);
    for (const p of [low!, high!]) expect(Math.abs(rate! - p)).toBeCloseTo(z * Math.sqrt((p * (1 - p)) / 40), 12);
  });

  it('keeps the interval inside [0, 1] and around the rate', () => {
    for (const [x, n] of [[0, 1], [1, 1], [1, 3], [299, 300]] as const) {
      const r = rateWithInterval(x, n);
      expect(r.low!).toBeGreaterThanOrEqual(0);
      expect(r.high!).toBeLessThanOrEqual(1);
      expect(r.low!).toBeLessThanOrEqual(r.rate!);
      expect(r.high!).toBeGreaterThanOrEqual(r.rate!);
    }
  });

  it('narrows as n grows at the same rate', () => {
    const small = rateWithInterval(6, 100);
    const large = rateWithInterval(600, 10000);
    expect(large.high! - large.low!).toBeLessThan(small.high! - small.low!);
  });

  it('gives an empty group no rate and no interval rather than NaN', () => {
    expect(rateWithInterval(0, 0)).toEqual({ n: 0, positives: 0, rate: null, low: null, high: null });
  });

  it('uses a wider interval for a larger z', () => {
    const z95 = rateWithInterval(3, 30);
    const z99 = rateWithInterval(3, 30, 2.5758293035489);
    expect(z99.low!).toBeLessThan(z95.low!);
    expect(z99.high!).toBeGreaterThan(z95.high!);
  });
});
