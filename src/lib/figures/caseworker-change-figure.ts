import { CASEWORKER_CHANGE_PERSONS_PIPELINE, CASEWORKER_CHANGE_RATES_PIPELINE, caseworkerChangeSummary } from '../analysis/caseworker-change-summary';
import { caseworkerChangeChart, type ChangeBar, type PanelNote } from '../charts/caseworker-change-chart';
import { publishedFigure } from '../data/published';
import type { Outcome } from '../data/sample-columns';
import { fillTemplate } from '../format/fill-template';
import { numberFormatter } from '../format/number-formatter';
import { altSeries, cellText, figureModel, kindColumn, percentOrNull, type FigureColumn } from './figure-columns';
import { SOURCE_CONTROL, defineFigure, type FigureContext, type FigureControl } from './figure-model';
import { shortOutcomes } from './short-outcomes';
import { sourceLine } from './source-line';

/**
 * The outcome shown in the sample view. The published view always shows both outcomes side by side
 * (Tabell 1 gives both), so the choice applies to the sample only.
 */
export const CHANGE_OUTCOME_CONTROL: FigureControl = {
  name: 'change_outcome',
  values: ['job_52w', 'job_or_edu_52w'],
  defaultValue: 'job_52w',
  sampleOnly: true,
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

/** One outcome of Tabell 1 in per cent and percentage points. */
interface PublishedRow {
  outcome: Outcome;
  label: string;
  base: number;
  after: number;
  effect: number;
  rel: number;
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
 * average and the rate after one change, with the drop in points and per cent. Sample view: the rate
 * by number of changes before the answer (0, 1, 2, 3+) with Wilson intervals, for one outcome.
 */
export const caseworkerChangeFigure = defineFigure({
  id: 'caseworker-change',
  controls: [SOURCE_CONTROL, CHANGE_OUTCOME_CONTROL],

  published(_view, context) {
    const { strings } = context;
    const text = strings.figures['caseworker-change'];
    const format = numberFormatter(context.locale);
    const { pp, relative } = changeFormats(context);
    const outcomes: PublishedRow[] = (['job_52w', 'job_or_edu_52w'] as const).map((outcome) => {
      const ids = PUBLISHED[outcome];
      const value = (id: keyof typeof ids) => publishedFigure(ids[id]).value;
      return { outcome, label: strings.outcomes[outcome], base: value('base'), after: value('after'), effect: value('effect'), rel: value('relative') };
    });
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
      note: '',
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
