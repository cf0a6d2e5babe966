import type { FigureContext } from '../figures/figure-model';
import { fillTemplate } from '../format/fill-template';
import { numberFormatter } from '../format/number-formatter';
import { WEAK_INSTRUMENT_F } from './instrument-strength';
import { ESTIMATOR_STYLE } from './lab-chart-style';
import type { LabHistogramPanel } from './lab-histogram-svg';
import { binomialRange, INTERVAL_LEVEL, type EstimatorSummary, type ReplicationSummary } from './lab-replication';
import type { LabTruths } from './lab-sample-params';
import type { LabStrings } from './lab-strings';
import { formatF, labSizeWarningTexts, type LabTextView } from './lab-view';

/** Repeated runs ready to show: the same on the server and after the runs in the browser. */
export interface LabReplicationView extends LabTextView {
  histogram: { caption: string; alt: string; truth: number; truthLabel: string; panels: LabHistogramPanel[] };
}

/** Whether an estimator's coverage is what a 95 % interval gives, too low or too high, for its number of runs. */
export function coverageVerdict(s: Pick<EstimatorSummary, 'estimated' | 'covered'>): { verdict: 'within' | 'below' | 'above'; low: number; high: number } | null {
  if (s.estimated === 0) return null;
  const { low, high } = binomialRange(s.estimated, INTERVAL_LEVEL);
  return { verdict: s.covered < low ? 'below' : s.covered > high ? 'above' : 'within', low, high };
}

/** Many runs of one experiment: each estimator's runs, mean, bias, RMSE and coverage against the truth, and a histogram. */
export function labReplicationView(summary: ReplicationSummary, truths: LabTruths, context: FigureContext<LabStrings>): LabReplicationView {
  const t = context.strings.lab;
  const r = t.repeat;
  const format = numberFormatter(context.locale);
  const pp = (v: number) => format.signed(v, 2);
  const runs = summary.runs;
  const seeds = fillTemplate(r.seeds, { first: String(truths.seed), last: String(truths.seed + runs - 1) });
  const coverageText = (s: EstimatorSummary) =>
    s.coverage == null ? '–' : fillTemplate(r.coverage_value, { covered: format.count(s.covered), runs: format.count(s.estimated), share: format.percent(s.coverage * 100, 0) });
  const verdictText = (s: EstimatorSummary) => {
    const v = coverageVerdict(s);
    if (!v) return '–';
    return fillTemplate(r.verdict[v.verdict], { low: format.count(v.low), high: format.count(v.high), runs: format.count(s.estimated) });
  };
  // Runs without an estimate (2SLS with a weak instrument) show in the coverage cell's count and in a warning.
  const row = (label: string, s: EstimatorSummary) => [
    label,
    s.mean == null ? '–' : pp(s.mean),
    pp(s.truth),
    s.bias == null ? '–' : pp(s.bias),
    s.rmse == null ? '–' : format.decimal(s.rmse, 2),
    coverageText(s),
    verdictText(s),
  ];
  const iv = summary.iv;
  const ivLeftOut = iv.runs - iv.estimated;
  const warnings = [
    ...(ivLeftOut > 0 ? [fillTemplate(r.iv_left_out, { left: format.count(ivLeftOut), runs: format.count(iv.runs), threshold: format.count(WEAK_INSTRUMENT_F) })] : []),
    ...labSizeWarningTexts(truths, context),
  ];
  const share = (s: EstimatorSummary) => (s.coverage == null ? t.missing : format.percent(s.coverage * 100, 0));
  const panels: LabHistogramPanel[] = (['naive', 'ols', 'iv'] as const).map((key) => ({
    label: fillTemplate(r.panel_label, {
      estimator: t.chart_labels[key],
      mean: summary[key].mean == null ? '–' : pp(summary[key].mean!),
    }),
    colour: ESTIMATOR_STYLE[key].colour,
    values: summary[key].estimates,
    emptyText: fillTemplate(r.panel_empty, { threshold: format.count(WEAK_INSTRUMENT_F) }),
  }));
  const range = binomialRange(runs, INTERVAL_LEVEL);
  return {
    heading: fillTemplate(r.heading, {
      runs: format.count(runs),
      seeds,
      beta: pp(truths.beta),
      delta: pp(truths.delta),
      alpha: format.decimal(truths.alpha),
      spread: format.decimal(truths.spread),
      persons: format.count(truths.persons),
      caseworkers: format.count(truths.caseworkers),
    }),
    summary: fillTemplate(r.summary, { runs: format.count(runs), naive: share(summary.naive), ols: share(summary.ols), iv: share(iv) }),
    warnings,
    table: {
      head: [r.col_estimator, r.col_mean, r.col_truth, r.col_bias, r.col_rmse, r.col_coverage, r.col_verdict],
      rows: [row(t.estimators.naive, summary.naive), row(t.estimators.ols, summary.ols), row(t.estimators.iv, iv), row(t.estimators.change, summary.change)],
    },
    notes: [
      fillTemplate(r.expected_note, { runs: format.count(runs), low: format.count(range.low), high: format.count(range.high) }),
      ...(summary.medianF == null ? [] : [fillTemplate(r.median_f, { f: formatF(format, summary.medianF) })]),
      r.bias_note,
      fillTemplate(r.seeds_note, { seeds }),
    ],
    histogram: {
      caption: fillTemplate(r.histogram_caption, { runs: format.count(runs) }),
      alt: fillTemplate(r.histogram_alt, {
        runs: format.count(runs),
        truth: fillTemplate(context.strings.units.pp_short, { value: pp(truths.beta) }),
        series: (['naive', 'ols', 'iv'] as const)
          .map((key) => fillTemplate(r.histogram_alt_series, { estimator: t.chart_labels[key], mean: summary[key].mean == null ? t.missing : pp(summary[key].mean!), coverage: share(summary[key]) }))
          .join('; '),
      }),
      truth: truths.beta,
      truthLabel: fillTemplate(t.truth_label, { value: pp(truths.beta) }),
      panels,
    },
  };
}
