import { describe, expect, it } from 'vitest';
import { leaveOneOutChoice } from '../../../src/lib/figures/leave-one-out-choice';
import { tinySample } from '../../fixtures/tiny-sample';

// Caseworker 1 answers 1 (2014Q2), 2 (2014Q1) and 3 (2014Q3); caseworker 2 answers 4. In time order
// caseworker 1's answers are 2, 1, 3, so the last is 3.
const fixture = tinySample([
  { response_id: 1, person_id: 10, caseworker_id: 1, quarter: '2014Q2' },
  { response_id: 2, person_id: 11, caseworker_id: 1, quarter: '2014Q1' },
  { response_id: 3, person_id: 12, caseworker_id: 1, quarter: '2014Q3' },
  { response_id: 4, person_id: 13, caseworker_id: 2, quarter: '2014Q1' },
]);

describe('leaveOneOutChoice', () => {
  it('gives the wanted answer when it is the caseworker’s', () => {
    const choice = leaveOneOutChoice(fixture, 1, 2)!;
    expect(choice.found).toBe(true);
    expect(choice.example.response.responseId).toBe(2);
    expect(choice.example.answers.map((a) => a.responseId)).toEqual([2, 1, 3]);
  });

  it('falls back to the caseworker’s last answer in time when none is wanted or the wanted one is someone else’s', () => {
    for (const wanted of [null, 4, 99]) {
      const choice = leaveOneOutChoice(fixture, 1, wanted)!;
      expect(choice.found, String(wanted)).toBe(false);
      expect(choice.example.caseworker).toBe(1);
      expect(choice.example.response.responseId).toBe(3);
    }
  });

  it('is null for a caseworker without answers in the table', () => {
    expect(leaveOneOutChoice(fixture, 7, null)).toBeNull();
    expect(leaveOneOutChoice(fixture, 7, 1)).toBeNull();
  });
});
