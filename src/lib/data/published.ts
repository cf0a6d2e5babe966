import published from '../../../data/published.json';
import type { BeliefLevel } from './sample-columns';

/** How a published value is measured (see the `$comment` in data/published.json). */
export type PublishedUnit =
  | 'percent'
  | 'pp'
  | 'relative_percent'
  | 'count'
  | 'year'
  | 'months'
  | 'steps'
  | 'scale_position';

/** The report's own hedge on a value ("cirka", "över", "knappt" …). */
export type PublishedApprox = 'about' | 'more_than' | 'just_under' | 'roughly';

/** The outcome a published rate refers to, both "within one year after the answer". */
export type PublishedOutcome = 'job' | 'job_or_edu';

/** The part of the source report that states a figure (the seed's headings). */
export type PublishedSection =
  | 'Introduktion'
  | 'Byte av handläggare'
  | 'Tabell 1'
  | 'Figur 2'
  | 'Tabell 2'
  | 'Figur 3'
  | 'Figur 4'
  | 'Tabell 4';

/** One figure stated in the source report. */
export interface PublishedFigure {
  value: number;
  unit: PublishedUnit;
  outcome?: PublishedOutcome;
  belief?: BeliefLevel;
  approx?: PublishedApprox;
  section: PublishedSection;
  note?: string;
}

/** The id of a published figure: a key of `figures` in data/published.json. */
export type PublishedFigureId = keyof typeof published.figures;

// The JSON import widens units and sections to string; tests/data/published.test.ts checks every
// entry against the unions above, so this assertion is backed by a test rather than trusted.
const figures = published.figures as Record<PublishedFigureId, PublishedFigure>;

/** The published figure with this id; throws on an id the report does not publish. */
export function publishedFigure(id: PublishedFigureId): PublishedFigure {
  // Ids can arrive untyped (URL state, Markdown); hasOwn keeps "toString" and friends out.
  if (!Object.hasOwn(figures, id)) throw new RangeError(`Unknown published figure: "${String(id)}"`);
  return figures[id];
}
