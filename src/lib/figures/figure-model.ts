import type { Outcome } from '../data/sample-columns';
import type { FigureSource } from '../charts/palette';
import type { PlotOptions } from '@observablehq/plot';
import type { ColumnTable } from 'arquero';
import type { Strings } from '../../i18n/strings';

/** What the reader has chosen to see in a figure. */
export interface FigureView {
  source: FigureSource;
  outcome: Outcome;
}

/** Everything a figure needs besides its data: the reader's language. */
export interface FigureContext {
  locale: string;
  strings: Strings;
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

/** A figure of the report: which views it offers and how it is built from published data or the sample. */
export interface FigureSpec {
  id: string;
  sources: readonly FigureSource[];
  /** The outcomes the reader can switch between (in the sample view); empty when there is no choice. */
  outcomes: readonly Outcome[];
  defaultView: FigureView;
  /** Builds the figure; `sample` is required when view.source is 'sample'. */
  build(view: FigureView, sample: ColumnTable | null, context: FigureContext): FigureModel;
}
