import { beliefDistributionFigure } from './belief-distribution-figure';
import { caseworkerChangeFigure } from './caseworker-change-figure';
import type { FigureSpec } from './figure-model';
import { jobOrientationFigure } from './job-orientation-figure';
import { jobRateByBeliefFigure } from './job-rate-by-belief-figure';
import { stepEffectFigure } from './step-effect-figure';

/** Every figure of the report by id: the one registry the pages and the browser re-render use. */
export const FIGURES: Readonly<Record<string, FigureSpec>> = Object.fromEntries(
  [beliefDistributionFigure, jobRateByBeliefFigure, caseworkerChangeFigure, jobOrientationFigure, stepEffectFigure].map((figure) => [figure.id, figure]),
);
