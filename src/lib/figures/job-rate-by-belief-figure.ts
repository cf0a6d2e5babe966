import { JOB_RATE_BY_BELIEF_PIPELINE, jobRateByBelief } from '../analysis/job-rate-by-belief';
import { jobRateByBeliefChart, type BeliefRateBar } from '../charts/job-rate-by-belief-chart';
import type { FigureSource } from '../charts/palette';
import { publishedFigure } from '../data/published';
import { BELIEF_LEVELS, type Outcome } from '../data/sample-columns';
import { fillTemplate } from '../format/fill-template';
import { numberFormatter } from '../format/number-formatter';
import { altSeries, figureModel, kindColumn, percentOrNull, type FigureColumn } from './figure-columns';
import { OUTCOME_CONTROL, SOURCE_CONTROL, defineFigure, viewOutcome, type FigureContext, type FigureModel } from './figure-model';
import { sourceLine } from './source-line';

/** A bar with its belief level and group size (the size only in the sample view). */
type Bar = BeliefRateBar & { belief: number; n?: number };

const PUBLISHED_IDS = ['job_rate_belief_1', 'job_rate_belief_2', 'job_rate_belief_3', 'job_rate_belief_4', 'job_rate_belief_5'] as const;

/** Both views: the bars in the table, CSV, alt text and chart, and the takeaway from the first and last bar. */
function model(
  context: FigureContext,
  source: FigureSource,
  outcome: Outcome,
  bars: Bar[],
  parts: Pick<FigureModel, 'sourceLine' | 'how'>,
): FigureModel {
  const text = context.strings.figures['job-rate-by-belief'];
  const format = numberFormatter(context.locale);
  const outcomeLabel = context.strings.outcomes[outcome].toLowerCase();
  const columns: FigureColumn<Bar>[] = [
    { key: 'belief', csv: (b) => b.belief },
    { key: 'answer', head: text.col_answer, format: (b) => b.label, csv: (b) => b.label },
    { key: 'outcome', csv: () => outcome },
    { key: 'rate_percent', head: text.col_rate, format: (b) => b.text, csv: (b) => b.rate },
    { key: 'interval', head: text.col_interval, format: (b) => format.percentRange(b.low, b.high), sampleOnly: true },
    { key: 'low_percent', csv: (b) => b.low },
    { key: 'high_percent', csv: (b) => b.high },
    { key: 'n', head: text.col_n, format: (b) => format.count(b.n ?? 0), csv: (b) => b.n, sampleOnly: true },
    kindColumn(() => source),
  ];
  const rows = { rows: bars, columns };
  const alt = fillTemplate(text.alt, { outcome: outcomeLabel, series: altSeries(rows, ['answer', 'rate_percent']) });
  const ends = { top: bars[bars.length - 1]!.text, bottom: bars[0]!.text };
  return figureModel({
    ...rows,
    caption: outcome === 'job_52w' ? text.caption : text.caption_edu,
    takeaway: source === 'sample' ? fillTemplate(text.takeaway_sample, { ...ends, outcome: outcomeLabel }) : fillTemplate(text.takeaway_published, ends),
    alt,
    kind: source,
    ...parts,
    note: '',
    plot: (width) => jobRateByBeliefChart(bars, { width, source, xLabel: text.x_label, yLabel: text.y_label, ariaDescription: alt, locale: context.locale }),
  });
}

/** Share in a job (or job or education) one year later by the caseworker's answer: seed Tabell 2, or the sample. */
export const jobRateByBeliefFigure = defineFigure({
  id: 'job-rate-by-belief',
  controls: [SOURCE_CONTROL, OUTCOME_CONTROL],

  // The report publishes this table for jobs only, so the outcome choice applies to the sample only.
  published(_view, context) {
    const format = numberFormatter(context.locale);
    const labels = context.strings.belief_levels;
    const bars: Bar[] = PUBLISHED_IDS.map((id, i) => {
      const value = publishedFigure(id).value;
      return { belief: BELIEF_LEVELS[i]!, label: labels[i] ?? String(i + 1), rate: value, text: format.percent(value, 1) };
    });
    return model(context, 'published', 'job_52w', bars, { sourceLine: sourceLine(context, 'Tabell 2', null), how: null });
  },

  sample(view, sample, context) {
    const format = numberFormatter(context.locale);
    const outcome = viewOutcome(view);
    const bars: Bar[] = jobRateByBelief(sample, outcome).map((row) => {
      const rate = (row.rate ?? 0) * 100;
      return {
        belief: row.belief,
        label: context.strings.belief_levels[row.belief - 1] ?? String(row.belief),
        rate,
        low: percentOrNull(row.low),
        high: percentOrNull(row.high),
        text: row.rate == null ? '–' : format.percent(rate, 1),
        n: row.n,
      };
    });
    return model(context, 'sample', outcome, bars, {
      sourceLine: sourceLine(context, 'Tabell 2', sample),
      how: { pipelines: [{ pipeline: JOB_RATE_BY_BELIEF_PIPELINE, params: { outcome } }] },
    });
  },
});
