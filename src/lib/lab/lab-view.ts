import type { LabChartRow } from '../charts/lab-estimates-svg';
import type { FigureContext } from '../figures/figure-model';
import { fillTemplate } from '../format/fill-template';
import { numberFormatter } from '../format/number-formatter';
import type { LabStrings } from './lab-strings';
import type { LabEstimate, LabResult } from './run-lab-experiment';

/** A lab result ready to show (the same on the server and after a run in the browser). */
export interface LabView {
  /** The truths and size this result is for. */
  heading: string;
  summary: string;
  table: { head: string[]; rows: string[][] };
  notes: string[];
  chart: { caption: string; alt: string; truth: number; truthLabel: string; rows: LabChartRow[] };
}

/** The naive slope, OLS and 2SLS against the true β (and the change effect against δ), in words and numbers. */
export function labView(result: LabResult, context: FigureContext<LabStrings>): LabView {
  const t = context.strings.lab;
  const format = numberFormatter(context.locale);
  const pp = (v: number) => format.signed(v, 2);
  const ppUnit = (v: number) => fillTemplate(context.strings.units.pp_short, { value: pp(v) });
  const { truths } = result;
  const row = (label: string, e: LabEstimate | null, truth: number) =>
    e
      ? [label, pp(e.value), `${pp(e.low)} – ${pp(e.high)}`, pp(truth), e.covers ? t.yes : t.no]
      : [label, t.missing, '–', pp(truth), '–'];
  const belief = [
    ['naive', result.naive],
    ['ols', result.ols],
    ['iv', result.iv],
  ] as const;
  const text = (e: LabEstimate | null) => (e ? fillTemplate(context.strings.units.pp, { value: pp(e.value) }) : t.missing);
  const chartRows: LabChartRow[] = belief
    .filter(([, e]) => e !== null)
    .map(([key, e]) => ({ label: t.chart_labels[key], value: e!.value, low: e!.low, high: e!.high, text: pp(e!.value) }));
  return {
    heading: fillTemplate(t.result_of, {
      beta: pp(truths.beta),
      delta: pp(truths.delta),
      alpha: format.decimal(truths.alpha),
      spread: format.decimal(truths.spread),
      persons: format.count(truths.persons),
      caseworkers: format.count(truths.caseworkers),
      seed: String(truths.seed),
      rows: format.count(result.rows),
    }),
    summary: fillTemplate(t.summary, { truth: fillTemplate(context.strings.units.pp, { value: pp(truths.beta) }), naive: text(result.naive), ols: text(result.ols), iv: text(result.iv) }),
    table: {
      head: [t.col_estimator, t.col_value, t.col_interval, t.col_truth, t.col_covers],
      rows: [...belief.map(([key, e]) => row(t.estimators[key], e, truths.beta)), row(t.estimators.change, result.change, truths.delta)],
    },
    notes: [
      ...(result.firstStageF != null && result.firstStageF < 10 ? [t.weak_instrument] : []),
      result.firstStageF == null ? t.first_stage_missing : fillTemplate(t.first_stage, { f: format.count(result.firstStageF) }),
      t.interval_note,
    ],
    chart: {
      caption: t.chart_caption,
      alt: fillTemplate(t.chart_alt, { truth: ppUnit(truths.beta), series: chartRows.map((r) => `${r.label} ${r.text}`).join(', ') }),
      truth: truths.beta,
      truthLabel: fillTemplate(t.truth_label, { value: pp(truths.beta) }),
      rows: chartRows,
    },
  };
}
