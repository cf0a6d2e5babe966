import { WORKSHOP_QUESTIONS, type WorkshopQuestion } from './questions';
import { storedObject, type Guesses } from './guesses';

/**
 * Hand counts, for a room without phones: the trainer asks "who guessed between 0 and 4?", "5 to 9?" …
 * and types in how many hands went up for each range. Each hand then counts as one guess at the range's
 * middle, beside the codes' exact guesses (the median and the dots are as precise as the ranges).
 */
export const HANDS_STORAGE_KEY = 'bip-explorer:workshop:hands:v1';

/** One answer range, inclusive, in the question's "of per" units. */
export interface HandRange {
  from: number;
  to: number;
}

/** Hands raised per range, by item id (one count per range of the item's question). */
export type HandCounts = Readonly<Record<string, readonly number[]>>;

/** Most hands one range can hold: more than any room, fewer than a typo like 10000. */
export const MAX_HANDS = 200;

/**
 * The ranges asked about, per question: narrower where the published figures and most guesses lie, the
 * last one open up to the question's whole scale. A plan for asking, not data.
 */
export const HAND_RANGES: Readonly<Record<string, readonly HandRange[]>> = {
  belief: [{ from: 0, to: 4 }, { from: 5, to: 9 }, { from: 10, to: 19 }, { from: 20, to: 39 }, { from: 40, to: 100 }],
  change_share: [{ from: 0, to: 19 }, { from: 20, to: 39 }, { from: 40, to: 59 }, { from: 60, to: 79 }, { from: 80, to: 100 }],
  change_drop: [{ from: 0, to: 29 }, { from: 30, to: 39 }, { from: 40, to: 49 }, { from: 50, to: 59 }, { from: 60, to: 1000 }],
  orientation: [{ from: 0, to: 39 }, { from: 40, to: 49 }, { from: 50, to: 59 }, { from: 60, to: 69 }, { from: 70, to: 1000 }],
};

/** The ranges of a question (none for a question without them). */
export function handRanges(question: WorkshopQuestion): readonly HandRange[] {
  return HAND_RANGES[question.id] ?? [];
}

/**
 * The guess one hand stands for: the middle of its range; for the open last range, the middle of a range
 * as wide as the one before it (a hand for "40 or more" is a 50, not a 70).
 */
export function handValue(ranges: readonly HandRange[], index: number): number {
  const range = ranges[index]!;
  const previous = ranges[index - 1];
  const last = index === ranges.length - 1 && previous !== undefined;
  const to = last ? Math.min(range.to, range.from + (previous.to - previous.from)) : range.to;
  return (range.from + to) / 2;
}

/** Hand counts read back from storage: unknown items, wrong lengths and impossible counts are dropped. */
export function parseStoredHands(json: string | null, questions: readonly WorkshopQuestion[] = WORKSHOP_QUESTIONS): HandCounts {
  const raw = storedObject(json);
  if (!raw) return {};
  const out: Record<string, number[]> = {};
  for (const question of questions) {
    const length = handRanges(question).length;
    for (const item of question.items) {
      const counts = raw[item.id];
      if (!Array.isArray(counts) || counts.length !== length) continue;
      if (counts.every((n) => Number.isInteger(n) && n >= 0 && n <= MAX_HANDS)) out[item.id] = counts as number[];
    }
  }
  return out;
}

/** Every counted hand as a guess on its item alone, at its range's value (for roomSummary and the charts). */
export function handGuesses(counts: HandCounts, questions: readonly WorkshopQuestion[] = WORKSHOP_QUESTIONS): Guesses[] {
  const out: Guesses[] = [];
  for (const question of questions) {
    const ranges = handRanges(question);
    for (const item of question.items) {
      (counts[item.id] ?? []).forEach((hands, index) => {
        const value = handValue(ranges, index);
        for (let k = 0; k < hands; k++) out.push({ [item.id]: value });
      });
    }
  }
  return out;
}

/** People counted by hand: the most hands on any one item (everyone answers each row once). */
export function handPeople(counts: HandCounts): number {
  return Math.max(0, ...Object.values(counts).map((c) => c.reduce((a, b) => a + b, 0)));
}
