import { allItems, itemTruth, WORKSHOP_QUESTIONS, type WorkshopQuestion } from './questions';
import type { Guesses } from './guesses';

/** The room's guesses on one item against the published figure. */
export interface RoomItemSummary {
  id: string;
  per: number;
  truth: number;
  /** Participants who answered this item. */
  n: number;
  median: number | null;
  /** Lower and upper quartile (the middle half of the room lies between them). */
  q1: number | null;
  q3: number | null;
  min: number | null;
  max: number | null;
  /** median − truth; null when nobody answered. */
  medianDifference: number | null;
  /** How many guessed above the published figure. */
  above: number;
}

/** Quantile by linear interpolation between order statistics (R type 7, the spreadsheet default). */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new RangeError('quantile of nothing');
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  const a = sorted[lo] ?? NaN;
  const b = sorted[hi] ?? NaN;
  return a + (h - lo) * (b - a);
}

const tidy = (x: number) => Math.round(x * 1e9) / 1e9;

/** Median, quartiles and range of the room's guesses per item, next to the published figure. */
export function roomSummary(participants: readonly Guesses[], questions: readonly WorkshopQuestion[] = WORKSHOP_QUESTIONS): RoomItemSummary[] {
  return allItems(questions).map(({ item }) => {
    const truth = itemTruth(item);
    const values = participants
      .map((g) => (Object.hasOwn(g, item.id) ? g[item.id] : undefined))
      .filter((v): v is number => v !== undefined)
      .sort((a, b) => a - b);
    const min = values[0];
    const max = values[values.length - 1];
    if (min === undefined || max === undefined) {
      return { id: item.id, per: item.per, truth, n: 0, median: null, q1: null, q3: null, min: null, max: null, medianDifference: null, above: 0 };
    }
    const median = tidy(quantile(values, 0.5));
    return {
      id: item.id,
      per: item.per,
      truth,
      n: values.length,
      median,
      q1: tidy(quantile(values, 0.25)),
      q3: tidy(quantile(values, 0.75)),
      min,
      max,
      medianDifference: tidy(median - truth),
      above: values.filter((v) => v > truth).length,
    };
  });
}
