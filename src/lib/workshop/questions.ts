import { nice } from 'd3-array';
import { publishedFigure, type PublishedFigureId } from '../data/published';

/** One thing a participant estimates: how many of `per` persons, revealed by a published percent figure. */
export interface WorkshopItem {
  /** Stable id within the question (also the key of its label in the workshop strings). */
  id: string;
  /** The published figure (unit percent) that answers this item. */
  figure: PublishedFigureId;
  /** Guesses are counts "of `per`" persons: 100 for shares, 1000 for small rates so guesses stay whole. */
  per: 100 | 1000;
}

/** A workshop question: a prompt with one or more items guessed together, then revealed together. */
export interface WorkshopQuestion {
  /** Stable id; the key of its texts under `workshop.questions.<id>` in the strings. */
  id: string;
  items: readonly WorkshopItem[];
  /** Published figures the prompt itself states as context (e.g. the base rate), named for the template. */
  context?: Readonly<Record<string, PublishedFigureId>>;
}

/**
 * The workshop's questions, in session order. Data-driven: every answer is a figure id from
 * data/published.json; no number is written here except the "of 100 / of 1000" frame.
 * Changing this list changes the group code's layout, so bump GROUP_CODE_VERSION with it.
 */
export const WORKSHOP_QUESTIONS: readonly WorkshopQuestion[] = [
  {
    id: 'belief',
    items: [1, 2, 3, 4, 5].map((b) => ({ id: `belief_${b}`, figure: `job_rate_belief_${b}` as PublishedFigureId, per: 100 as const })),
  },
  {
    id: 'change_share',
    items: [{ id: 'share_changed', figure: 'change_share', per: 100 }],
  },
  {
    id: 'change_drop',
    items: [{ id: 'after_one_change', figure: 'change_rate_after_job', per: 1000 }],
    context: { base: 'base_rate_job' },
  },
  {
    id: 'orientation',
    items: [
      { id: 'low', figure: 'orientation_rate_low', per: 1000 },
      { id: 'high', figure: 'orientation_rate_high', per: 1000 },
    ],
    context: { base: 'base_rate_job' },
  },
];

/** Every item of every question, in order: the layout of a participant's guesses and group code. */
export function allItems(questions: readonly WorkshopQuestion[] = WORKSHOP_QUESTIONS): { question: WorkshopQuestion; item: WorkshopItem }[] {
  return questions.flatMap((question) => question.items.map((item) => ({ question, item })));
}

/** The published answer to an item, as a count of `per` (26.8 % → 26.8 of 100; 4.7 % → 47 of 1000). */
export function itemTruth(item: WorkshopItem): number {
  const figure = publishedFigure(item.figure);
  if (figure.unit !== 'percent') throw new RangeError(`Workshop item ${item.id}: figure ${item.figure} is not a percent`);
  // Rounded to 10 decimals so 4.7 × 10 reads 47, not 47.00000000000001.
  return Math.round(((figure.value * item.per) / 100) * 1e10) / 1e10;
}

/** A published context figure of a question as a count of `per` persons. */
export function contextCount(id: PublishedFigureId, per: 100 | 1000): number {
  return Math.round(((publishedFigure(id).value * per) / 100) * 1e10) / 1e10;
}

/** A round number a bar scale can end at (1, 2 or 5 × 10^k) at or above the largest value shown: d3's nice end of [0, largest]. */
export function niceScaleMax(largest: number): number {
  if (!(largest > 0)) return 1;
  return nice(0, largest, 1)[1];
}

/** The "of 100 / of 1000" frame a question's items share (every item of a question uses the same). */
export function questionPer(question: WorkshopQuestion): 100 | 1000 {
  return question.items[0]?.per ?? 100;
}
