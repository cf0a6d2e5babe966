import { describe, expect, it } from 'vitest';
import { quantile, roomSummary } from '../../../src/lib/workshop/room-summary';
import type { Guesses } from '../../../src/lib/workshop/guesses';

describe('quantile (type 7)', () => {
  it('interpolates between order statistics', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantile([7], 0.75)).toBe(7);
  });
});

describe('roomSummary', () => {
  it('gives median, quartiles, range and the median\'s distance from the truth per item', () => {
    const room: Guesses[] = [{ belief_5: 10, low: 50 }, { belief_5: 30 }, { belief_5: 20 }];
    const byId = Object.fromEntries(roomSummary(room).map((s) => [s.id, s]));
    expect(byId.belief_5).toEqual({ id: 'belief_5', per: 100, truth: 26.8, n: 3, median: 20, q1: 15, q3: 25, min: 10, max: 30, medianDifference: -6.8, above: 1 });
    expect(byId.low).toMatchObject({ n: 1, median: 50, q1: 50, q3: 50, medianDifference: -3, above: 0 });
    expect(byId.high).toMatchObject({ n: 0, median: null, medianDifference: null, truth: 70 });
  });
});

