import { describe, expect, it } from 'vitest';
import { closeTolerance, scoreGuess } from '../../../src/lib/workshop/score-guess';
import { WORKSHOP_QUESTIONS } from '../../../src/lib/workshop/questions';

const belief = WORKSHOP_QUESTIONS.find((q) => q.id === 'belief')!;
const drop = WORKSHOP_QUESTIONS.find((q) => q.id === 'change_drop')!;

describe('scoreGuess', () => {
  it('gives the difference from the published figure and a verdict per item', () => {
    const scored = scoreGuess(belief, { belief_1: 10, belief_2: 3, belief_3: 5, belief_5: 50 });
    expect(scored.map((s) => s.difference)).toEqual([8.9, 0.4, -0.1, null, 23.2]);
    expect(scored.map((s) => s.verdict)).toEqual(['too_high', 'close', 'close', 'missing', 'too_high']);
    expect(scored[3]).toMatchObject({ guess: null, truth: 10.4 });
  });

  it('calls a guess close within a fifth of the truth, never stricter than 1 in 100', () => {
    expect(closeTolerance(1.1, 100)).toBe(1);
    expect(closeTolerance(26.8, 100)).toBeCloseTo(5.36);
    expect(closeTolerance(47, 1000)).toBe(10);
    expect(scoreGuess(drop, { after_one_change: 57 })[0]?.verdict).toBe('close');
    expect(scoreGuess(drop, { after_one_change: 58 })[0]?.verdict).toBe('too_high');
    expect(scoreGuess(drop, { after_one_change: 36 })[0]?.verdict).toBe('too_low');
  });
});
