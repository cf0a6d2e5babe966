import type { CalculatorKind } from '../charts/step-scale-chart';
import { publishedFigure } from '../data/published';
import { fillTemplate } from '../format/fill-template';
import { numberFormatter } from '../format/number-formatter';
import type { FieldValues } from '../state/url-state';
import { answerBaseline, ratesByAnswer, type Baseline, type BaselineSource } from './answer-baseline';
import type { CalculatorSampleFigures } from './calculator-sample-figures';
import type { CalculatorContext, CalculatorView } from './calculator-view';
import { formatPersons } from './format-persons';
import { resolvePopulation } from './resolve-population';
import { stepEffectCalculation } from './step-effect-calculation';

const EFFECT_ID = { job: 'step_effect_job', job_or_edu: 'step_effect_job_or_edu' } as const;
const RELATIVE_ID = { job: 'step_relative_job', job_or_edu: 'step_relative_job_or_edu' } as const;

/** What a baseline is, in the words of the source line: published (with its section), the sample, or typed. */
export function baselineKindText(baseline: Baseline, context: CalculatorContext): string {
  const t = context.strings.calculators;
  const section = (id: string) => context.strings.sections[id] ?? id;
  const answer = (n: number) => context.strings.belief_levels[n - 1] ?? String(n);
  const format = numberFormatter(context.locale);
  switch (baseline.source) {
    case 'typed':
      return t.kinds.typed;
    case 'overall':
      return fillTemplate(t.step.source_overall, { section: section(baseline.figure.section) });
    case 'answer':
      return baseline.kind === 'published'
        ? fillTemplate(t.step.source_answer_published, { section: section(baseline.figure.section), answer: answer(baseline.answer) })
        : fillTemplate(t.step.source_answer_sample, { answer: answer(baseline.answer), n: format.count(baseline.n) });
  }
}

