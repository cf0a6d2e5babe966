import type { ColumnTable } from 'arquero';
import { beliefEffect2sls } from '../analysis/belief-effect-2sls';
import { JOB_ORIENTATION_PIPELINE } from '../analysis/job-orientation';
import { runPipeline, type AfterStep, type Pipeline } from '../analysis/pipeline';
import { stepEffectChart, type StepBar } from '../charts/step-effect-chart';
import type { FigureSource } from '../charts/palette';
import { publishedFigure } from '../data/published';
import type { Outcome } from '../data/sample-columns';
import { fillTemplate } from '../format/fill-template';
import { numberFormatter } from '../format/number-formatter';
import { altSeries, figureModel, kindColumn, type FigureColumn } from './figure-columns';
import { SOURCE_CONTROL, defineFigure, type FigureContext, type FigureModel } from './figure-model';
import { shortOutcomes } from './short-outcomes';
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

/** The sample's base rates: the share of all answers followed by each outcome (the sum over the count, as a share). */
export const STEP_EFFECT_BASE_PIPELINE: Pipeline = {
  id: 'step-effect-base',
  input: 'sample',
  steps: [
    {
      id: 'base_rate',
      verb: 'rollup',
      values: Object.fromEntries(OUTCOMES.map((outcome) => [outcome, `op.sum(d.${outcome}) / op.count()`])),
    },
  ],
};

/** The estimate itself, done in TypeScript on the table with job orientation (src/lib/stats). */
export const TSLS_STEP: AfterStep = {
  id: 'tsls_estimate',
  note: "beliefEffect2sls(withOrientation, { outcome }) for each outcome: 2SLS of the outcome on belief, job_orientation as the instrument, controls and job-centre fixed effects, SEs clustered by caseworker",
};

// 2SLS on the sample takes tens of milliseconds; the estimates are kept for as long as the table lives.
const estimates = new WeakMap<ColumnTable, OutcomeEffect[]>();
function sampleEffects(sample: ColumnTable): OutcomeEffect[] {
  let effects = estimates.get(sample);
  if (effects) return effects;
  const [bases] = runPipeline(sample, STEP_EFFECT_BASE_PIPELINE).objects() as Array<Record<Outcome, number>>;
  effects = OUTCOMES.map((outcome) => {
    const share = bases?.[outcome];
    const base = Number.isFinite(share) ? share! * 100 : 0;
    const fit = beliefEffect2sls(sample, { outcome });
    const effect = fit.coefficient * 100;
    return { outcome, base, effect, relative: base > 0 ? (effect / base) * 100 : 0, low: fit.low * 100, high: fit.high * 100 };
  });
  estimates.set(sample, effects);
  return effects;
}

