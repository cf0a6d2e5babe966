import { publishedFigure } from '../data/published';
import { fillTemplate } from '../format/fill-template';
import { numberFormatter } from '../format/number-formatter';
import type { FieldValues } from '../state/url-state';
import type { CalculatorSampleFigures } from './calculator-sample-figures';
import type { CalculatorContext, CalculatorView } from './calculator-view';
import { formatPersons } from './format-persons';
import { jobOrientationScenario } from './job-orientation-scenario';
import { resolvePopulation } from './resolve-population';

/** The job-orientation scenario for the reader's population: the report's thirds (Figur 4) and the sample's. */
export function jobOrientationView(values: FieldValues, sample: CalculatorSampleFigures, context: CalculatorContext): CalculatorView {
  const t = context.strings.calculators;
  const text = t.orientation;
  const format = numberFormatter(context.locale);
  const { persons, labels } = resolvePopulation(values, context);
  const published = jobOrientationScenario({
    low: publishedFigure('orientation_rate_low').value,
    high: publishedFigure('orientation_rate_high').value,
    population: persons,
  });
  const fromSample = jobOrientationScenario({ low: sample.orientation.low, high: sample.orientation.high, population: persons });
  const pct = (v: number) => format.percent(v, 1);
  const personsText = format.count(persons);
  const row = (label: string, r: typeof published) => [
    label,
    pct(r.low),
    pct(r.high),
    `${fillTemplate(context.strings.units.pp_short, { value: format.signed(r.difference, 1) })}${
      r.relativeChange == null ? '' : ` (${format.signed(r.relativeChange * 100, 0)} %)`
    }`,
    fillTemplate(t.persons_value, { value: formatPersons(format, r.extraPersons, true), persons: personsText }),
  ];
  return {
    kind: 'published',
    summary: fillTemplate(text.summary, {
      low: pct(published.low),
      high: pct(published.high),
      extra: formatPersons(format, published.extraPersons),
      persons: personsText,
    }),
    rows: [],
    table: {
      head: [text.col_source, text.col_low, text.col_high, text.col_difference, text.col_extra],
      rows: [row(text.row_published, published), row(text.row_sample, fromSample)],
    },
    notes: [text.caveat],
    sources: [fillTemplate(text.sample_note, { rows: format.count(sample.rows) })],
    display: { persons: format.count(persons) },
    labels,
    chart: null,
  };
}
