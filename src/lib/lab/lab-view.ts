import type { LabChartRow } from '../charts/lab-estimates-svg';
import { MODEL_CONTROLS } from '../analysis/model-controls';
import type { FigureContext } from '../figures/figure-model';
import { fillTemplate } from '../format/fill-template';
import { numberFormatter, type NumberFormatter } from '../format/number-formatter';
import { displayedF, WEAK_INSTRUMENT_F } from './instrument-strength';
import { labSizeWarnings, MIN_CLIENTS_PER_CASEWORKER } from './lab-size-warnings';
import type { LabTruths } from './lab-sample-params';
import type { LabStrings } from './lab-strings';
import type { LabEstimate, LabResult } from './run-lab-experiment';

/**
 * From this first-stage F on, the page says the instrument is far stronger than real studies usually
 * have: at the lab's defaults (the optimism spread that reproduces Figur 4's thirds) F is in the thousands.
 */
export const VERY_STRONG_F = 1000;

/** The text every lab result shows, one run, repeated runs or a sweep: heading, summary, warnings, table, notes. */
export interface LabTextView {
  /** The truths and size this result is for. */
  heading: string;
  summary: string;
  /** Problems that change how the result must be read (weak instrument, too few clients): shown first, prominently. */
  warnings: string[];
  table: { head: string[]; rows: string[][] };
  notes: string[];
}

/** A lab result ready to show (the same on the server and after a run in the browser). */
export interface LabView extends LabTextView {
  chart: { caption: string; alt: string; truth: number; truthLabel: string; rows: LabChartRow[] };
}

/** A first-stage F in the page's words: one decimal (cut) under 10, whole from 10 on. */
export function formatF(format: NumberFormatter, f: number): string {
  return f < WEAK_INSTRUMENT_F ? format.decimal(displayedF(f), 1) : format.count(displayedF(f));
}

/** The size warnings for truths, in words (the form shows them as the reader types, the result repeats them). */
export function labSizeWarningTexts(truths: Pick<LabTruths, 'persons' | 'caseworkers'>, context: FigureContext<LabStrings>): string[] {
  const t = context.strings.lab;
  const format = numberFormatter(context.locale);
  return labSizeWarnings(truths).map((warning) =>
    fillTemplate(warning === 'more_caseworkers' ? t.warn_more_caseworkers : t.warn_few_clients, {
      persons: format.count(truths.persons),
      caseworkers: format.count(truths.caseworkers),
      clients: format.decimal(truths.persons / truths.caseworkers, 1),
      min: format.count(MIN_CLIENTS_PER_CASEWORKER),
    }),
  );
}

/** The controls of the adjusted models, named in the reader's language as a list ("a, b and c"). */
export function labControlsText(context: FigureContext<LabStrings>): string {
  const t = context.strings.lab;
  const names = MODEL_CONTROLS.map((term) => t.controls[term.name as keyof typeof t.controls] ?? term.name);
  return fillTemplate(t.controls_note, { list: new Intl.ListFormat(context.locale, { type: 'conjunction' }).format(names) });
}

/** What the 2SLS cell says when there is no estimate to show: weak instrument (with F), or none at all. */
export function ivMissingText(result: Pick<LabResult, 'ivStrength' | 'firstStageF'>, context: FigureContext<LabStrings>): string {
  const t = context.strings.lab;
  const format = numberFormatter(context.locale);
  const f = result.firstStageF;
  if (result.ivStrength === 'weak' && f != null) return fillTemplate(t.iv_weak, { f: formatF(format, f) });
  return f == null ? t.iv_none_missing : fillTemplate(t.iv_none, { f: formatF(format, f) });
}

/** The naive slope, OLS and 2SLS against the true β (and the change effect against δ), in words and numbers. */
export function labView(result: LabResult, context: FigureContext<LabStrings>): LabView {
  const t = context.strings.lab;
  const format = numberFormatter(context.locale);
  const pp = (v: number) => format.signed(v, 2);
  const ppUnit = (v: number) => fillTemplate(context.strings.units.pp_short, { value: pp(v) });
  const { truths } = result;
  // Only a strong instrument's 2SLS is a result, whatever the caller put in `iv`.
  const iv = result.ivStrength === 'strong' ? result.iv : null;
  const ivMissing = iv ? '' : ivMissingText(result, context);
  const row = (label: string, e: LabEstimate | null, truth: number, missing = t.missing) =>
    e ? [label, pp(e.value), `${pp(e.low)} – ${pp(e.high)}`, pp(truth), e.covers ? t.yes : t.no] : [label, missing, '–', pp(truth), '–'];
  const belief = [
    ['naive', result.naive],
    ['ols', result.ols],
    ['iv', iv],
  ] as const;
  const text = (e: LabEstimate | null) => (e ? fillTemplate(context.strings.units.pp, { value: pp(e.value) }) : t.missing);
  const chartRows: LabChartRow[] = belief
    .filter(([, e]) => e !== null)
    .map(([key, e]) => ({ label: t.chart_labels[key], value: e!.value, low: e!.low, high: e!.high, text: pp(e!.value) }));
  const f = result.firstStageF;
  const fText = f == null ? '' : formatF(format, f);
  const warnings = [
    ...(result.ivStrength === 'weak' ? [fillTemplate(t.weak_instrument, { f: fText, threshold: format.count(WEAK_INSTRUMENT_F) })] : []),
    ...(result.ivStrength === 'none' ? [f == null ? t.first_stage_missing : fillTemplate(t.no_instrument, { f: fText })] : []),
    ...labSizeWarningTexts(truths, context),
  ];
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
    summary: fillTemplate(t.summary, {
      truth: fillTemplate(context.strings.units.pp, { value: pp(truths.beta) }),
      naive: text(result.naive),
      ols: text(result.ols),
      iv: iv ? text(iv) : ivMissing,
    }),
    warnings,
    table: {
      head: [t.col_estimator, t.col_value, t.col_interval, t.col_truth, t.col_covers],
      rows: [
        row(t.estimators.naive, result.naive, truths.beta),
        row(t.estimators.ols, result.ols, truths.beta),
        row(t.estimators.iv, iv, truths.beta, ivMissing),
        row(t.estimators.change, result.change, truths.delta),
      ],
    },
    notes: [
      ...(f != null ? [fillTemplate(t.first_stage, { f: fText, threshold: format.count(WEAK_INSTRUMENT_F) })] : []),
      ...(f != null && f >= VERY_STRONG_F ? [fillTemplate(t.strong_instrument, { f: fText })] : []),
      labControlsText(context),
      t.interval_note,
    ],
    chart: {
      caption: t.chart_caption,
      alt: fillTemplate(t.chart_alt, {
        truth: ppUnit(truths.beta),
        series: [...chartRows.map((r) => `${r.label} ${r.text}`), ...(iv ? [] : [`${t.chart_labels.iv} ${ivMissing}`])].join(', '),
      }),
      truth: truths.beta,
      truthLabel: fillTemplate(t.truth_label, { value: pp(truths.beta) }),
      rows: chartRows,
    },
  };
}
