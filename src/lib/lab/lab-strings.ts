import type { FigureStrings } from '../figures/figure-strings';
import type { SweepParam } from './lab-replication';

/** Keys of plain strings, as a record (the long string groups of the repeated runs and the sweep). */
type Texts<K extends string> = Readonly<Record<K, string>>;

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
    /** Each model control's name (src/lib/analysis/model-controls.ts), for the list of controls. */
    controls: Readonly<Record<'age' | 'gender' | 'benefit_group' | 'years_on_benefits' | 'self_belief' | 'health_coping' | 'job_search' | 'jobcentre_id', string>>;
    /** The list of controls, with `{list}`. */
    controls_note: string;
    estimators: { naive: string; ols: string; iv: string; change: string };
    first_stage: string;
    first_stage_missing: string;
    interval_note: string;
    /** The 2SLS cell without an estimate: no first stage, no strength (`{f}`), weak (`{f}`). */
    iv_none: string;
    iv_none_missing: string;
    iv_weak: string;
    missing: string;
    no: string;
    /** Warning: F = 0 (`{f}`), nothing estimated. */
    no_instrument: string;
    result_kind: string;
    result_of: string;
    /** Note on an instrument far stronger than real studies have (`{f}`). */
    strong_instrument: string;
    summary: string;
    table_caption: string;
    table_region: string;
    truth_label: string;
    /** Warning: F below the threshold (`{f}`, `{threshold}`). */
    weak_instrument: string;
    /** Size warnings: `{persons}`, `{caseworkers}`, `{clients}` per caseworker, `{min}`. */
    warn_few_clients: string;
    warn_more_caseworkers: string;
    x_label: string;
    yes: string;
    /** The run buttons' group and the single experiment's legend and hint. */
    modes_legend: string;
    single_legend: string;
    single_hint: string;
    /** Progress of repeated runs and sweeps: `{done}` of `{runs}`. */
    progress_runs: string;
    /** A sweep over MAX_RUNS: `{max}`, `{points}`, `{runs}`, `{total}`. */
    too_many_runs: string;
    repeat: Texts<
      | 'bias_note' | 'cancelled' | 'col_bias' | 'col_coverage' | 'col_estimator' | 'col_mean' | 'col_rmse' | 'col_truth'
      | 'col_verdict' | 'coverage_value' | 'estimated_value' | 'expected_note' | 'heading' | 'hint' | 'histogram_alt' | 'histogram_alt_series'
      | 'histogram_caption' | 'iv_left_out' | 'legend' | 'median_f' | 'panel_empty' | 'panel_label' | 'placeholder' | 'run' | 'runs_label'
      | 'seeds' | 'seeds_note' | 'summary' | 'table_caption' | 'table_region' | 'title'
    > & { verdict: Texts<'within' | 'below' | 'above'> };
    sweep: Texts<
      | 'bias_alt' | 'bias_reference' | 'bias_title' | 'bias_y' | 'cancelled' | 'chart_caption' | 'col_bias_iv' | 'col_bias_naive' | 'col_bias_ols'
      | 'col_coverage_iv' | 'col_coverage_naive' | 'col_coverage_ols' | 'col_iv_runs' | 'col_median_f' | 'coverage_alt' | 'coverage_reference'
      | 'coverage_title' | 'coverage_y' | 'fixed_note' | 'from_label' | 'heading' | 'hint' | 'iv_note' | 'legend' | 'no_iv' | 'param_legend'
      | 'placeholder' | 'points_label' | 'run' | 'runs_label' | 'seeds_note' | 'summary' | 'table_caption' | 'table_region' | 'title' | 'to_label'
    > & { params: Texts<SweepParam>; fixed: Texts<'beta' | 'alpha' | 'spread' | 'persons' | 'caseworkers'> };
    downloads: Texts<'file_runs' | 'file_sample' | 'file_sweep' | 'meta_description' | 'metadata' | 'runs_csv' | 'sample_csv' | 'title'>;
  };
}
