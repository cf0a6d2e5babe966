import { describe, expect, it } from 'vitest';
import { beliefDistribution } from '../../../src/lib/analysis/belief-distribution';
import type { BeliefLevel } from '../../../src/lib/data/sample-columns';
import { tinySample } from '../../fixtures/tiny-sample';

/** One row per answer, only the belief set. */
const answers = (values: Array<BeliefLevel | null>) => tinySample(values.map((belief) => ({ belief })));

describe('beliefDistribution', () => {
  it('counts each level and takes shares of the answered rows, leaving "don\'t know" out', () => {
    // 10 rows: 1,1,2,3,3,3,4,5 answered (8) and 2 "don't know".
    const t = answers([1, 1, 2, 3, 3, 3, 4, 5, null, null]);
    const d = beliefDistribution(t);
    expect(d.total).toBe(10);
    expect(d.answered).toBe(8);
    expect(d.dontKnow).toBe(2);
    expect(d.dontKnowShare).toBe(0.2); // of all rows, as the report's "2 % svarade vet inte"
    expect(d.levels).toEqual([
      { belief: 1, n: 2, share: 2 / 8 },
      { belief: 2, n: 1, share: 1 / 8 },
      { belief: 3, n: 3, share: 3 / 8 },
      { belief: 4, n: 1, share: 1 / 8 },
      { belief: 5, n: 1, share: 1 / 8 },
    ]);
  });

  it('always lists all five levels in order, with n 0 and share 0 for a level nobody chose', () => {
    const d = beliefDistribution(answers([5, 5, 1]));
    expect(d.levels.map((l) => l.belief)).toEqual([1, 2, 3, 4, 5]);
    expect(d.levels.map((l) => l.n)).toEqual([1, 0, 0, 0, 2]);
    expect(d.levels[1]!.share).toBe(0);
    expect(d.dontKnowShare).toBe(0);
  });

  it('gives null shares, not NaN, when every answer is "don\'t know"', () => {
    const d = beliefDistribution(answers([null, null, null]));
    expect(d).toEqual({
      total: 3,
      answered: 0,
      dontKnow: 3,
      dontKnowShare: 1,
      levels: [1, 2, 3, 4, 5].map((belief) => ({ belief, n: 0, share: null })),
    });
  });

  it('gives null shares for a table with no rows', () => {
    const d = beliefDistribution(tinySample([]));
    expect(d.total).toBe(0);
    expect(d.dontKnowShare).toBeNull();
    expect(d.levels.every((l) => l.n === 0 && l.share === null)).toBe(true);
  });

  it('shares of the answered rows sum to 1', () => {
    const d = beliefDistribution(answers([1, 2, 2, 4, 5, 5, 5, null]));
    expect(d.levels.reduce((s, l) => s + (l.share ?? 0), 0)).toBeCloseTo(1, 12);
  });

  it('respects a filter on the table (a sub-group view)', () => {
    const t = tinySample([
      { belief: 1, jobcentre_id: 1 },
      { belief: 5, jobcentre_id: 2 },
      { belief: null, jobcentre_id: 2 },
    ]);
    const d = beliefDistribution(t.params({ centre: 2 }).filter('(d, $) => d.jobcentre_id === $.centre'));
    expect(d.total).toBe(2);
    expect(d.levels[4]).toEqual({ belief: 5, n: 1, share: 1 });
  });

  it('refuses a belief outside 1–5 instead of miscounting it', () => {
    expect(() => beliefDistribution(tinySample([{ belief: 6 as never }]))).toThrow(RangeError);
  });
});
