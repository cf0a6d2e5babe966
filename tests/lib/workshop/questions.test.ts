import { describe, expect, it } from 'vitest';
import published from '../../../data/published.json';
import { allItems, contextCount, itemTruth, niceScaleMax, WORKSHOP_QUESTIONS } from '../../../src/lib/workshop/questions';

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

describe('niceScaleMax', () => {
  it('ends a bar scale at the first 1, 2 or 5 × 10^k at or above the largest value', () => {
    expect([1, 1.5, 3.1, 6, 12, 26.8, 47, 50, 51, 100, 101, 843].map(niceScaleMax)).toEqual([1, 2, 5, 10, 20, 50, 50, 50, 100, 100, 200, 1000]);
  });

  it('gives exact decimals below 1', () => {
    expect([0.03, 0.3, 0.12].map(niceScaleMax)).toEqual([0.05, 0.5, 0.2]);
  });

  it('is 1 when there is nothing to show', () => {
    expect([0, -3, Number.NaN].map(niceScaleMax)).toEqual([1, 1, 1]);
  });
});
