import type { Outcome } from '../data/sample-columns';
import type { FigureSource } from '../charts/palette';
import type { PlotOptions } from '@observablehq/plot';
import type { ColumnTable } from 'arquero';
import type { FigureStrings } from './figure-strings';

/**
 * A choice the reader can make in a figure: a group of radio buttons, kept in the URL as `<id>.<name>`.
 * Its label and value labels are UI strings under `controls.<name>` in src/i18n/<lang>.json.
 */
export interface FigureControl {
  name: string;
  values: readonly string[];
  defaultValue: string;
  /** Applies to the sample only: in the published view it stays at its default and is disabled. */
  sampleOnly?: boolean;
}

/** What the reader has chosen to see in a figure: a value per control name. */
export type FigureView = Readonly<Record<string, string>>;

/** The control every figure with published and sample numbers has. */
export const SOURCE_CONTROL: FigureControl = { name: 'source', values: ['published', 'sample'], defaultValue: 'published' };

/** The outcome choice (job / job or education) of figures whose report version gives jobs only. */
export const OUTCOME_CONTROL: FigureControl = {
  name: 'outcome',
  values: ['job_52w', 'job_or_edu_52w'],
  defaultValue: 'job_52w',
  sampleOnly: true,
};

/**
 * Everything a figure needs besides its data: the reader's language. `S` is the shape of the UI
 * strings: the site passes all of them (src/i18n's Strings); src/lib names only the part it reads.
 */
export interface FigureContext<S extends FigureStrings = FigureStrings> {
  locale: string;
  strings: S;
}

/** A figure ready to show: text, numbers as a table, a CSV and the chart options for any width. */
export interface FigureModel {
  caption: string;
  takeaway: string;
  /** Text alternative that states the finding with its numbers. */
  alt: string;
  /** The numbers as a table for reading (formatted) … */
  table: { head: string[]; rows: string[][] };
  /** … and for download (raw numbers, '.' as decimal point). */
  csv: string;
  /** Which kind of numbers these are, and where they come from. */
  kind: FigureSource;
  sourceLine: string;
  /** An extra note shown under the chart (e.g. what is left out), or empty. */
  note: string;
  plot(width: number): PlotOptions;
}

/** A figure of the report: the choices it offers and how it is built from published data or the sample. */
export interface FigureSpec {
  id: string;
  controls: readonly FigureControl[];
  /** Builds the figure; `sample` is required when the view's source is 'sample'. */
  build(view: FigureView, sample: ColumnTable | null, context: FigureContext): FigureModel;
}

/** The view a figure shows before the reader chooses anything. */
export function defaultView(controls: readonly FigureControl[]): FigureView {
  return Object.fromEntries(controls.map((control) => [control.name, control.defaultValue]));
}

/** The source of a view ('published' unless the view says 'sample'). */
export function viewSource(view: FigureView): FigureSource {
  return view.source === 'sample' ? 'sample' : 'published';
}

/** The outcome of a view (jobs unless the view says job or education). */
export function viewOutcome(view: FigureView): Outcome {
  return view.outcome === 'job_or_edu_52w' ? 'job_or_edu_52w' : 'job_52w';
}
