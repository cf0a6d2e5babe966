import type { FigureControl, FigureView } from '../figures/figure-model';
import { readState, type ChoiceField, type StateSpec } from './url-state';

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

/** A figure's control as a field of URL state: a choice field with the same name, values, default and sampleOnly. */
export function controlField(control: FigureControl): ChoiceField {
  return { ...control, kind: 'choice' };
}

/** A figure as URL state sees it: its id as the prefix, its controls as choice fields. */
export function figureStateSpec(options: FigureViewOptions): StateSpec {
  return { id: options.id, fields: options.controls.map(controlField) };
}

/**
 * Reads a figure's view from URL parameters `<id>.<control>=<value>`. A missing parameter means the
 * control's default; a value the control does not offer falls back to the default and is reported.
 */
export function figureViewState(params: URLSearchParams, options: FigureViewOptions): FigureViewState {
  const { values, invalid } = readState(params, figureStateSpec(options));
  // Every field of a figure is a choice, so every value is a string.
  const view = Object.fromEntries(Object.entries(values).map(([name, value]) => [name, String(value)]));
  return { view, invalid };
}
