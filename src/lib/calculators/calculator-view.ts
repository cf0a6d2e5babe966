import type { FigureContext } from '../figures/figure-model';

/** Where a calculator's result comes from, for its badge: report figures, the sample's estimate, or typed values. */
export type CalculatorKind = 'published' | 'sample' | 'typed';

/** One point of the step calculator's chart: the rate at one answer of the scale. */
export interface StepScalePoint {
  answer: number;
  label: string;
  rate: number;
  low: number | null;
  high: number | null;
  /** 'start' and 'end' mark the reader's starting and new answer. */
  role: 'start' | 'end' | 'other';
  text: string;
}

/** A calculator's result ready to show, the same on the server (default values) and in the browser. */
export interface CalculatorView {
  kind: CalculatorKind;
  summary: string;
  /** Label/value rows (a description list). */
  rows: { label: string; value: string; detail?: string }[];
  /** Or a table. */
  table: { head: string[]; rows: string[][] } | null;
  notes: string[];
  sources: string[];
  /** Text to show in inputs that are not in use (e.g. the published baseline while it is chosen). */
  display: Record<string, string>;
  /** Labels that depend on the values (e.g. "a job centre (400, derived)"), by element key. */
  labels: Record<string, string>;
  /** The chart's data, or null for calculators without a chart. */
  chart: { caption: string; alt: string; points: StepScalePoint[]; kind: CalculatorKind } | null;
}

/** What a calculator view is built from besides the reader's values. */
export type CalculatorContext = FigureContext;
