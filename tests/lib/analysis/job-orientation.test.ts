import { table } from 'arquero';
import { describe, expect, it } from 'vitest';
import { jobOrientation } from '../../../src/lib/analysis/job-orientation';

/**
 * Two centres, four caseworkers, seven persons (ids as in the table below).
 *
 *  row  person  caseworker  centre  belief
 *   1     1        A=1        1       2
 *   2     1        A=1        1       5     (A's second answer about person 1)
 *   3     2        A=1        1       3
 *   4     3        A=1        1       -     ("don't know")
 *   5     4        B=2        1       5
 *   6     5        B=2        1       1
 *   7     3        D=4        1       2     (person 3 changed from A to D; D's only client)
 *   8     6        C=3        2       3     (centre 2 has one caseworker, C)
 *   9     7        C=3        2       4
 *
 * Non-empty sums / counts: A 10/3 (person 1: 7/2, person 2: 3/1, person 3: 0/0), B 6/2, D 2/1,
 * centre 1: 18/6, C 7/2, centre 2: 7/2.
 */
const fixture = () =>
  table({
    response_id: [1, 2, 3, 4, 5, 6, 7, 8, 9],
    person_id: [1, 1, 2, 3, 4, 5, 3, 6, 7],
    caseworker_id: [1, 1, 1, 1, 2, 2, 4, 3, 3],
    jobcentre_id: [1, 1, 1, 1, 1, 1, 1, 2, 2],
    belief: [2, 5, 3, null, 5, 1, 2, 3, 4],
  });

const values = (t: ReturnType<typeof fixture>) => t.array('job_orientation') as Array<number | null>;

describe('jobOrientation', () => {
  it('leaves out every answer the caseworker gave about the person, and compares with the other caseworkers at the centre', () => {
    const jo = values(jobOrientation(fixture()));
    // Rows 1–2 (A about person 1): A's mean about others = person 2 only = 3/1 = 3;
    // other caseworkers at centre 1 = (18 − 10) / (6 − 3) = 8/3  →  3 − 8/3 = 1/3.
    expect(jo[0]).toBeCloseTo(1 / 3, 12);
    expect(jo[1]).toBeCloseTo(1 / 3, 12);
    // Row 3 (A about person 2): both answers about person 1 count: (2 + 5) / 2 = 3.5  →  3.5 − 8/3 = 5/6.
    expect(jo[2]).toBeCloseTo(5 / 6, 12);
    // Row 5 (B about person 4): B about person 5 = 1; others at centre 1 = (18 − 6) / (6 − 2) = 3  →  −2.
    expect(jo[4]).toBeCloseTo(-2, 12);
    // Row 6 (B about person 5): 5 − 3 = 2.
    expect(jo[5]).toBeCloseTo(2, 12);
  });

  it('gives a "don\'t know" answer the orientation of its caseworker\'s other answers', () => {
    // Row 4 (A about person 3, "don't know"): A about others = 10/3; others at centre 1 = 8/3  →  2/3.
    expect(values(jobOrientation(fixture()))[3]).toBeCloseTo(2 / 3, 12);
  });

  it('is null for a caseworker with a single client', () => {
    // Row 7: D's only client is person 3, so D has no answer about anyone else.
    expect(values(jobOrientation(fixture()))[6]).toBeNull();
  });

  it('is null at a centre with one caseworker, who has no colleagues to be compared with', () => {
    const jo = values(jobOrientation(fixture()));
    expect(jo[7]).toBeNull();
    expect(jo[8]).toBeNull();
  });

  it('is null everywhere when every answer is "don\'t know"', () => {
    const t = table({
      response_id: [1, 2, 3, 4],
      person_id: [1, 2, 3, 4],
      caseworker_id: [1, 1, 2, 2],
      jobcentre_id: [1, 1, 1, 1],
      belief: [null, null, null, null],
    });
    expect(values(jobOrientation(t))).toEqual([null, null, null, null]);
  });

  it('keeps every column and row, and adds only job_orientation', () => {
    const out = jobOrientation(fixture());
    expect(out.numRows()).toBe(9);
    expect(out.columnNames()).toEqual(['response_id', 'person_id', 'caseworker_id', 'jobcentre_id', 'belief', 'job_orientation']);
  });

  it('follows the rows of a filtered and reordered table', () => {
    // Dropping row 6 (B about person 5) leaves B with one client, so B's remaining row becomes null;
    // centre 1 now sums to 17/5, so A's colleagues average (17 − 10) / (5 − 3) = 7/2.
    const t = fixture()
      .params({ drop: 6 })
      .filter((d: { response_id: number }, $: { drop: number }) => d.response_id !== $.drop)
      .orderby('person_id');
    const out = jobOrientation(t);
    const byId = new Map((out.objects() as Array<{ response_id: number; job_orientation: number | null }>).map((r) => [r.response_id, r.job_orientation]));
    expect(byId.get(5)).toBeNull();
    // Row 3 (A about person 2): 3.5 − 7/2 = 0.
    expect(byId.get(3)).toBeCloseTo(0, 12);
  });
});
