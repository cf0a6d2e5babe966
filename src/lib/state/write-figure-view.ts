import type { FigureView } from '../figures/figure-model';
import type { FigureViewOptions } from './figure-view-state';

/** Writes a figure's view into URL parameters, leaving defaults out so shared links stay short. */
export function writeFigureView(params: URLSearchParams, options: FigureViewOptions, view: FigureView): URLSearchParams {
  const next = new URLSearchParams(params);
  if (view.source === options.defaultView.source) next.delete(options.id);
  else next.set(options.id, view.source);
  if (options.outcomes.length === 0 || view.outcome === options.defaultView.outcome) next.delete(`${options.id}.outcome`);
  else next.set(`${options.id}.outcome`, view.outcome);
  return next;
}
