import type { ColumnTable } from 'arquero';
import { caseworkerChangeEffect } from '../analysis/caseworker-change-effect';
import { CASEWORKER_CHANGE_PERSONS_PIPELINE, CASEWORKER_CHANGE_RATES_PIPELINE, caseworkerChangeSummary } from '../analysis/caseworker-change-summary';
import { runPipeline, type AfterStep, type Pipeline } from '../analysis/pipeline';
import { rateWithInterval } from '../analysis/rate-with-interval';
import { caseworkerChangeChart, type ChangeBar, type PanelNote } from '../charts/caseworker-change-chart';
import type { FigureSource } from '../charts/palette';
import { publishedFigure } from '../data/published';
import type { Outcome } from '../data/sample-columns';
import { fillTemplate } from '../format/fill-template';
import { numberFormatter } from '../format/number-formatter';
import { altSeries, approxColumn, cellText, figureModel, kindColumn, percentOrNull, type FigureColumn } from './figure-columns';
import { SOURCE_CONTROL, defineFigure, type FigureContext, type FigureControl, type FigureModel } from './figure-model';
import { shortOutcomes } from './short-outcomes';
import { sourceLine } from './source-line';

/**
 * How the sample view shows the sample: in Tabell 1's own shape beside the report's numbers
 * ('compare'), or as the rate by number of changes for one outcome ('by_changes').
 *
 * 'compare' is the default because switching from the report to the sample should change the numbers,
 * not the kind of chart: the reader sees at once whether the sample reproduces Tabell 1, for both
 * outcomes, the way the report states it (average, after one change, the drop). The rate by number of
 * changes answers a different question (is the drop linear?) and stays one choice away.
 */
export const CHANGE_VIEW_CONTROL: FigureControl = {
  name: 'change_view',
  values: ['compare', 'by_changes'],
  defaultValue: 'compare',
  sampleOnly: true,
};

/**
 * The outcome shown in the sample's view by number of changes. The published view and the comparison
 * show both outcomes side by side (Tabell 1 gives both), so the choice applies to that view only.
 */
export const CHANGE_OUTCOME_CONTROL: FigureControl = {
  name: 'change_outcome',
  values: ['job_52w', 'job_or_edu_52w'],
  defaultValue: 'job_52w',
  sampleOnly: true,
  onlyWhen: { control: 'change_view', value: 'by_changes' },
};

/** Answers after this many changes or more are pooled in the sample view ("3+"). */
export const CHANGE_TOP_CODE = 3;

const PUBLISHED = {
  job_52w: { base: 'base_rate_job', effect: 'change_effect_job', after: 'change_rate_after_job', relative: 'change_relative_job' },
  job_or_edu_52w: {
    base: 'base_rate_job_or_edu',
    effect: 'change_effect_job_or_edu',
    after: 'change_rate_after_job_or_edu',
    relative: 'change_relative_job_or_edu',
  },
} as const;

/** One outcome of Tabell 1 in per cent and percentage points; the intervals only for the sample's row. */
interface PublishedRow {
  outcome: Outcome;
  label: string;
  base: number;
  after: number;
  effect: number;
  rel: number;
  kind?: FigureSource;
  baseLow?: number | null;
  baseHigh?: number | null;
  effectLow?: number | null;
  effectHigh?: number | null;
}

const OUTCOMES = ['job_52w', 'job_or_edu_52w'] as const;

/** The sample's averages: all answers, and how many were followed by each outcome. */
export const CASEWORKER_CHANGE_BASE_PIPELINE: Pipeline = {
  id: 'caseworker-change-base',
  input: 'sample',
  steps: [
    {
      id: 'count_both_outcomes',
      verb: 'rollup',
      values: { n: 'op.count()', ...Object.fromEntries(OUTCOMES.map((outcome) => [outcome, `op.sum(d.${outcome})`])) },
    },
  ],
  after: [{ id: 'base_rate_interval', note: 'rateWithInterval(positives, n) for each outcome: the average with its Wilson interval' }],
};

/** Tabell 1's effect per change, estimated on the sample as the method defines it (src/lib/stats). */
export const CHANGE_EFFECT_STEP: AfterStep = {
  id: 'change_effect_estimate',
  note: 'caseworkerChangeEffect(sample, { outcome }) for each outcome: linear probability model of the outcome on caseworker_changes, controls and job-centre fixed effects, SEs clustered by caseworker; after one change = average + effect',
};

// The two regressions take tens of milliseconds; their results are kept for as long as the table lives.
const sampleTables = new WeakMap<ColumnTable, PublishedRow[]>();

/**
 * Tabell 1 computed on the sample, for both outcomes: the average with its Wilson interval, and the
 * rate after one change as the average plus the effect per change of the linear probability model
 * with controls and job-centre fixed effects (caseworkerChangeEffect), with the effect's interval.
 */
