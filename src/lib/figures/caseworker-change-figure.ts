import { shortOutcomes } from './short-outcomes';
import { csvFormat } from 'd3';
import type { ColumnTable } from 'arquero';
import { caseworkerChangeSummary } from '../analysis/caseworker-change-summary';
import { caseworkerChangeChart, type ChangeBar, type PanelNote } from '../charts/caseworker-change-chart';
import { publishedFigure } from '../data/published';
import type { Outcome } from '../data/sample-columns';
import { fillTemplate } from '../format/fill-template';
import { numberFormatter } from '../format/number-formatter';
import { SOURCE_CONTROL, viewSource, type FigureControl } from './figure-model';
import type { FigureContext, FigureModel, FigureSpec, FigureView } from './figure-model';
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

/**
 * Caseworker changes and the chance of a job (seed Tabell 1). Published view: both outcomes, the
 * average and the rate after one change, with the drop in points and per cent. Sample view: the rate
 * by number of changes before the answer (0, 1, 2, 3+) with Wilson intervals, for one outcome.
 */
export const caseworkerChangeFigure: FigureSpec = {
  id: 'caseworker-change',
  controls: [SOURCE_CONTROL, CHANGE_OUTCOME_CONTROL],
  build(view: FigureView, sample: ColumnTable | null, context: FigureContext): FigureModel {
    const { strings, locale } = context;
    const text = strings.figures['caseworker-change'];
    const format = numberFormatter(locale);
    const source = viewSource(view);
    if (source === 'sample' && !sample) throw new Error('the sample view needs the sample table');
    const pp = (value: number) => fillTemplate(strings.units.pp_short, { value: format.signed(value, 1) });
    const relative = (value: number) => `${format.signed(value, 0)} %`;

    if (source === 'published') {
      const outcomes = (['job_52w', 'job_or_edu_52w'] as const).map((outcome) => {
        const ids = PUBLISHED[outcome];
        const base = publishedFigure(ids.base).value;
        const after = publishedFigure(ids.after).value;
        const effect = publishedFigure(ids.effect).value;
        const rel = publishedFigure(ids.relative).value;
        return { outcome, label: strings.outcomes[outcome], base, after, effect, rel };
      });
      const bars: ChangeBar[] = outcomes.flatMap((o) => [
        { panel: o.label, label: text.before, rate: o.base, text: format.percent(o.base, 0), reference: true },
        { panel: o.label, label: text.after, rate: o.after, text: format.percent(o.after, 1) },
      ]);
      const notes: PanelNote[] = outcomes.map((o) => ({
        panel: o.label,
        text: fillTemplate(text.drop, { pp: pp(o.effect), relative: relative(o.rel) }),
      }));
      const [job, edu] = outcomes as [(typeof outcomes)[0], (typeof outcomes)[0]];
      const values = {
        job_before: format.percent(job.base, 0),
        job_after: format.percent(job.after, 1),
        job_pp: pp(job.effect),
        job_relative: relative(job.rel),
        edu_before: format.percent(edu.base, 0),
        edu_after: format.percent(edu.after, 1),
        edu_pp: pp(edu.effect),
        edu_relative: relative(edu.rel),
      };
      const alt = fillTemplate(text.alt_published, values);
      return {
        caption: text.caption,
        takeaway: fillTemplate(text.takeaway_published, values),
        alt,
        table: {
          head: [text.col_outcome, text.col_before, text.col_after, text.col_change, text.col_relative],
          rows: outcomes.map((o) => [o.label, format.percent(o.base, 0), format.percent(o.after, 1), pp(o.effect), relative(o.rel)]),
        },
        csv: csvFormat(
          outcomes.map((o) => ({
            outcome: o.outcome,
            base_percent: o.base,
            after_one_change_percent: o.after,
            change_pp: o.effect,
            change_relative_percent: o.rel,
            kind: 'published',
          })),
        ),
        kind: 'published',
        sourceLine: sourceLine(context, 'Tabell 1', null),
        note: text.note_published,
        plot: (width) =>
          caseworkerChangeChart(bars, { width, source, yLabel: text.y_label, xLabel: null, notes, ariaDescription: alt, shortPanels: shortOutcomes(context.strings) }),
      };
    }

    const outcome: Outcome = view.change_outcome === 'job_or_edu_52w' ? 'job_or_edu_52w' : 'job_52w';
    const outcomeLabel = strings.outcomes[outcome].toLowerCase();
    const summary = caseworkerChangeSummary(sample!, outcome, { topCode: CHANGE_TOP_CODE });
    const changesLabel = (changes: number, orMore: boolean) => (orMore ? `${changes}+` : String(changes));
    const bars: ChangeBar[] = summary.byChanges.map((row) => {
      const rate = (row.rate ?? 0) * 100;
      return {
        panel: '',
        label: changesLabel(row.changes, row.orMore),
        rate,
        low: row.low == null ? null : row.low * 100,
        high: row.high == null ? null : row.high * 100,
        text: row.rate == null ? '–' : format.percent(rate, 1),
      };
    });
    const interval = (b: ChangeBar) => format.percentRange(b.low, b.high);
    const alt = fillTemplate(text.alt_sample, {
      outcome: outcomeLabel,
      series: bars.map((b) => `${b.label}: ${b.text}`).join(', '),
    });
    return {
      caption: fillTemplate(text.caption_sample, { outcome: outcomeLabel }),
      takeaway: fillTemplate(text.takeaway_sample, {
        share: format.percent((summary.shareWithChange ?? 0) * 100, 1),
        outcome: outcomeLabel,
        zero: bars[0]?.text ?? '–',
        one: bars[1]?.text ?? '–',
      }),
      alt,
      table: {
        head: [text.col_changes, text.col_rate, text.col_interval, text.col_n],
        rows: summary.byChanges.map((row, i) => [
          row.orMore ? fillTemplate(text.or_more, { value: String(row.changes) }) : String(row.changes),
          bars[i]!.text,
          interval(bars[i]!),
          format.count(row.n),
        ]),
      },
      csv: csvFormat(
        summary.byChanges.map((row) => ({
          changes: changesLabel(row.changes, row.orMore),
          outcome,
          rate_percent: row.rate == null ? '' : round(row.rate * 100),
          low_percent: row.low == null ? '' : round(row.low * 100),
          high_percent: row.high == null ? '' : round(row.high * 100),
          n: row.n,
          kind: 'sample',
        })),
      ),
      kind: 'sample',
      sourceLine: sourceLine(context, 'Tabell 1', sample),
      note: '',
      plot: (width) =>
        caseworkerChangeChart(bars, { width, source, yLabel: text.y_label, xLabel: text.x_label_sample, ariaDescription: alt, shortPanels: shortOutcomes(context.strings) }),
    };
  },
};

/** Rounds to 4 decimals for CSV output, so files are stable and readable. */
function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
