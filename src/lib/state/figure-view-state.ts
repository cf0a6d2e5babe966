import type { Outcome } from '../data/sample-columns';
import type { FigureSource } from '../charts/palette';
import type { FigureView } from '../figures/figure-model';

/** What a figure offers, as much as URL state needs to know (no chart code, so the page-load script stays small). */
export interface FigureViewOptions {
  id: string;
  sources: readonly FigureSource[];
  outcomes: readonly Outcome[];
  defaultView: FigureView;
}

/** The view read from a URL, and the parameters that were present but invalid (so the page can say so). */
export interface FigureViewState {
  view: FigureView;
  invalid: string[];
}

/**
 * Reads a figure's view from URL parameters `<id>=<source>` and `<id>.outcome=<outcome>`. A missing
 * parameter means the default; an unknown value falls back to the default and is reported as invalid.
 */
export function figureViewState(params: URLSearchParams, options: FigureViewOptions): FigureViewState {
  const invalid: string[] = [];
  const view = { ...options.defaultView };
  const source = params.get(options.id);
  if (source !== null) {
    if ((options.sources as readonly string[]).includes(source)) view.source = source as FigureSource;
    else invalid.push(options.id);
  }
  const outcome = params.get(`${options.id}.outcome`);
  if (outcome !== null) {
    if ((options.outcomes as readonly string[]).includes(outcome)) view.outcome = outcome as Outcome;
    else invalid.push(`${options.id}.outcome`);
  }
  return { view, invalid };
}