function sampleTabell1(sample: ColumnTable, labels: Readonly<Record<Outcome, string>>): PublishedRow[] {
  const cached = sampleTables.get(sample);
  if (cached) return cached;
  const [counts] = runPipeline(sample, CASEWORKER_CHANGE_BASE_PIPELINE).objects() as Array<Record<string, number | undefined>>;
  const n = counts?.n ?? 0;
  const rows = OUTCOMES.map((outcome): PublishedRow => {
    const average = rateWithInterval(counts?.[outcome] ?? 0, n);
    const fit = caseworkerChangeEffect(sample, { outcome });
    const base = (average.rate ?? 0) * 100;
    const effect = fit.coefficient * 100;
    return {
      outcome,
      label: labels[outcome],
      kind: 'sample',
      base,
      baseLow: percentOrNull(average.low),
      baseHigh: percentOrNull(average.high),
      after: base + effect,
      effect,
      effectLow: fit.low * 100,
      effectHigh: fit.high * 100,
      rel: base > 0 ? (effect / base) * 100 : 0,
    };
  });
  sampleTables.set(sample, rows);
  return rows;
}

/** Tabell 1 as published.json gives it, both outcomes. */
function publishedTabell1(labels: Readonly<Record<Outcome, string>>): PublishedRow[] {
  return OUTCOMES.map((outcome) => {
    const ids = PUBLISHED[outcome];
    const value = (id: keyof typeof ids) => publishedFigure(ids[id]).value;
    return { outcome, label: labels[outcome], kind: 'published', base: value('base'), after: value('after'), effect: value('effect'), rel: value('relative') };
  });
}

/** One number of changes in the sample: the bar, plus the rate as computed (null for nobody) and the count. */
type SampleRow = ChangeBar & { changes: number; orMore: boolean; ratePercent: number | null; n: number };

/** "−1,3 p.e." and "−22 %", as Tabell 1 writes the drop. */
function changeFormats(context: FigureContext) {
  const format = numberFormatter(context.locale);
  return {
    pp: (value: number) => fillTemplate(context.strings.units.pp_short, { value: format.signed(value, 1) }),
    relative: (value: number) => format.signedPercent(value, 0),
  };
}

/**
 * Caseworker changes and the chance of a job (seed Tabell 1). Published view: both outcomes, the
 * average and the rate after one change, with the drop in points and per cent. Sample view, as the
 * reader chooses: the same numbers computed on the sample beside the report's (the default), or the
 * rate by number of changes before the answer (0, 1, 2, 3+) with Wilson intervals, for one outcome.
 */
