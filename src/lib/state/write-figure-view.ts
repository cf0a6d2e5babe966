import type { FigureView } from '../figures/figure-model';
import { figureStateSpec, type FigureViewOptions } from './figure-view-state';
import { writeState } from './url-state';

/** Writes a figure's view into URL parameters, leaving defaults out so shared links stay short. */
export function writeFigureView(params: URLSearchParams, options: FigureViewOptions, view: FigureView): URLSearchParams {
  return writeState(params, figureStateSpec(options), view);
}
