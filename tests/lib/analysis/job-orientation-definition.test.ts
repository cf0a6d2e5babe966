import { randomLcg } from 'd3';
import { table } from 'arquero';
import { describe, expect, it } from 'vitest';
import { jobOrientation } from '../../../src/lib/analysis/job-orientation';


interface Row {
  response_id: number;
  person_id: number;
  caseworker_id: number;
  jobcentre_id: number;
  belief: number | null;
}

/**
 * Answers where caseworkers work at more than one centre, persons meet several caseworkers and
 * answer more than once, and some beliefs are "don't know": the cases the committed sample (one
 * centre per caseworker) does not exercise.
 */
function messyRows(): Row[] {
  const random = randomLcg(0.008);
  const rows: Row[] = [];
  for (let r = 0; r < 400; r++) {
    rows.push({
      response_id: r + 1,
      person_id: 1 + Math.floor(random() * 60),
      caseworker_id: 1 + Math.floor(random() * 25),
      jobcentre_id: 1 + Math.floor(random() * 4),
      belief: random() < 0.1 ? null : 1 + Math.floor(random() * 5),
    });
  }
  return rows;
}

/** The definition, row by row over every other row: no totals, no leave-one-out arithmetic. */
function byDefinition(rows: readonly Row[]): Array<number | null> {
  const mean = (xs: number[]) => (xs.length === 0 ? null : xs.reduce((s, x) => s + x, 0) / xs.length);
  return rows.map((row) => {
    const answered = rows.filter((o) => o.belief !== null);
    const aboutOthers = answered.filter((o) => o.caseworker_id === row.caseworker_id && o.person_id !== row.person_id);
    const colleagues = answered.filter((o) => o.jobcentre_id === row.jobcentre_id && o.caseworker_id !== row.caseworker_id);
    const own = mean(aboutOthers.map((o) => o.belief!));
    const others = mean(colleagues.map((o) => o.belief!));
    return own === null || others === null ? null : own - others;
  });
}

describe('jobOrientation, against its definition', () => {
  it('agrees row by row where caseworkers work at several centres and persons meet several caseworkers', () => {
    const rows = messyRows();
    const columns = Object.fromEntries((['response_id', 'person_id', 'caseworker_id', 'jobcentre_id', 'belief'] as const).map((c) => [c, rows.map((r) => r[c])]));
    const got = jobOrientation(table(columns)).array('job_orientation') as Array<number | null>;
    const want = byDefinition(rows);
    // The case the test is for: some caseworker answers at more than one centre.
    const centresOf = new Map<number, Set<number>>();
    for (const r of rows) (centresOf.get(r.caseworker_id) ?? centresOf.set(r.caseworker_id, new Set()).get(r.caseworker_id)!).add(r.jobcentre_id);
    expect([...centresOf.values()].some((s) => s.size > 1)).toBe(true);
    expect(want.some((v) => v === null)).toBe(false);
    want.forEach((v, i) => expect(got[i], `row ${i + 1}`).toBeCloseTo(v!, 12));
  });
});
