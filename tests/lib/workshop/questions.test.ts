import { describe, expect, it } from 'vitest';
import published from '../../../data/published.json';
import { allItems, contextCount, itemTruth, WORKSHOP_QUESTIONS } from '../../../src/lib/workshop/questions';

describe('workshop questions', () => {
  it('cover the belief rates, the drop after one change, the share with a change and the terciles', () => {
    const figures = allItems().map(({ item }) => item.figure);
    expect(figures).toEqual([
      'job_rate_belief_1', 'job_rate_belief_2', 'job_rate_belief_3', 'job_rate_belief_4', 'job_rate_belief_5',
      'change_share', 'change_rate_after_job', 'orientation_rate_low', 'orientation_rate_high',
    ]);
  });

  it('reveal exactly the published values, as counts of 100 or 1000', () => {
    for (const { item } of allItems()) {
      const value = published.figures[item.figure].value;
      expect(itemTruth(item)).toBe(Math.round(value * item.per) / 100);
    }
    const byId = Object.fromEntries(allItems().map(({ item }) => [item.id, itemTruth(item)]));
    // Hand-checked against the seed: Tabell 2, "6 % till 4,7 %", "40 %", Figur 4.
    expect(byId).toMatchObject({ belief_1: 1.1, belief_5: 26.8, after_one_change: 47, share_changed: 40, low: 53, high: 70 });
  });

  it('have unique item ids and state their context from published figures', () => {
    const ids = allItems().map(({ item }) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(contextCount(WORKSHOP_QUESTIONS[2]!.context!.base!, 1000)).toBe(60);
  });
});
