import type { Outcome } from '../data/sample-columns';
import type { AfterStep, Pipeline, PipelineParams } from '../analysis/pipeline';
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
  /**
   * Applies only while another control has this value (besides `sampleOnly`): otherwise it stays at its
   * default and is disabled, like a sample-only control in the published view.
   */
  onlyWhen?: { control: string; value: string };
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

/**
 * How a view's numbers arise: the analysis pipelines that produced them, each with the params the view
 * ran it with, then work done after them in TypeScript. Shown under the figure as plain steps and as
 * code (figure-html.ts); both are generated from these objects, the same ones runPipeline runs.
 */
export interface FigureHow {
  pipelines: ReadonlyArray<{ pipeline: Pipeline; params?: PipelineParams }>;
  /** Steps the figure itself takes on the pipelines' results (e.g. the 2SLS estimate). */
  after?: readonly AfterStep[];
}

/** A figure ready to show: text, numbers as a table, a CSV and the chart options for any width. */
export interface FigureModel {
  caption: string;
  takeaway: string;
  /** Text alternative that states the finding with its numbers. */
  alt: string;
  /** The numbers as a table for reading (formatted) … */
  table: { head: string[]; rows: string[][] };
  /**
   * Further tables of the same view under the first (e.g. a histogram's counts), each with its caption;
   * their rows are in `data` and the CSV too, after the first table's. Absent or empty when there are none.
   */
  tables?: Array<{ key: string; caption: string; head: string[]; rows: string[][] }>;
  /** … and for download: one record per row, raw numbers ('.' decimals), kind, approx and source on every row … */
  data: { keys: string[]; records: Array<Record<string, number | string>> };
  /** … and the same records as CSV. */
  csv: string;
  /** Which kind of numbers these are, and where they come from. */
  kind: FigureSource;
  sourceLine: string;
  /** An extra note shown under the chart (e.g. what is left out), or empty. */
  note: string;
  /** How the numbers are computed, for the sample view; null for the report's own numbers. */
  how: FigureHow | null;
  plot(width: number): PlotOptions;
}

/** A figure of the report as its author writes it: the choices it offers and its two views. */
export interface FigureDefinition {
  id: string;
  controls: readonly FigureControl[];
  /** The report's numbers (seed text, published.json, assumed.json). */
  published(view: FigureView, context: FigureContext): FigureModel;
  /** The same figure computed from a sample table. */
  sample(view: FigureView, table: ColumnTable, context: FigureContext): FigureModel;
}

/** A figure with one entry point for any view. */
export interface FigureSpec extends FigureDefinition {
  /** Builds the view; `sample` is required when the view's source is 'sample'. */
  build(view: FigureView, sample: ColumnTable | null, context: FigureContext): FigureModel;
}

/** A figure spec from its two views: `build` picks the one the view's source names. */
export function defineFigure(definition: FigureDefinition): FigureSpec {
  return {
    ...definition,
    build(view, sample, context) {
      if (viewSource(view) === 'published') return definition.published(view, context);
      if (!sample) throw new Error(`${definition.id}: the sample view needs the sample table`);
      return definition.sample(view, sample, context);
    },
  };
}

/** The view a figure shows before the reader chooses anything. */
export function defaultView(controls: readonly FigureControl[]): FigureView {
  return Object.fromEntries(controls.map((control) => [control.name, control.defaultValue]));
}

/** Whether a control applies in a view: not a sample-only one in the published view, nor one whose `onlyWhen` is unmet. */
export function controlInUse(control: FigureControl, view: FigureView): boolean {
  if (control.sampleOnly && viewSource(view) !== 'sample') return false;
  return !control.onlyWhen || view[control.onlyWhen.control] === control.onlyWhen.value;
}

/** The source of a view ('published' unless the view says 'sample'). */
export function viewSource(view: FigureView): FigureSource {
  return view.source === 'sample' ? 'sample' : 'published';
}

/** The outcome of a view (jobs unless the view says job or education). */
export function viewOutcome(view: FigureView): Outcome {
  return view.outcome === 'job_or_edu_52w' ? 'job_or_edu_52w' : 'job_52w';
}