export const caseworkerChangeFigure = defineFigure({
  id: 'caseworker-change',
  controls: [SOURCE_CONTROL, CHANGE_VIEW_CONTROL, CHANGE_OUTCOME_CONTROL],

  published(_view, context) {
    const { strings } = context;
    const text = strings.figures['caseworker-change'];
    const format = numberFormatter(context.locale);
    const { pp, relative } = changeFormats(context);
    const outcomes = publishedTabell1(strings.outcomes);
    const columns: FigureColumn<PublishedRow>[] = [
      { key: 'outcome', head: text.col_outcome, format: (o) => o.label, csv: (o) => o.outcome },
      { key: 'base_percent', head: text.col_before, format: (o) => format.percent(o.base, 0), csv: (o) => o.base },
      { key: 'after_one_change_percent', head: text.col_after, format: (o) => format.percent(o.after, 1), csv: (o) => o.after },
      { key: 'change_pp', head: text.col_change, format: (o) => pp(o.effect), csv: (o) => o.effect },
      { key: 'change_relative_percent', head: text.col_relative, format: (o) => relative(o.rel), csv: (o) => o.rel },
      kindColumn(() => 'published'),
    ];
    const bars: ChangeBar[] = outcomes.flatMap((o) => [
      { panel: o.label, label: text.before, rate: o.base, text: format.percent(o.base, 0), reference: true },
      { panel: o.label, label: text.after, rate: o.after, text: format.percent(o.after, 1) },
    ]);
    const notes: PanelNote[] = outcomes.map((o) => ({ panel: o.label, text: fillTemplate(text.drop, { pp: pp(o.effect), relative: relative(o.rel) }) }));
    // The alt text and takeaway state both outcomes as the table writes them.
    const values: Record<string, string> = {};
    for (const o of outcomes) {
      const prefix = o.outcome === 'job_52w' ? 'job' : 'edu';
      values[`${prefix}_before`] = cellText(columns, 'base_percent', o);
      values[`${prefix}_after`] = cellText(columns, 'after_one_change_percent', o);
      values[`${prefix}_pp`] = cellText(columns, 'change_pp', o);
      values[`${prefix}_relative`] = cellText(columns, 'change_relative_percent', o);
    }
    const alt = fillTemplate(text.alt_published, values);
    return figureModel({
      rows: outcomes,
      columns,
      caption: text.caption,
      takeaway: fillTemplate(text.takeaway_published, values),
      alt,
      kind: 'published',
      sourceLine: sourceLine(context, 'Tabell 1', null),
      note: text.note_published,
      plot: (width) =>
        caseworkerChangeChart(bars, { width, source: 'published', yLabel: text.y_label, xLabel: null, notes, ariaDescription: alt, shortPanels: shortOutcomes(strings), locale: context.locale }),
    });
  },

  sample(view, sample, context) {
    if (view.change_view !== 'by_changes') return compareView(sample, context);
    const { strings } = context;
    const text = strings.figures['caseworker-change'];
    const format = numberFormatter(context.locale);
    const outcome: Outcome = view.change_outcome === 'job_or_edu_52w' ? 'job_or_edu_52w' : 'job_52w';
    const outcomeLabel = strings.outcomes[outcome].toLowerCase();
    const summary = caseworkerChangeSummary(sample, outcome, { topCode: CHANGE_TOP_CODE });
    const rows: SampleRow[] = summary.byChanges.map((row) => ({
      panel: '',
      label: row.orMore ? `${row.changes}+` : String(row.changes),
      rate: (row.rate ?? 0) * 100,
      ratePercent: percentOrNull(row.rate),
      low: percentOrNull(row.low),
      high: percentOrNull(row.high),
      text: row.rate == null ? '–' : format.percent(row.rate * 100, 1),
      changes: row.changes,
      orMore: row.orMore,
      n: row.n,
    }));
    const columns: FigureColumn<SampleRow>[] = [
      {
        key: 'changes',
        head: text.col_changes,
        format: (r) => (r.orMore ? fillTemplate(text.or_more, { value: String(r.changes) }) : String(r.changes)),
        csv: (r) => r.label,
        alt: (r) => r.label,
      },
      { key: 'outcome', csv: () => outcome },
      { key: 'rate_percent', head: text.col_rate, format: (r) => r.text, csv: (r) => r.ratePercent },
      { key: 'interval', head: text.col_interval, format: (r) => format.percentRange(r.low, r.high) },
      { key: 'low_percent', csv: (r) => r.low },
      { key: 'high_percent', csv: (r) => r.high },
      { key: 'n', head: text.col_n, format: (r) => format.count(r.n), csv: (r) => r.n },
      kindColumn(() => 'sample'),
    ];
    const alt = fillTemplate(text.alt_sample, { outcome: outcomeLabel, series: altSeries({ rows, columns }, ['changes', 'rate_percent'], ': ') });
    return figureModel({
      rows,
      columns,
      caption: fillTemplate(text.caption_sample, { outcome: outcomeLabel }),
      takeaway: fillTemplate(text.takeaway_sample, {
        share: format.percent((summary.shareWithChange ?? 0) * 100, 1),
        outcome: outcomeLabel,
        zero: rows[0]?.text ?? '–',
        one: rows[1]?.text ?? '–',
      }),
      alt,
      kind: 'sample',
      sourceLine: sourceLine(context, 'Tabell 1', sample),
      // Descriptive rates: say so, since they differ from the effect the report (and the comparison) gives.
      note: text.note_by_changes,
      how: {
        pipelines: [
          { pipeline: CASEWORKER_CHANGE_PERSONS_PIPELINE },
          { pipeline: CASEWORKER_CHANGE_RATES_PIPELINE, params: { outcome, top_code: CHANGE_TOP_CODE } },
        ],
      },
      plot: (width) =>
        caseworkerChangeChart(rows, { width, source: 'sample', yLabel: text.y_label, xLabel: text.x_label_sample, ariaDescription: alt, shortPanels: shortOutcomes(strings), locale: context.locale }),
    });
  },
});

/**
 * The sample beside the report in Tabell 1's own shape: for each outcome the report's row, then the
 * sample's (average with its Wilson interval, after one change with the effect's interval, the drop in
 * points and per cent). Every row says its kind and its source in the table and the CSV.
 */
