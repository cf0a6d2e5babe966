import { table } from 'arquero';
import { describe, expect, it } from 'vitest';
import { rankedOrientations } from '../../fixtures/ranked-orientations';
import { jobOrientationGroups } from '../../../src/lib/analysis/job-orientation-groups';

/**
 * Eight answers with a ready job orientation; id 3 has none. Sorted by orientation, ties by id:
 * id2 (−1), id7 (−0.3), id4 (0.2), id5 (0.2), id8 (0.2), id1 (0.5), id6 (1.5). With n = 7 and k = 3,
 * rank r goes to floor(3r/7) + 1: ranks 0–2 → group 1, 3–4 → group 2, 5–6 → group 3.
 */
// The fixture's ranks and thirds are worked out in tests/fixtures/ranked-orientations.ts.
const fixture = rankedOrientations;

describe('jobOrientationGroups', () => {
  it('splits the answers with an orientation into equal-count groups by rank, ties broken by response_id', () => {
    const { groups } = jobOrientationGroups(fixture(), { groups: 3, outcome: 'job_52w' });
    // Group 1: ids 2, 7, 4 → jobs 0, 0, 1. Group 2: ids 5, 8 → 0, 1 (the tie at 0.2 straddles
    // groups 1 and 2). Group 3: ids 1, 6 → 1, 1.
    expect(groups.map((g) => [g.group, g.n, g.positives, g.from, g.to])).toEqual([
      [1, 3, 1, -1, 0.2],
      [2, 2, 1, 0.2, 0.2],
      [3, 2, 2, 0.5, 1.5],
    ]);
    expect(groups.map((g) => g.rate)).toEqual([1 / 3, 1 / 2, 1]);
  });

  it('gives each group a 95% Wilson interval', () => {
    const [first] = jobOrientationGroups(fixture(), { groups: 3, outcome: 'job_52w' }).groups;
    // Wilson for 1 of 3 with z = 1.96: centre 0.4269, half-width 0.3654.
    expect(first?.low).toBeCloseTo(0.0615, 4);
    expect(first?.high).toBeCloseTo(0.7923, 4);
  });

  it('reports the overall rate over the same answers, leaving out those without an orientation', () => {
    const { overall } = jobOrientationGroups(fixture(), { groups: 3, outcome: 'job_52w' });
    // Id 3 (a job, but no orientation) is not counted: 4 jobs among 7.
    expect([overall.n, overall.positives]).toEqual([7, 4]);
    expect(overall.low).toBeCloseTo(0.2505, 4);
  });

  it('uses the chosen outcome', () => {
    const result = jobOrientationGroups(fixture(), { groups: 3, outcome: 'job_or_edu_52w' });
    expect(result.outcome).toBe('job_or_edu_52w');
    // Group 1 now has ids 2 and 4 positive.
    expect(result.groups.map((g) => g.positives)).toEqual([2, 1, 2]);
  });

  it('leaves a group empty, with no rate, when there are fewer answers than groups', () => {
    const t = table({ response_id: [1, 2], job_orientation: [0.4, -0.4], job_52w: [1, 0], job_or_edu_52w: [1, 0] });
    const { groups } = jobOrientationGroups(t, { groups: 3, outcome: 'job_52w' });
    // n = 2: rank 0 → group 1, rank 1 → floor(3/2) + 1 = group 2; group 3 gets nobody.
    expect(groups.map((g) => g.n)).toEqual([1, 1, 0]);
    expect(groups[2]).toMatchObject({ n: 0, positives: 0, rate: null, low: null, high: null, from: null, to: null });
  });

  it('computes job orientation itself when the table has none', () => {
    // Centre 1: caseworker 1 (persons 1, 2) and caseworker 2 (persons 3, 4).
    // Orientations: row 1: 4 − (1+2)/2 = 2.5; row 2: 2 − 1.5 = 0.5; row 3: 2 − 3 = −1; row 4: 1 − 3 = −2.
    const t = table({
      response_id: [1, 2, 3, 4],
      person_id: [1, 2, 3, 4],
      caseworker_id: [1, 1, 2, 2],
      jobcentre_id: [1, 1, 1, 1],
      belief: [2, 4, 1, 2],
      job_52w: [1, 1, 0, 0],
      job_or_edu_52w: [1, 1, 0, 0],
    });
    const { groups } = jobOrientationGroups(t, { groups: 2, outcome: 'job_52w' });
    expect(groups.map((g) => [g.from, g.to, g.positives])).toEqual([
      [-2, -1, 0],
      [0.5, 2.5, 2],
    ]);
  });

  it('has empty groups and an empty overall when no answer has an orientation', () => {
    const t = table({ response_id: [1, 2], job_orientation: [null, null], job_52w: [1, 0], job_or_edu_52w: [1, 0] });
    const result = jobOrientationGroups(t, { groups: 2, outcome: 'job_52w' });
    expect(result.groups.map((g) => g.n)).toEqual([0, 0]);
    expect(result.overall.rate).toBeNull();
  });

  it('refuses a number of groups outside 2–10', () => {
    for (const groups of [1, 11, 2.5, Number.NaN]) {
      expect(() => jobOrientationGroups(fixture(), { groups, outcome: 'job_52w' })).toThrow(RangeError);
    }
  });
});
