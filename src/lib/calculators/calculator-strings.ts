import type { CalculatorKind } from '../charts/step-scale-chart';
import type { FigureStrings } from '../figures/figure-strings';
import type { POPULATION_PRESETS, PopulationPreset } from './population-presets';

// The UI strings the calculator views read, declared in src/lib so it depends on no file in src/i18n
// (src/i18n's Strings satisfies this structurally; see src/lib/figures/figure-strings.ts).

/** The UI strings a calculator view reads: a figure's strings and the calculators' own. */
export interface CalculatorStrings extends FigureStrings {
  calculators: {
    change: {
      col_change: string;
      col_lost: string;
      col_outcome: string;
      col_rate: string;
      floored: string;
      outcomes: { job: string; job_or_edu: string };
      source: string;
      summary: string;
      summary_none: string;
      summary_one: string;
    };
    /** A population's kind, for its label; 'typed' for a size the reader typed. */
    kinds: Readonly<Record<PopulationPreset['kind'] | 'typed', string>>;
    orientation: {
      caveat: string;
      col_difference: string;
      col_extra: string;
      col_high: string;
      col_low: string;
      col_source: string;
      row_published: string;
      row_sample: string;
      sample_note: string;
      summary: string;
    };
    persons_value: string;
    /** Each population preset's label. */
    population: Readonly<Record<keyof typeof POPULATION_PRESETS, string>>;
    /** The result's badge: what its numbers come from. */
    result_kind: Readonly<Record<CalculatorKind, string>>;
    /** The label of a result table's scrolling region, with `{title}`. */
    table_region: string;
    step: {
      chart_alt: string;
      chart_caption: string;
      interval: string;
      limited: string;
      linear_note: string;
      outcomes: { job: string; job_or_edu: string };
      per_none: string;
      per_value: string;
      row_extra_job: string;
      row_extra_job_or_edu: string;
      row_new_rate: string;
      row_per: string;
      row_relative: string;
      sample_note: string;
      source_baseline: string;
      source_effect: string;
      source_published_section: string;
      source_sample_kind: string;
      summary: string;
      x_label: string;
      y_label: string;
    };
  };
}
