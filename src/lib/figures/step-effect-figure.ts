import { shortOutcomes } from './short-outcomes';
import { csvFormat } from 'd3';
import type { ColumnTable } from 'arquero';
import { beliefEffect2sls } from '../analysis/belief-effect-2sls';
import { jobOrientation } from '../analysis/job-orientation';
import { stepEffectChart, type StepBar } from '../charts/step-effect-chart';
import { publishedFigure } from '../data/published';
import type { Outcome } from '../data/sample-columns';
import { fillTemplate } from '../format/fill-template';
import { numberFormatter } from '../format/number-formatter';
import { SOURCE_CONTROL, viewSource } from './figure-model';
import type { FigureContext, FigureModel, FigureSpec, FigureView } from './figure-model';
import { sourceLine } from './source-line';

/** One outcome's numbers in percent / percentage points: base rate, effect per step and its interval. */
interface OutcomeEffect {
  outcome: Outcome;
  base: number;
  effect: number;
  relative: number;
  low: number | null;
  high: number | null;
}

const OUTCOMES = ['job_52w', 'job_or_edu_52w'] as const;
const PUBLISHED = {
  job_52w: { base: 'base_rate_job', effect: 'step_effect_job', relative: 'step_relative_job' },
  job_or_edu_52w: { base: 'base_rate_job_or_edu', effect: 'step_effect_job_or_edu', relative: 'step_relative_job_or_edu' },
} as const;

// 2SLS on the sample takes tens of milliseconds; the estimates of the last sample seen are kept.
let estimates: { sample: ColumnTable; effects: OutcomeEffect[] } | undefined;
function sampleEffects(sample: ColumnTable): OutcomeEffect[] {
  if (estimates?.sample === sample) return estimates.effects;
  const table = jobOrientation(sample);
  const effects = OUTCOMES.map((outcome) => {
    const values = sample.array(outcome) as ArrayLike<number>;
    let sum = 0;
    for (let i = 0; i < values.length; i++) sum += values[i] === 1 ? 1 : 0;
    const base = values.length === 0 ? 0 : (sum / values.length) * 100;
    const fit = beliefEffect2sls(table, { outcome });
    const effect = fit.coefficient * 100;
    return { outcome, base, effect, relative: base > 0 ? (effect / base) * 100 : 0, low: fit.low * 100, high: fit.high * 100 };
  });
  estimates = { sample, effects };
  return effects;
}

/**
 * The causal effect of one step up the caseworker's belief scale (seed Tabell 4), shown as today's rate
 * and the rate after one and after two steps, so the doubling is visible. Published view: the report's
 * effects on its 6 % / 10 % bases. Sample view: the 2SLS estimate on the sample (job orientation as
 * instrument) on the sample's own bases, with its 95 % interval.
 */
export const stepEffectFigure: FigureSpec = {
  id: 'step-effect',
  controls: [SOURCE_CONTROL],
  build(view: FigureView, sample: ColumnTable | null, context: FigureContext): FigureModel {
    const { strings, locale } = context;
    const text = strings.figures['step-effect'];
    const format = numberFormatter(locale);
    const source = viewSource(view);
    const useSample = source === 'sample';
    if (useSample && !sample) throw new Error('the sample view needs the sample table');
    const effects: OutcomeEffect[] = useSample
      ? sampleEffects(sample!)
      : OUTCOMES.map((outcome) => {
          const ids = PUBLISHED[outcome];
          return {
            outcome,
            base: publishedFigure(ids.base).value,
            effect: publishedFigure(ids.effect).value,
            relative: publishedFigure(ids.relative).value,
            low: null,
            high: null,
          };
        });
    const decimals = useSample ? 1 : 0;
    const pp = (v: number) => fillTemplate(strings.units.pp_short, { value: format.signed(v, 1) });
    const ppLong = (v: number) => fillTemplate(strings.units.pp, { value: format.signed(v, 1) });
    const bars: StepBar[] = effects.flatMap((e) =>
      [0, 1, 2].map((steps) => ({
        panel: strings.outcomes[e.outcome],
        steps,
        label: text.steps[steps]!,
        base: e.base,
        effect: steps * e.effect,
        low: e.low == null ? null : e.base + steps * e.low,
        high: e.high == null ? null : e.base + steps * e.high,
        text:
          steps === 0
            ? format.percent(e.base, decimals)
            : steps === 1
              ? pp(e.effect)
              : `${pp(2 * e.effect)}\n${fillTemplate(text.double, { pp: format.decimal(e.effect, 1) })}`,
      })),
    );
    const series = (e: OutcomeEffect) =>
      [0, 1, 2].map((s) => `${text.steps[s]} ${format.percent(e.base + s * e.effect, 1)}`).join(', ');
    const [job, edu] = effects as [OutcomeEffect, OutcomeEffect];
    const alt = fillTemplate(text.alt, {
      job_label: strings.outcomes.job_52w,
      job_series: series(job),
      edu_label: strings.outcomes.job_or_edu_52w,
      edu_series: series(edu),
    });
    const relative = (v: number) => `+${format.percent(v, 0)}`;
    const takeaway = useSample
      ? fillTemplate(text.takeaway_sample, { job_pp: ppLong(job.effect), edu_pp: ppLong(edu.effect) })
      : fillTemplate(text.takeaway_published, {
          job_pp: ppLong(job.effect),
          job_relative: relative(job.relative),
          edu_pp: ppLong(edu.effect),
          edu_relative: relative(edu.relative),
        });
    const interval = (e: OutcomeEffect) => (e.low == null || e.high == null ? '' : `${pp(e.low)} – ${pp(e.high)}`);
    const head = [text.col_outcome, text.col_base, text.col_effect, ...(useSample ? [text.col_interval] : []), text.col_relative, text.col_one, text.col_two];
    const rows = effects.map((e) => [
      strings.outcomes[e.outcome],
      format.percent(e.base, decimals),
      pp(e.effect),
      ...(useSample ? [interval(e)] : []),
      relative(e.relative),
      format.percent(e.base + e.effect, 1),
      format.percent(e.base + 2 * e.effect, 1),
    ]);
    return {
      caption: useSample ? text.caption_sample : text.caption,
      takeaway,
      alt,
      table: { head, rows },
      csv: csvFormat(
        effects.map((e) => ({
          outcome: e.outcome,
          base_percent: round(e.base),
          effect_pp_per_step: round(e.effect),
          low_pp: e.low == null ? '' : round(e.low),
          high_pp: e.high == null ? '' : round(e.high),
          relative_percent_per_step: round(e.relative),
          one_step_percent: round(e.base + e.effect),
          two_steps_percent: round(e.base + 2 * e.effect),
          kind: source,
        })),
      ),
      kind: source,
      sourceLine: sourceLine(context, 'Tabell 4', useSample ? sample : null),
      note: useSample
        ? text.note_sample
        : fillTemplate(text.note_published, {
            job_base: format.percent(job.base, decimals),
            edu_base: format.percent(edu.base, decimals),
          }),
      plot: (width) => stepEffectChart(bars, { width, source, ariaDescription: alt, shortPanels: shortOutcomes(context.strings) }),
    };
  },
};

/** Rounds to 4 decimals for CSV output, so files are stable and readable. */
function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
