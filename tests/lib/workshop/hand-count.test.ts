import { describe, expect, it } from 'vitest';
import { handGuesses, handPeople, HAND_RANGES, handValue, MAX_HANDS, parseStoredHands } from '../../../src/lib/workshop/hand-count';
import { WORKSHOP_QUESTIONS } from '../../../src/lib/workshop/questions';
import { roomSummary } from '../../../src/lib/workshop/room-summary';

describe('hand counts', () => {
  it('have ranges for every question that cover its scale without gaps', () => {
    for (const question of WORKSHOP_QUESTIONS) {
      const ranges = HAND_RANGES[question.id]!;
      expect(ranges[0]!.from, question.id).toBe(0);
      expect(ranges.at(-1)!.to, question.id).toBe(question.items[0]!.per);
      ranges.slice(1).forEach((range, i) => expect(range.from, question.id).toBe(ranges[i]!.to + 1));
    }
  });

  it('count each hand at its range\'s middle, the open last range as wide as the one before', () => {
    const belief = HAND_RANGES.belief!;
    expect([0, 1, 2, 3, 4].map((i) => handValue(belief, i))).toEqual([2, 7, 14.5, 29.5, 49.5]);
    expect(handValue(HAND_RANGES.change_drop!, 4)).toBe(64.5);
  });

  it('turn hands into guesses the room summary reads, and count people as the most hands on one row', () => {
    const counts = { belief_1: [3, 1, 0, 0, 0], belief_5: [0, 0, 1, 2, 1] };
    const guesses = handGuesses(counts);
    expect(guesses).toHaveLength(8);
    const byId = Object.fromEntries(roomSummary(guesses).map((s) => [s.id, s]));
    expect(byId.belief_1).toMatchObject({ n: 4, median: 2, min: 2, max: 7 });
    expect(byId.belief_5).toMatchObject({ n: 4, median: 29.5 });
    expect(handPeople(counts)).toBe(4);
    expect(handPeople({})).toBe(0);
  });

  it('read back from storage, dropping unknown rows, wrong lengths and impossible counts', () => {
    const stored = { belief_1: [1, 2, 0, 0, 0], belief_2: [1, 2], belief_3: [1, -1, 0, 0, 0], belief_4: [MAX_HANDS + 1, 0, 0, 0, 0], nope: [1, 1, 1, 1, 1], low: [0, 1.5, 0, 0, 0] };
    expect(parseStoredHands(JSON.stringify(stored))).toEqual({ belief_1: [1, 2, 0, 0, 0] });
    for (const junk of [null, '', '{', '[]', '3']) expect(parseStoredHands(junk)).toEqual({});
  });
});