function compareView(sample: ColumnTable, context: FigureContext): FigureModel {
  const { strings } = context;
  const text = strings.figures['caseworker-change'];
  const format = numberFormatter(context.locale);
  const { pp, relative } = changeFormats(context);
  const reported = publishedTabell1(strings.outcomes);
  const computed = sampleTabell1(sample, strings.outcomes);
  // By outcome, the report's row first: the order the table, the CSV, the alt text and the chart read in.
  const rows = OUTCOMES.flatMap((_, i) => [reported[i]!, computed[i]!]);
  const reportSource = sourceLine(context, 'Tabell 1', null);
  const sampleSource = sourceLine(context, 'Tabell 1', sample);
  const isSample = (r: PublishedRow) => r.kind === 'sample';
  // The report's numbers as it writes them (6 %); the sample's with one decimal.
  const baseText = (r: PublishedRow) => format.percent(r.base, isSample(r) ? 1 : 0);
  const afterText = (r: PublishedRow) => format.percent(r.after, 1);
  const afterLow = (r: PublishedRow) => (r.effectLow == null ? null : r.base + r.effectLow);
  const afterHigh = (r: PublishedRow) => (r.effectHigh == null ? null : r.base + r.effectHigh);
  const withInterval = (value: string, low: number | null | undefined, high: number | null | undefined) =>
    low == null || high == null ? value : `${value} (${format.percentRange(low, high)})`;
  const columns: FigureColumn<PublishedRow>[] = [
    { key: 'outcome', head: text.col_outcome, format: (r) => r.label, csv: (r) => r.outcome },
    { key: 'kind_label', head: text.col_kind, format: (r) => (isSample(r) ? text.kind_sample : text.kind_published) },
    {
      key: 'base_percent',
      head: `${text.col_before} (${text.col_interval})`,
      format: (r) => withInterval(baseText(r), r.baseLow, r.baseHigh),
      csv: (r) => r.base,
      alt: baseText,
    },
    { key: 'base_low_percent', csv: (r) => r.baseLow },
    { key: 'base_high_percent', csv: (r) => r.baseHigh },
    {
      key: 'after_one_change_percent',
      head: `${text.col_after} (${text.col_interval})`,
      format: (r) => withInterval(afterText(r), afterLow(r), afterHigh(r)),
      csv: (r) => r.after,
      alt: afterText,
    },
    { key: 'after_low_percent', csv: afterLow },
    { key: 'after_high_percent', csv: afterHigh },
    { key: 'change_pp', head: text.col_change, format: (r) => pp(r.effect), csv: (r) => r.effect },
    { key: 'change_low_pp', csv: (r) => r.effectLow },
    { key: 'change_high_pp', csv: (r) => r.effectHigh },
    { key: 'change_relative_percent', head: text.col_relative, format: (r) => relative(r.rel), csv: (r) => r.rel },
    kindColumn((r) => r.kind ?? 'published'),
    approxColumn(() => undefined),
    { key: 'source', csv: (r) => (isSample(r) ? sampleSource : reportSource) },
  ];
  const bars: ChangeBar[] = rows.flatMap((r) => [
    { panel: r.label, kind: r.kind, label: text.before, rate: r.base, low: r.baseLow, high: r.baseHigh, text: baseText(r), reference: true },
    { panel: r.label, kind: r.kind, label: text.after, rate: r.after, low: afterLow(r), high: afterHigh(r), text: afterText(r) },
  ]);
  const notes: PanelNote[] = rows.map((r) => ({ panel: r.label, kind: r.kind, text: fillTemplate(text.drop, { pp: pp(r.effect), relative: relative(r.rel) }) }));
  const values: Record<string, string> = {};
  for (const r of rows) {
    const prefix = `${isSample(r) ? 's_' : ''}${r.outcome === 'job_52w' ? 'job' : 'edu'}`;
    values[`${prefix}_before`] = baseText(r);
    values[`${prefix}_after`] = afterText(r);
    values[`${prefix}_pp`] = pp(r.effect);
    values[`${prefix}_relative`] = relative(r.rel);
  }
  const ppLong = (r: PublishedRow) => fillTemplate(strings.units.pp, { value: format.decimal(Math.abs(r.effect), 1) });
  const [job, edu] = computed as [PublishedRow, PublishedRow];
  const [reportJob, reportEdu] = reported as [PublishedRow, PublishedRow];
  const alt = fillTemplate(text.alt_compare, values);
  const kinds = { published: text.kind_published, sample: text.kind_sample };
  return figureModel({
    rows,
    columns,
    caption: text.caption_compare,
    takeaway: fillTemplate(text.takeaway_compare, {
      job_pp: ppLong(job),
      job_relative: relative(job.rel),
      edu_pp: ppLong(edu),
      edu_relative: relative(edu.rel),
      pub_job_pp: ppLong(reportJob),
      pub_edu_pp: ppLong(reportEdu),
    }),
    alt,
    kind: 'sample',
    sourceLine: `${reportSource} ${sampleSource}`,
    note: text.note_compare,
    how: { pipelines: [{ pipeline: CASEWORKER_CHANGE_BASE_PIPELINE }], after: [CHANGE_EFFECT_STEP] },
    plot: (width) =>
      caseworkerChangeChart(bars, { width, source: 'sample', yLabel: text.y_label, xLabel: null, notes, kinds, ariaDescription: alt, shortPanels: shortOutcomes(strings), locale: context.locale }),
  });
}
