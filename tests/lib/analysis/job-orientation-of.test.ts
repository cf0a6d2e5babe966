import { table } from 'arquero';
import { describe, expect, it } from 'vitest';
import { jobOrientation } from '../../../src/lib/analysis/job-orientation';
import { jobOrientationOf } from '../../../src/lib/analysis/job-orientation-of';
import { jobOrientationRanking } from '../../../src/lib/analysis/job-orientation-ranking';

const fixture = () =>
  table({
    response_id: [1, 2, 3, 4],
    person_id: [1, 2, 3, 4],
    caseworker_id: [1, 1, 2, 2],
    jobcentre_id: [1, 1, 1, 1],
    belief: [2, 4, 1, 2],
  });

describe('jobOrientationOf', () => {
  it('computes job orientation once per table and hands back the same result after that', () => {
    const t = fixture();
    const first = jobOrientationOf(t);
    expect(first.array('job_orientation')).toEqual(jobOrientation(t).array('job_orientation'));
    expect(jobOrientationOf(t)).toBe(first);
  });

  it('computes again for another table, even one with the same rows', () => {
    expect(jobOrientationOf(fixture())).not.toBe(jobOrientationOf(fixture()));
  });

  it('returns a table that already has job_orientation as it is', () => {
    const t = jobOrientation(fixture());
    expect(jobOrientationOf(t)).toBe(t);
  });
});

describe('jobOrientationRanking', () => {
  it('ranks the answers with an orientation once per table, by orientation then response_id', () => {
    const t = fixture();
    // Orientations: row 1: 4 − 1.5 = 2.5; row 2: 2 − 1.5 = 0.5; row 3: 2 − 3 = −1; row 4: 1 − 3 = −2.
    const ranked = jobOrientationRanking(t);
    expect(ranked.array('response_id')).toEqual([4, 3, 2, 1]);
    expect(ranked.isOrdered() || ranked.isFiltered()).toBe(false);
    expect(jobOrientationRanking(t)).toBe(ranked);
  });
});
