import type { FigureStrings } from '../figures/figure-strings';

// The UI strings the lab's view reads, declared in src/lib so it depends on no file in src/i18n
// (src/i18n's Strings satisfies this structurally; see src/lib/figures/figure-strings.ts).

/** The UI strings the lab's view reads: a figure's strings and the lab's own. */
export interface LabStrings extends FigureStrings {
  lab: {
    chart_alt: string;
    chart_caption: string;
    chart_labels: { naive: string; ols: string; iv: string };
    col_covers: string;
    col_estimator: string;
    col_interval: string;
    col_truth: string;
    col_value: string;
    estimators: { naive: string; ols: string; iv: string; change: string };
    first_stage: string;
    first_stage_missing: string;
    interval_note: string;
    missing: string;
    no: string;
    result_kind: string;
    result_of: string;
    summary: string;
    table_caption: string;
    table_region: string;
    truth_label: string;
    weak_instrument: string;
    x_label: string;
    yes: string;
  };
}
