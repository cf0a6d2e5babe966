import type { CalculatorKind, StepScalePoint } from '../charts/step-scale-chart';
import type { FigureContext } from '../figures/figure-model';
import type { CalculatorStrings } from './calculator-strings';

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
  chart: {
    caption: string;
    alt: string;
    points: StepScalePoint[];
    kind: CalculatorKind;
    /** The rate at every answer (hollow rings): where each answer really stands, and what the rings are. */
    reference?: { label: string; rate: number; text: string }[];
    referenceNote?: string;
  } | null;
}

/** What a calculator view is built from besides the reader's values. */
export type CalculatorContext = FigureContext<CalculatorStrings>;
