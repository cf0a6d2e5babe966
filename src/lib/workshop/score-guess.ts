import { itemTruth, type WorkshopQuestion } from './questions';
import type { Guesses } from './guesses';

/** How a guess compares with the published figure. */
export type GuessVerdict = 'close' | 'too_high' | 'too_low' | 'missing';

/** One item of a question, scored. */
export interface ScoredItem {
  id: string;
  per: number;
  guess: number | null;
  truth: number;
  /** guess − truth, in "of per" units; null when not answered. */
  difference: number | null;
  verdict: GuessVerdict;
}

/**
 * How close counts as "close": within a fifth of the published value, but never stricter than one in
 * 100 (so guessing 1 or 2 of 100 for 1.1 is close). A teaching threshold, not a statistical one.
 */
export function closeTolerance(truth: number, per: number): number {
  return Math.max(per / 100, truth * 0.2);
}

/** Scores each item of a question: difference from the published figure and a verdict. */
export function scoreGuess(question: WorkshopQuestion, guesses: Guesses): ScoredItem[] {
  return question.items.map((item) => {
    const truth = itemTruth(item);
    const guess = Object.hasOwn(guesses, item.id) ? guesses[item.id] : null;
    if (guess === null || guess === undefined) return { id: item.id, per: item.per, guess: null, truth, difference: null, verdict: 'missing' };
    // Rounded away from binary noise: 27 − 26.8 is 0.2, not 0.1999….
    const difference = Math.round((guess - truth) * 1e9) / 1e9;
    const verdict: GuessVerdict =
      Math.abs(difference) <= closeTolerance(truth, item.per) ? 'close' : difference > 0 ? 'too_high' : 'too_low';
    return { id: item.id, per: item.per, guess, truth, difference, verdict };
  });
}