/** "One step up the scale" for the reader's values: the result, its sources and the chart data. */
export function stepEffectView(values: FieldValues, sample: CalculatorSampleFigures, context: CalculatorContext): CalculatorView {
  const t = context.strings.calculators;
  const text = t.step;
  const format = numberFormatter(context.locale);
  const outcome = values.outcome === 'job_or_edu' ? 'job_or_edu' : 'job';
  const levels = context.strings.belief_levels;
  const start = Number(values.start);
  const steps = Number(values.steps);

  const source: BaselineSource = values.baseline_source === 'typed' ? 'typed' : values.baseline_source === 'overall' ? 'overall' : 'answer';
  const base = answerBaseline({ source, outcome, answer: start, typed: Number(values.baseline), sample });
  const baseline = base.rate;

  const effectFigure = publishedFigure(EFFECT_ID[outcome]);
  const sampleEffect = sample.stepEffect[outcome];
  const effectSource = values.effect_source === 'sample' ? 'sample' : values.effect_source === 'typed' ? 'typed' : 'published';
  const effect = effectSource === 'published' ? effectFigure.value : effectSource === 'sample' ? sampleEffect.value : Number(values.effect);
  const effectInterval = effectSource === 'sample' ? { low: sampleEffect.low, high: sampleEffect.high } : null;

  const { persons, labels } = resolvePopulation(values, context);
  const r = stepEffectCalculation({ baseline, effect, effectInterval, start, steps, population: persons });

  const pct = (v: number) => format.percent(v, 1);
  const pp = (v: number, d = 1) => fillTemplate(context.strings.units.pp, { value: format.signed(v, d) });
  const kind: CalculatorKind = base.kind === 'typed' || effectSource === 'typed' ? 'typed' : effectSource === 'sample' || base.kind === 'sample' ? 'sample' : 'published';
  const from = levels[start - 1] ?? String(start);
  const to = levels[start + steps - 1] ?? String(start + steps);
  const extraLabel = outcome === 'job' ? text.row_extra_job : text.row_extra_job_or_edu;
  const personsText = format.count(persons);
  const iv = r.interval;
  const relative = r.relativeChange == null ? '–' : format.signedPercent(r.relativeChange * 100, 0);

  const rows: CalculatorView['rows'] = [
    { label: text.row_new_rate, value: pct(r.newRate), detail: iv ? fillTemplate(text.interval, { low: pct(iv.newRateLow), high: pct(iv.newRateHigh) }) : undefined },
    {
      label: extraLabel,
      value: fillTemplate(t.persons_value, { value: formatPersons(format, r.extraPersons, true), persons: personsText }),
      detail: iv
        ? fillTemplate(text.interval, { low: formatPersons(format, iv.extraLow, true), high: formatPersons(format, iv.extraHigh, true) })
        : undefined,
    },
    { label: text.row_relative, value: relative, detail: pp(r.change) },
    {
      label: text.row_per,
      value: r.personsPerExtra == null ? text.per_none : fillTemplate(text.per_value, { value: format.count(Math.round(r.personsPerExtra)) }),
    },
  ];

  const effectKind =
    effectSource === 'typed' ? t.kinds.typed : effectSource === 'sample' ? text.source_sample_kind : fillTemplate(text.source_published_section, { section: context.strings.sections[effectFigure.section] ?? effectFigure.section });
  const sources = [
    fillTemplate(text.source_baseline, { value: pct(baseline), kind: baselineKindText(base, context) }),
    fillTemplate(text.source_effect, { value: pp(effect, effectSource === 'sample' ? 2 : 1), kind: effectKind }),
    ...(effectSource === 'sample' ? [fillTemplate(text.sample_note, { rows: format.count(sample.rows) })] : []),
    ...(base.kind === 'sample' ? [fillTemplate(text.sample_baseline_note, { rows: format.count(sample.rows) })] : []),
  ];
  // The report's relative change is against the overall average; starting from an answer it is another.
  const overall = answerBaseline({ source: 'overall', outcome, answer: start, typed: 0, sample }).rate;
  const relativeNote =
    source === 'answer' && effectSource === 'published' && steps === 1
      ? [fillTemplate(text.relative_note, { relative: format.signedPercent(publishedFigure(RELATIVE_ID[outcome]).value, 0), overall: pct(overall), answer: from, baseline: pct(baseline) })]
      : [];
  const notes = [...(r.limited ? [text.limited] : []), ...relativeNote, text.linear_note];

  const points = r.scale.map((s) => ({
    answer: s.answer,
    label: levels[s.answer - 1] ?? String(s.answer),
    rate: s.rate,
    low: s.low,
    high: s.high,
    role: (s.answer === start ? 'start' : s.answer === start + steps ? 'end' : 'other') as 'start' | 'end' | 'other',
    text: pct(s.rate),
  }));
  // The rate at every answer (Tabell 2 for a job, the sample for job or education): where each answer
  // really stands, an association and not an effect; the line starts from one of them.
  const reference = ratesByAnswer(outcome, sample).map((rate, i) => ({ label: levels[i] ?? String(i + 1), rate, text: pct(rate) }));
  const referenceSource = outcome === 'job' ? text.reference_published : text.reference_sample;
  const outcomeLabel = text.outcomes[outcome];
  return {
    kind,
    summary: fillTemplate(source === 'overall' ? text.summary_overall : text.summary, { from, to, baseline: pct(baseline), rate: pct(r.newRate) }),
    rows,
    table: null,
    notes,
    sources,
    display: {
      // The sample's rate with one decimal, as the page shows it; published and typed ones as written.
      baseline: format.decimal(baseline, base.kind === 'sample' ? 1 : undefined),
      effect: format.decimal(effect, effectSource === 'sample' ? 2 : undefined),
      persons: format.count(persons).replace(/\s/g, ' '),
    },
    labels,
    chart: {
      caption: fillTemplate(text.chart_caption, { outcome: outcomeLabel.toLowerCase() }),
      alt: fillTemplate(text.chart_alt, {
        baseline: from,
        series: points.map((p) => `${p.label} ${p.text}`).join(', '),
        reference: reference.map((p) => `${p.label} ${p.text}`).join(', '),
        source: referenceSource,
      }),
      points,
      kind,
      reference,
      referenceNote: fillTemplate(text.reference_note, { source: referenceSource }),
    },
  };
}
