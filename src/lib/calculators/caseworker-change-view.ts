import { publishedFigure } from '../data/published';
import { fillTemplate } from '../format/fill-template';
import { numberFormatter } from '../format/number-formatter';
import type { FieldValues } from '../state/url-state';
import { caseworkerChangeCalculation } from './caseworker-change-calculation';
import type { CalculatorContext, CalculatorView } from './calculator-view';
import { formatPersons } from './format-persons';
import { resolvePopulation } from './resolve-population';

/** Caseworker changes for the reader's values: expected rates and persons lost for both outcomes (Tabell 1). */
export function caseworkerChangeView(values: FieldValues, context: CalculatorContext): CalculatorView {
  const t = context.strings.calculators;
  const text = t.change;
  const format = numberFormatter(context.locale);
  const { persons, labels } = resolvePopulation(values, context);
  const changes = Number(values.changes);
  const results = caseworkerChangeCalculation({
    changes,
    population: persons,
    outcomes: [
      { outcome: 'job', baseline: publishedFigure('base_rate_job').value, effectPerChange: publishedFigure('change_effect_job').value },
      { outcome: 'job_or_edu', baseline: publishedFigure('base_rate_job_or_edu').value, effectPerChange: publishedFigure('change_effect_job_or_edu').value },
    ],
  });
  const [job, edu] = results as [(typeof results)[0], (typeof results)[0]];
  const pct = (v: number) => format.percent(v, 1);
  const personsText = format.count(persons);
  return {
    kind: 'published',
    summary: fillTemplate(changes === 0 ? text.summary_none : changes === 1 ? text.summary_one : text.summary, {
      changes: format.count(changes),
      job: pct(job.rate),
      edu: pct(edu.rate),
      job0: pct(job.baseline),
      edu0: pct(edu.baseline),
    }),
    rows: [],
    table: {
      head: [text.col_outcome, text.col_rate, text.col_change, text.col_lost],
      rows: results.map((r) => [
        text.outcomes[r.outcome],
        pct(r.rate),
        `${fillTemplate(context.strings.units.pp_short, { value: format.signed(r.rate - r.baseline, 1) })}${
          r.relativeChange == null ? '' : ` (${format.signed(r.relativeChange * 100, 0)} %)`
        }`,
        fillTemplate(t.persons_value, { value: formatPersons(format, r.personsLost), persons: personsText }),
      ]),
    },
    notes: results
      .filter((r) => r.floored)
      .map((r) => fillTemplate(text.floored, { outcome: text.outcomes[r.outcome].toLowerCase(), changes: format.count(changes) })),
    sources: [text.source],
    display: { persons: format.count(persons) },
    labels,
    chart: null,
  };
}
