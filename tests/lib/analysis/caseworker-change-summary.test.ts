import { desc } from 'arquero';
import { describe, expect, it } from 'vitest';
import { caseworkerChangeSummary } from '../../../src/lib/analysis/caseworker-change-summary';
import { rateWithInterval } from '../../../src/lib/analysis/rate-with-interval';
import { tinySample } from '../../fixtures/tiny-sample';

// Five persons, ten answers (caseworker_changes is cumulative before each answer):
//   person 1: never changes                   changes 0, 0, 0      jobs 0, 0, 1
//   person 2: changes once before wave 2      changes 0, 1         jobs 0, 1
//   person 3: changes only in later waves     changes 0, 0, 2      jobs 0, 0, 0
//   person 4: one answer, no change           changes 0            job 0 (education 1)
//   person 5: one answer after one change     changes 1            job 0
// Answers by changes: 0 → 7 answers, 1 job (person 1 wave 3); 1 → 2 answers, 1 job; 2 → 1 answer, 0 jobs.
const t = tinySample([
  { person_id: 1, wave: 1, caseworker_changes: 0 },
  { person_id: 1, wave: 2, caseworker_changes: 0 },
  { person_id: 1, wave: 3, caseworker_changes: 0, job_52w: 1 },
  { person_id: 2, wave: 1, caseworker_changes: 0 },
  { person_id: 2, wave: 2, caseworker_changes: 1, job_52w: 1 },
  { person_id: 3, wave: 1, caseworker_changes: 0 },
  { person_id: 3, wave: 2, caseworker_changes: 0 },
  { person_id: 3, wave: 3, caseworker_changes: 2 },
  { person_id: 4, wave: 1, caseworker_changes: 0, job_or_edu_52w: 1 },
  { person_id: 5, wave: 1, caseworker_changes: 1 },
]);

describe('caseworkerChangeSummary', () => {
  it('counts persons once and a person as changed when any of their answers follows a change', () => {
    const s = caseworkerChangeSummary(t, 'job_52w');
    expect(s.persons).toBe(5);
    expect(s.personsWithChange).toBe(3); // persons 2, 3 and 5
    expect(s.shareWithChange).toBe(0.6);
  });

  it('counts a person whose changes come only in a later wave, whatever the row order', () => {
    const reversed = t.orderby(desc('wave'));
    const s = caseworkerChangeSummary(reversed, 'job_52w');
    expect(s.personsWithChange).toBe(3);
    const person3 = t.params({ p: 3 }).filter('(d, $) => d.person_id === $.p');
    expect(caseworkerChangeSummary(person3, 'job_52w').shareWithChange).toBe(1);
  });

  it('groups answers, not persons, by the number of changes before them', () => {
    const s = caseworkerChangeSummary(t, 'job_52w');
    expect(s.byChanges).toEqual([
      { changes: 0, orMore: false, ...rateWithInterval(1, 7) },
      { changes: 1, orMore: false, ...rateWithInterval(1, 2) },
      { changes: 2, orMore: false, ...rateWithInterval(0, 1) },
    ]);
    expect(s.byChanges.reduce((sum, r) => sum + r.n, 0)).toBe(t.numRows());
  });

  it('uses the chosen outcome', () => {
    const s = caseworkerChangeSummary(t, 'job_or_edu_52w');
    expect(s.byChanges.map((r) => r.positives)).toEqual([2, 1, 0]);
  });

  it('keeps a row with n 0 and rate null for a number of changes nobody has, below the largest', () => {
    const gap = tinySample([{ caseworker_changes: 0 }, { caseworker_changes: 3, job_52w: 1 }]);
    const s = caseworkerChangeSummary(gap, 'job_52w');
    expect(s.byChanges.map((r) => r.changes)).toEqual([0, 1, 2, 3]);
    expect(s.byChanges[1]).toEqual({ changes: 1, orMore: false, n: 0, positives: 0, rate: null, low: null, high: null });
    expect(s.byChanges[3]!.rate).toBe(1);
  });

  it('pools answers at or above topCode into one last row marked orMore', () => {
    const many = tinySample([
      { caseworker_changes: 0 },
      { caseworker_changes: 1 },
      { caseworker_changes: 2, job_52w: 1 },
      { caseworker_changes: 4 },
      { caseworker_changes: 7, job_52w: 1 },
    ]);
    const s = caseworkerChangeSummary(many, 'job_52w', { topCode: 2 });
    expect(s.byChanges.map((r) => [r.changes, r.orMore, r.n, r.positives])).toEqual([
      [0, false, 1, 0],
      [1, false, 1, 0],
      [2, true, 3, 2],
    ]);
  });

  it('with topCode, always gives rows 0 … topCode, empty ones included, so a chart axis stays fixed', () => {
    const s = caseworkerChangeSummary(tinySample([{ caseworker_changes: 0 }]), 'job_52w', { topCode: 3 });
    expect(s.byChanges.map((r) => [r.changes, r.orMore, r.n])).toEqual([
      [0, false, 1],
      [1, false, 0],
      [2, false, 0],
      [3, true, 0],
    ]);
  });

  it('refuses a topCode that is not a positive integer', () => {
    expect(() => caseworkerChangeSummary(t, 'job_52w', { topCode: 0 })).toThrow(RangeError);
    expect(() => caseworkerChangeSummary(t, 'job_52w', { topCode: 2.5 })).toThrow(RangeError);
  });

  it('gives an empty table no persons, a null share and no rows', () => {
    expect(caseworkerChangeSummary(tinySample([]), 'job_52w')).toEqual({
      persons: 0,
      personsWithChange: 0,
      shareWithChange: null,
      byChanges: [],
    });
  });

  it('gives a share of 0, not null, when nobody changed caseworker', () => {
    const s = caseworkerChangeSummary(tinySample([{}, {}]), 'job_52w');
    expect(s.shareWithChange).toBe(0);
    expect(s.byChanges).toHaveLength(1);
  });
});
