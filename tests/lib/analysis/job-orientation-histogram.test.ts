import { table } from 'arquero';
import { describe, expect, it } from 'vitest';
import { rankedOrientations } from '../../fixtures/ranked-orientations';
import { jobOrientationGroups } from '../../../src/lib/analysis/job-orientation-groups';
import { jobOrientationHistogram } from '../../../src/lib/analysis/job-orientation-histogram';

// The fixture's ranks and thirds are worked out in tests/fixtures/ranked-orientations.ts.
const fixture = rankedOrientations;

describe('jobOrientationHistogram', () => {
  it('bins every group on one shared grid of multiples of the bin width, empty bins included', () => {
    const bins = jobOrientationHistogram(fixture(), { groups: 3, binWidth: 0.5 });
    // Values run from −1 to 1.5: edges −1, −0.5, 0, 0.5, 1, 1.5 → five bins per group.
    expect(bins.map((b) => [b.group, b.x0, b.x1, b.count])).toEqual([
      [1, -1, -0.5, 1],
      [1, -0.5, 0, 1],
      [1, 0, 0.5, 1],
      [1, 0.5, 1, 0],
      [1, 1, 1.5, 0],
      [2, -1, -0.5, 0],
      [2, -0.5, 0, 0],
      [2, 0, 0.5, 2],
      [2, 0.5, 1, 0],
      [2, 1, 1.5, 0],
      [3, -1, -0.5, 0],
      [3, -0.5, 0, 0],
      [3, 0, 0.5, 0],
      [3, 0.5, 1, 1], // 0.5 falls in [0.5, 1)
      [3, 1, 1.5, 1], // the top value 1.5 is kept in the last bin
    ]);
  });

  it('counts per group match the group sizes of jobOrientationGroups', () => {
    const t = table({
      response_id: Array.from({ length: 40 }, (_, i) => i + 1),
      // Many ties (each value 4 times) so group boundaries cut through tied values.
      job_orientation: Array.from({ length: 40 }, (_, i) => ((i % 10) - 5) / 4),
      job_52w: new Array(40).fill(0),
      job_or_edu_52w: new Array(40).fill(0),
    });
    const sizes = jobOrientationGroups(t, { groups: 7, outcome: 'job_52w' }).groups.map((g) => g.n);
    const bins = jobOrientationHistogram(t, { groups: 7, binWidth: 0.3 });
    const counted = [1, 2, 3, 4, 5, 6, 7].map((g) => bins.filter((b) => b.group === g).reduce((s, b) => s + b.count, 0));
    // By hand: rank r (0–39) goes to group floor(7r/40) + 1, i.e. ranks 0–5, 6–11, 12–17, 18–22,
    // 23–28, 29–34, 35–39, whatever the ties.
    expect(counted).toEqual([6, 6, 6, 5, 6, 6, 5]);
    expect(counted).toEqual(sizes);
  });

  it('splits tied values across a group boundary by response_id (hand-computed)', () => {
    const t = table({
      response_id: [5, 1, 4, 2, 3, 6, 7],
      job_orientation: [0, 0, 0, 0.6, -0.4, 0.6, null],
      job_52w: new Array(7).fill(0),
      job_or_edu_52w: new Array(7).fill(0),
    });
    // Ranked: −0.4 (id 3), 0 (id 1), 0 (id 4), 0 (id 5), 0.6 (id 2), 0.6 (id 6); id 7 has none.
    // Three groups of two: {−0.4, 0}, {0, 0}, {0.6, 0.6}. Edges −0.5, 0, 0.5, 1.
    const bins = jobOrientationHistogram(t, { groups: 3, binWidth: 0.5 });
    expect(bins.map((b) => [b.group, b.x0, b.x1, b.count])).toEqual([
      [1, -0.5, 0, 1],
      [1, 0, 0.5, 1],
      [1, 0.5, 1, 0],
      [2, -0.5, 0, 0],
      [2, 0, 0.5, 2],
      [2, 0.5, 1, 0],
      [3, -0.5, 0, 0],
      [3, 0, 0.5, 0],
      [3, 0.5, 1, 2],
    ]);
  });

  it('uses bars 0.1 wide by default, with edges on tenths', () => {
    const bins = jobOrientationHistogram(fixture(), { groups: 3 });
    expect(bins.filter((b) => b.group === 1)).toHaveLength(25); // −1.0 … 1.5
    for (const b of bins) {
      expect(b.x1 - b.x0).toBeCloseTo(0.1, 12);
      expect(Math.round(b.x0 * 10) / 10).toBe(b.x0);
    }
  });

  it('is empty when no answer has a job orientation', () => {
    const t = table({ response_id: [1], job_orientation: [null], job_52w: [0], job_or_edu_52w: [0] });
    expect(jobOrientationHistogram(t, { groups: 3 })).toEqual([]);
  });

  it('refuses a bad number of groups or bin width', () => {
    expect(() => jobOrientationHistogram(fixture(), { groups: 1 })).toThrow(RangeError);
    expect(() => jobOrientationHistogram(fixture(), { groups: 3, binWidth: 0 })).toThrow(RangeError);
    expect(() => jobOrientationHistogram(fixture(), { groups: 3, binWidth: -0.1 })).toThrow(RangeError);
  });
});
