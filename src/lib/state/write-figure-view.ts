import type { FigureView } from '../figures/figure-model';
import type { FigureViewOptions } from './figure-view-state';

/** Writes a figure's view into URL parameters, leaving defaults out so shared links stay short. */
export function writeFigureView(params: URLSearchParams, options: FigureViewOptions, view: FigureView): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const control of options.controls) {
    const key = `${options.id}.${control.name}`;
    const value = view[control.name];
    if (value === undefined || value === control.defaultValue) next.delete(key);
    else next.set(key, value);
  }
  return next;
}
