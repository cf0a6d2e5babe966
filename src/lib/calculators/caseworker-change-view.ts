import { publishedFigure } from '../data/published';
import { fillTemplate } from '../format/fill-template';
import { numberFormatter } from '../format/number-formatter';
import type { FieldValues } from '../state/url-state';
import { answerBaseline } from './answer-baseline';
import type { CalculatorSampleFigures } from './calculator-sample-figures';
import { caseworkerChangeCalculation } from './caseworker-change-calculation';
import type { CalculatorContext, CalculatorView } from './calculator-view';
import { formatPersons } from './format-persons';
import { resolvePopulation } from './resolve-population';
import { baselineKindText } from './step-effect-view';

/**
 * Caseworker changes for the reader's values: expected rates and persons lost for both outcomes
 * (Tabell 1), from the report's average (the default, Tabell 1's own starting point) or from the rates
 * of clients with one answer (Tabell 2 for a job, the sample for job or education); the sources say which.
 */
export function caseworkerChangeView(values: FieldValues, sample: CalculatorSampleFigures, context: CalculatorContext): CalculatorView {
  const t = context.strings.calculators;
  const text = t.change;
  const format = numberFormatter(context.locale);
  const { persons, labels } = resolvePopulation(values, context);
  const changes = Number(values.changes);
  const source = values.baseline_source === 'answer' ? 'answer' : 'overall';
  const answer = Number(values.answer);
  const baselines = {
    job: answerBaseline({ source, outcome: 'job', answer, typed: 0, sample }),
    job_or_edu: answerBaseline({ source, outcome: 'job_or_edu', answer, typed: 0, sample }),
  };
  const results = caseworkerChangeCalculation({
    changes,
    population: persons,
    outcomes: [
      { outcome: 'job', baseline: baselines.job.rate, effectPerChange: publishedFigure('change_effect_job').value },
      { outcome: 'job_or_edu', baseline: baselines.job_or_edu.rate, effectPerChange: publishedFigure('change_effect_job_or_edu').value },
    ],
  });
  const [job, edu] = results as [(typeof results)[0], (typeof results)[0]];
  const pct = (v: number) => format.percent(v, 1);
  const personsText = format.count(persons);
  const answerText = context.strings.belief_levels[answer - 1] ?? String(answer);
  const fill = { changes: format.count(changes), job: pct(job.rate), edu: pct(edu.rate), job0: pct(job.baseline), edu0: pct(edu.baseline), answer: answerText };
  const summary = fillTemplate(changes === 0 ? text.summary_none : changes === 1 ? text.summary_one : text.summary, fill);
  return {
    kind: baselines.job_or_edu.kind === 'sample' ? 'sample' : 'published',
    summary: source === 'answer' ? `${fillTemplate(text.summary_answer, fill)} ${summary}` : summary,
    rows: [],
    table: {
      head: [text.col_outcome, text.col_baseline, text.col_rate, text.col_change, text.col_lost],
      rows: results.map((r) => [
        text.outcomes[r.outcome],
        pct(r.baseline),
        pct(r.rate),
        `${fillTemplate(context.strings.units.pp_short, { value: format.signed(r.rate - r.baseline, 1) })}${
          r.relativeChange == null ? '' : ` (${format.signedPercent(r.relativeChange * 100, 0)})`
        }`,
        fillTemplate(t.persons_value, { value: formatPersons(format, r.personsLost), persons: personsText }),
      ]),
    },
    notes: results
      .filter((r) => r.floored)
      .map((r) => fillTemplate(changes === 1 ? text.floored_one : text.floored, { outcome: text.outcomes[r.outcome].toLowerCase(), changes: format.count(changes) })),
    sources: [
      ...(['job', 'job_or_edu'] as const).map((outcome) =>
        fillTemplate(text.source_baseline, { outcome: text.outcomes[outcome], value: pct(baselines[outcome].rate), kind: baselineKindText(baselines[outcome], context) }),
      ),
      text.source,
      ...(baselines.job_or_edu.kind === 'sample' ? [fillTemplate(t.step.sample_baseline_note, { rows: format.count(sample.rows) })] : []),
    ],
    display: { persons: format.count(persons) },
    labels,
    chart: null,
  };
}
