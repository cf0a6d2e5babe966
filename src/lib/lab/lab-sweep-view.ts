import type { FigureContext } from '../figures/figure-model';
import { fillTemplate } from '../format/fill-template';
import { numberFormatter } from '../format/number-formatter';
import { WEAK_INSTRUMENT_F } from './instrument-strength';
import { ESTIMATOR_STYLE } from './lab-chart-style';
import { INTERVAL_LEVEL, type LabSweep, type ReplicationSummary } from './lab-replication';
import type { LabTruths } from './lab-sample-params';
import type { LabStrings } from './lab-strings';
import type { LabSweepSeries } from './lab-sweep-svg';
import { formatF, labSizeWarningTexts, type LabTextView } from './lab-view';

/** One point of a sweep: the swept parameter's value and the summary of its runs. */
export interface LabSweepPoint {
  value: number;
  summary: ReplicationSummary;
}

/** A sweep's chart panel: its series and the options that differ between bias and coverage. */
export interface LabSweepPanel {
  title: string;
  alt: string;
  yLabel: string;
  yDomain: readonly [number, number] | null;
  reference: { value: number; label: string };
  series: LabSweepSeries[];
}

/** A sweep ready to show: the same on the server and after the runs in the browser. */
export interface LabSweepView extends LabTextView {
  chart: { caption: string; xs: number[]; xLabel: string; integerX: boolean; bias: LabSweepPanel; coverage: LabSweepPanel };
}

const BELIEF = ['naive', 'ols', 'iv'] as const;

/** The same experiment over a range of one parameter: each estimator's bias and coverage against it. */
export function labSweepView(points: readonly LabSweepPoint[], sweep: LabSweep, truths: LabTruths, context: FigureContext<LabStrings>): LabSweepView {
  const t = context.strings.lab;
  const s = t.sweep;
  const format = numberFormatter(context.locale);
  const pp = (v: number) => format.signed(v, 2);
  const integerX = sweep.param === 'persons';
  const xText = (v: number) => (integerX ? format.count(v) : format.decimal(v));
  const pct = (v: number | null) => (v == null ? '–' : format.percent(v * 100, 0));
  const xs = points.map((p) => p.value);
  const paramLabel = s.params[sweep.param];
  const series = (pick: (summary: ReplicationSummary, key: (typeof BELIEF)[number]) => number | null): LabSweepSeries[] =>
    BELIEF.map((key) => ({ label: t.chart_labels[key], ...ESTIMATOR_STYLE[key], values: points.map((p) => pick(p.summary, key)) }));
  const biasSeries = series((summary, key) => summary[key].bias);
  const coverageSeries = series((summary, key) => (summary[key].coverage == null ? null : summary[key].coverage! * 100));
  const describe = (list: LabSweepSeries[], text: (v: number) => string) =>
    list.map((line) => `${line.label}: ${line.values.map((v, i) => `${xText(xs[i]!)} → ${v == null ? '–' : text(v)}`).join(', ')}`).join('; ');
  const noIv = points.filter((p) => p.summary.iv.estimated === 0).map((p) => xText(p.value));
  const first = String(truths.seed);
  const last = String(truths.seed + sweep.runs - 1);
  return {
    heading: fillTemplate(s.heading, {
      param: paramLabel.toLowerCase(),
      from: xText(sweep.from),
      to: xText(sweep.to),
      points: format.count(points.length),
      runs: format.count(sweep.runs),
      first,
      last,
    }),
    summary: fillTemplate(s.summary, { param: paramLabel.toLowerCase(), from: xText(sweep.from), to: xText(sweep.to), points: format.count(points.length), runs: format.count(sweep.runs) }),
    warnings: [
      ...(noIv.length > 0 ? [fillTemplate(s.no_iv, { values: noIv.join(', '), threshold: format.count(WEAK_INSTRUMENT_F) })] : []),
      // Too few clients per caseworker at any point of the sweep (a sweep over persons can start below).
      ...new Set((sweep.param === 'persons' ? xs.map((persons) => ({ ...truths, persons })) : [truths]).flatMap((size) => labSizeWarningTexts(size, context))),
    ],
    table: {
      head: [paramLabel, s.col_bias_naive, s.col_bias_ols, s.col_bias_iv, s.col_coverage_naive, s.col_coverage_ols, s.col_coverage_iv, s.col_iv_runs, s.col_median_f],
      rows: points.map((p) => [
        xText(p.value),
        ...BELIEF.map((key) => (p.summary[key].bias == null ? '–' : pp(p.summary[key].bias!))),
        ...BELIEF.map((key) => pct(p.summary[key].coverage)),
        fillTemplate(t.repeat.estimated_value, { estimated: format.count(p.summary.iv.estimated), runs: format.count(p.summary.iv.runs) }),
        p.summary.medianF == null ? '–' : formatF(format, p.summary.medianF),
      ]),
    },
    notes: [
      fillTemplate(s.fixed_note, {
        values: new Intl.ListFormat(context.locale, { type: 'conjunction' }).format(
          (['beta', 'alpha', 'spread', 'persons', 'caseworkers'] as const)
            .filter((name) => name !== sweep.param)
            .map((name) => fillTemplate(s.fixed[name], { value: name === 'beta' ? pp(truths.beta) : name === 'persons' || name === 'caseworkers' ? format.count(truths[name]) : format.decimal(truths[name]) })),
        ),
      }),
      fillTemplate(s.seeds_note, { first, last }),
      fillTemplate(s.iv_note, { threshold: format.count(WEAK_INSTRUMENT_F) }),
    ],
    chart: {
      caption: fillTemplate(s.chart_caption, { param: paramLabel.toLowerCase() }),
      xs,
      xLabel: paramLabel,
      integerX,
      bias: {
        title: s.bias_title,
        alt: fillTemplate(s.bias_alt, { param: paramLabel.toLowerCase(), series: describe(biasSeries, pp) }),
        yLabel: s.bias_y,
        yDomain: null,
        reference: { value: 0, label: s.bias_reference },
        series: biasSeries,
      },
      coverage: {
        title: s.coverage_title,
        alt: fillTemplate(s.coverage_alt, { param: paramLabel.toLowerCase(), series: describe(coverageSeries, (v) => format.percent(v, 0)) }),
        yLabel: s.coverage_y,
        yDomain: [0, 100],
        reference: { value: INTERVAL_LEVEL * 100, label: s.coverage_reference },
        series: coverageSeries,
      },
    },
  };
}
