import { csvFormat } from 'd3';
import type { ColumnTable } from 'arquero';
import { jobRateByBelief } from '../analysis/job-rate-by-belief';
import { jobRateByBeliefChart, type BeliefRateBar } from '../charts/job-rate-by-belief-chart';
import { publishedFigure } from '../data/published';
import { BELIEF_LEVELS } from '../data/sample-columns';
import { fillTemplate } from '../format/fill-template';
import { numberFormatter } from '../format/number-formatter';
import { OUTCOME_CONTROL, SOURCE_CONTROL, viewOutcome, viewSource } from './figure-model';
import type { FigureContext, FigureModel, FigureSpec, FigureView } from './figure-model';
import { sourceLine } from './source-line';

/** A bar with the group size, which only the sample view has. */
type Bar = BeliefRateBar & { n?: number };

const PUBLISHED_IDS = ['job_rate_belief_1', 'job_rate_belief_2', 'job_rate_belief_3', 'job_rate_belief_4', 'job_rate_belief_5'] as const;

/** Share in a job (or job or education) one year later by the caseworker's answer: seed Tabell 2, or the sample. */
export const jobRateByBeliefFigure: FigureSpec = {
  id: 'job-rate-by-belief',
  controls: [SOURCE_CONTROL, OUTCOME_CONTROL],
  build(view: FigureView, sample: ColumnTable | null, context: FigureContext): FigureModel {
    const { strings, locale } = context;
    const text = strings.figures['job-rate-by-belief'];
    const format = numberFormatter(locale);
    const labels = strings.belief_levels;
    const source = viewSource(view);
    const useSample = source === 'sample';
    // The report publishes this table for jobs only; any other outcome needs the sample.
    const outcome = useSample ? viewOutcome(view) : 'job_52w';
    const outcomeLabel = strings.outcomes[outcome];
    if (useSample && !sample) throw new Error('the sample view needs the sample table');

    const bars: Bar[] = useSample
      ? jobRateByBelief(sample!, outcome).map((row) => {
          const rate = (row.rate ?? 0) * 100;
          return {
            label: labels[row.belief - 1] ?? String(row.belief),
            rate,
            low: row.low == null ? null : row.low * 100,
            high: row.high == null ? null : row.high * 100,
            text: row.rate == null ? '–' : format.percent(rate, 1),
            n: row.n,
          };
        })
      : PUBLISHED_IDS.map((id, i) => {
          const value = publishedFigure(id).value;
          return { label: labels[i] ?? String(i + 1), rate: value, text: format.percent(value, 1) };
        });

    const first = bars[0]!;
    const last = bars[bars.length - 1]!;
    const takeaway = useSample
      ? fillTemplate(text.takeaway_sample, { top: last.text, bottom: first.text, outcome: outcomeLabel.toLowerCase() })
      : fillTemplate(text.takeaway_published, { top: last.text, bottom: first.text });
    const series = bars.map((b) => `${b.label} ${b.text}`).join(', ');
    const alt = fillTemplate(text.alt, { outcome: outcomeLabel.toLowerCase(), series });
    const interval = (b: Bar) => format.percentRange(b.low, b.high);

    const head = useSample ? [text.col_answer, text.col_rate, text.col_interval, text.col_n] : [text.col_answer, text.col_rate];
    const rows = bars.map((b) =>
      useSample ? [b.label, b.text, interval(b), format.count(b.n ?? 0)] : [b.label, b.text],
    );
    const csv = csvFormat(
      bars.map((b, i) => ({
        belief: BELIEF_LEVELS[i],
        answer: b.label,
        outcome,
        rate_percent: round(b.rate),
        low_percent: b.low == null ? '' : round(b.low),
        high_percent: b.high == null ? '' : round(b.high),
        n: b.n ?? '',
        kind: source,
      })),
    );
    return {
      caption: outcome === 'job_52w' ? text.caption : text.caption_edu,
      takeaway,
      alt,
      table: { head, rows },
      csv,
      kind: source,
      sourceLine: sourceLine(context, 'Tabell 2', useSample ? sample : null),
      note: '',
      plot: (width) =>
        jobRateByBeliefChart(bars, { width, source, xLabel: text.x_label, yLabel: text.y_label, ariaDescription: alt }),
    };
  },
};

/** Rounds to 4 decimals for CSV output, so files are stable and readable. */
function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