/** Both views: the effects as a table, CSV, alt text and chart (the doubling drawn), with the view's own words. */
function model(
  context: FigureContext,
  source: FigureSource,
  effects: OutcomeEffect[],
  parts: Pick<FigureModel, 'caption' | 'sourceLine' | 'how'>,
): FigureModel {
  const { strings } = context;
  const text = strings.figures['step-effect'];
  const format = numberFormatter(context.locale);
  const useSample = source === 'sample';
  const decimals = useSample ? 1 : 0;
  const pp = (v: number) => fillTemplate(strings.units.pp_short, { value: format.signed(v, 1) });
  const ppLong = (v: number) => fillTemplate(strings.units.pp, { value: format.signed(v, 1) });
  const relative = (v: number) => `+${format.percent(v, 0)}`;
  /** The rate after `steps` steps up, as the alt series names it ("+1 steg 7,3 %"). */
  const after = (e: OutcomeEffect, steps: number) => `${text.steps[steps]} ${format.percent(e.base + steps * e.effect, 1)}`;
  const columns: FigureColumn<OutcomeEffect>[] = [
    { key: 'outcome', head: text.col_outcome, format: (e) => strings.outcomes[e.outcome], csv: (e) => e.outcome },
    { key: 'base_percent', head: text.col_base, format: (e) => format.percent(e.base, decimals), csv: (e) => e.base, alt: (e) => after(e, 0) },
    { key: 'effect_pp_per_step', head: text.col_effect, format: (e) => pp(e.effect), csv: (e) => e.effect },
    {
      key: 'interval',
      head: text.col_interval,
      format: (e) => (e.low == null || e.high == null ? '' : `${pp(e.low)} – ${pp(e.high)}`),
      sampleOnly: true,
    },
    { key: 'low_pp', csv: (e) => e.low },
    { key: 'high_pp', csv: (e) => e.high },
    { key: 'relative_percent_per_step', head: text.col_relative, format: (e) => relative(e.relative), csv: (e) => e.relative },
    { key: 'one_step_percent', head: text.col_one, format: (e) => format.percent(e.base + e.effect, 1), csv: (e) => e.base + e.effect, alt: (e) => after(e, 1) },
    { key: 'two_steps_percent', head: text.col_two, format: (e) => format.percent(e.base + 2 * e.effect, 1), csv: (e) => e.base + 2 * e.effect, alt: (e) => after(e, 2) },
    kindColumn(() => source),
  ];
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
  const [job, edu] = effects as [OutcomeEffect, OutcomeEffect];
  const series = (e: OutcomeEffect) => altSeries({ rows: [e], columns }, ['base_percent', 'one_step_percent', 'two_steps_percent'], ', ');
  const alt = fillTemplate(text.alt, {
    job_label: strings.outcomes.job_52w,
    job_series: series(job),
    edu_label: strings.outcomes.job_or_edu_52w,
    edu_series: series(edu),
  });
  const takeaway = useSample
    ? fillTemplate(text.takeaway_sample, { job_pp: ppLong(job.effect), edu_pp: ppLong(edu.effect) })
    : fillTemplate(text.takeaway_published, {
        job_pp: ppLong(job.effect),
        job_relative: relative(job.relative),
        edu_pp: ppLong(edu.effect),
        edu_relative: relative(edu.relative),
      });
  return figureModel({
    ...parts,
    rows: effects,
    columns,
    takeaway,
    alt,
    kind: source,
    note: useSample
      ? text.note_sample
      : fillTemplate(text.note_published, { job_base: format.percent(job.base, decimals), edu_base: format.percent(edu.base, decimals) }),
    plot: (width) => stepEffectChart(bars, { width, source, ariaDescription: alt, shortPanels: shortOutcomes(strings), locale: context.locale }),
  });
}

/**
 * The causal effect of one step up the caseworker's belief scale (seed Tabell 4), shown as today's rate
 * and the rate after one and after two steps, so the doubling is visible. Published view: the report's
 * effects on its 6 % / 10 % bases. Sample view: the 2SLS estimate on the sample (job orientation as
 * instrument) on the sample's own bases, with its 95 % interval.
 */
export const stepEffectFigure = defineFigure({
  id: 'step-effect',
  controls: [SOURCE_CONTROL],

  published(_view, context) {
    const effects = OUTCOMES.map((outcome): OutcomeEffect => {
      const ids = PUBLISHED[outcome];
      const value = (id: keyof typeof ids) => publishedFigure(ids[id]).value;
      return { outcome, base: value('base'), effect: value('effect'), relative: value('relative'), low: null, high: null };
    });
    const text = context.strings.figures['step-effect'];
    return model(context, 'published', effects, { caption: text.caption, sourceLine: sourceLine(context, 'Tabell 4', null), how: null });
  },

  sample(_view, sample, context) {
    const text = context.strings.figures['step-effect'];
    return model(context, 'sample', sampleEffects(sample), {
      caption: text.caption_sample,
      sourceLine: sourceLine(context, 'Tabell 4', sample),
      how: { pipelines: [{ pipeline: JOB_ORIENTATION_PIPELINE }, { pipeline: STEP_EFFECT_BASE_PIPELINE }], after: [TSLS_STEP] },
    });
  },
});
