import type { CalculatorKind } from '../charts/step-scale-chart';
import type { FigureStrings } from '../figures/figure-strings';
import type { POPULATION_PRESETS, PopulationPreset } from './population-presets';

// The UI strings the calculator views read, declared in src/lib so it depends on no file in src/i18n
// (src/i18n's Strings satisfies this structurally; see src/lib/figures/figure-strings.ts).

/** The UI strings a calculator view reads: a figure's strings and the calculators' own. */
export interface CalculatorStrings extends FigureStrings {
  calculators: {
    change: {
      col_baseline: string;
      col_change: string;
      col_lost: string;
      col_outcome: string;
      col_rate: string;
      floored: string;
      /** The floored note at a single change. */
      floored_one: string;
      outcomes: { job: string; job_or_edu: string };
      source: string;
      /** A baseline per outcome: `{outcome}`, `{value}`, `{kind}`. */
      source_baseline: string;
      summary: string;
      /** Before the summary when the rates are those of one answer: `{answer}`. */
      summary_answer: string;
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
      /** The rings' source (Tabell 2, or the sample for job or education) and what they are (`{source}`). */
      reference_note: string;
      reference_published: string;
      reference_sample: string;
      /** The report's relative change is against the average: `{relative}`, `{overall}`, `{answer}`, `{baseline}`. */
      relative_note: string;
      row_extra_job: string;
      row_extra_job_or_edu: string;
      row_new_rate: string;
      row_per: string;
      row_relative: string;
      sample_note: string;
      /** When the baseline is the sample's rate at an answer (`{rows}`). */
      sample_baseline_note: string;
      /** What a baseline is: the Tabell 2 rate at an answer, the sample's rate at it, or the overall average. */
      source_answer_published: string;
      source_answer_sample: string;
      source_baseline: string;
      source_effect: string;
      source_overall: string;
      source_published_section: string;
      source_sample_kind: string;
      summary: string;
      /** The summary when the baseline is the overall average, which says so. */
      summary_overall: string;
      x_label: string;
      y_label: string;
    };
  };
}
