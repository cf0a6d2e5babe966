import type { FigureControl, FigureView } from '../figures/figure-model';

/** What URL state needs to know of a figure: its id and controls (no chart code, so page-load JS stays small). */
export interface FigureViewOptions {
  id: string;
  controls: readonly FigureControl[];
}

/** The view read from a URL, and the parameters that were present but invalid (so the page can say so). */
export interface FigureViewState {
  view: FigureView;
  invalid: string[];
}

/**
 * Reads a figure's view from URL parameters `<id>.<control>=<value>`. A missing parameter means the
 * control's default; a value the control does not offer falls back to the default and is reported.
 */
export function figureViewState(params: URLSearchParams, options: FigureViewOptions): FigureViewState {
  const invalid: string[] = [];
  const view: Record<string, string> = {};
  for (const control of options.controls) {
    const key = `${options.id}.${control.name}`;
    const value = params.get(key);
    if (value !== null && !control.values.includes(value)) invalid.push(key);
    view[control.name] = value !== null && control.values.includes(value) ? value : control.defaultValue;
  }
  return { view, invalid };
}
