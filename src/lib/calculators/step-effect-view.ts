import type { CalculatorKind } from '../charts/step-scale-chart';
import { publishedFigure } from '../data/published';
import { fillTemplate } from '../format/fill-template';
import { numberFormatter } from '../format/number-formatter';
import type { FieldValues } from '../state/url-state';
import type { CalculatorSampleFigures } from './calculator-sample-figures';
import type { CalculatorContext, CalculatorView } from './calculator-view';
import { formatPersons } from './format-persons';
import { resolvePopulation } from './resolve-population';
import { stepEffectCalculation } from './step-effect-calculation';

const BASELINE_ID = { job: 'base_rate_job', job_or_edu: 'base_rate_job_or_edu' } as const;
const EFFECT_ID = { job: 'step_effect_job', job_or_edu: 'step_effect_job_or_edu' } as const;

/** "One step up the scale" for the reader's values: the result, its sources and the chart data. */
export function stepEffectView(values: FieldValues, sample: CalculatorSampleFigures, context: CalculatorContext): CalculatorView {
  const t = context.strings.calculators;
  const text = t.step;
  const format = numberFormatter(context.locale);
  const outcome = values.outcome === 'job_or_edu' ? 'job_or_edu' : 'job';
  const levels = context.strings.belief_levels;

  const baselineFigure = publishedFigure(BASELINE_ID[outcome]);
  const typedBaseline = values.baseline_source === 'typed';
  const baseline = typedBaseline ? Number(values.baseline) : baselineFigure.value;

  const effectFigure = publishedFigure(EFFECT_ID[outcome]);
  const sampleEffect = sample.stepEffect[outcome];
  const effectSource = values.effect_source === 'sample' ? 'sample' : values.effect_source === 'typed' ? 'typed' : 'published';
  const effect = effectSource === 'published' ? effectFigure.value : effectSource === 'sample' ? sampleEffect.value : Number(values.effect);
  const effectInterval = effectSource === 'sample' ? { low: sampleEffect.low, high: sampleEffect.high } : null;

  const { persons, labels } = resolvePopulation(values, context);
  const start = Number(values.start);
  const steps = Number(values.steps);
  const r = stepEffectCalculation({ baseline, effect, effectInterval, start, steps, population: persons });

  const pct = (v: number) => format.percent(v, 1);
  const pp = (v: number, d = 1) => fillTemplate(context.strings.units.pp, { value: format.signed(v, d) });
  const kind: CalculatorKind = typedBaseline || effectSource === 'typed' ? 'typed' : effectSource === 'sample' ? 'sample' : 'published';
  const from = levels[start - 1] ?? String(start);
  const to = levels[start + steps - 1] ?? String(start + steps);
  const extraLabel = outcome === 'job' ? text.row_extra_job : text.row_extra_job_or_edu;
  const personsText = format.count(persons);
  const iv = r.interval;
  const relative = r.relativeChange == null ? '–' : `${format.signed(r.relativeChange * 100, 0)} %`;

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

  const baselineKind = typedBaseline ? t.kinds.typed : fillTemplate(text.source_published_section, { section: context.strings.sections[baselineFigure.section] ?? baselineFigure.section });
  const effectKind =
    effectSource === 'typed' ? t.kinds.typed : effectSource === 'sample' ? text.source_sample_kind : fillTemplate(text.source_published_section, { section: context.strings.sections[effectFigure.section] ?? effectFigure.section });
  const sources = [
    fillTemplate(text.source_baseline, { value: pct(baseline), kind: baselineKind }),
    fillTemplate(text.source_effect, { value: pp(effect, effectSource === 'sample' ? 2 : 1), kind: effectKind }),
    ...(effectSource === 'sample' ? [fillTemplate(text.sample_note, { rows: format.count(sample.rows) })] : []),
  ];
  const notes = [...(r.limited ? [text.limited] : []), text.linear_note];

  const points = r.scale.map((s) => ({
    answer: s.answer,
    label: levels[s.answer - 1] ?? String(s.answer),
    rate: s.rate,
    low: s.low,
    high: s.high,
    role: (s.answer === start ? 'start' : s.answer === start + steps ? 'end' : 'other') as 'start' | 'end' | 'other',
    text: pct(s.rate),
  }));
  const outcomeLabel = text.outcomes[outcome];
  return {
    kind,
    summary: fillTemplate(text.summary, { from, to, baseline: pct(baseline), rate: pct(r.newRate) }),
    rows,
    table: null,
    notes,
    sources,
    display: {
      baseline: format.decimal(baseline),
      effect: format.decimal(effect, effectSource === 'sample' ? 2 : undefined),
      persons: format.count(persons).replace(/\s/g, ' '),
    },
    labels,
    chart: {
      caption: fillTemplate(text.chart_caption, { outcome: outcomeLabel.toLowerCase() }),
      alt: fillTemplate(text.chart_alt, { baseline: from, series: points.map((p) => `${p.label} ${p.text}`).join(', ') }),
      points,
      kind,
    },
  };
}
