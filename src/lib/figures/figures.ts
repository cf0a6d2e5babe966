import { beliefDistributionFigure } from './belief-distribution-figure';
import type { FigureSpec } from './figure-model';
import { jobRateByBeliefFigure } from './job-rate-by-belief-figure';

/** Every figure of the report by id: the one registry the pages and the browser re-render use. */
export const FIGURES: Readonly<Record<string, FigureSpec>> = Object.fromEntries(
  [beliefDistributionFigure, jobRateByBeliefFigure].map((figure) => [figure.id, figure]),
);
