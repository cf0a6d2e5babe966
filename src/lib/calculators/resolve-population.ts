import { fillTemplate } from '../format/fill-template';
import { numberFormatter } from '../format/number-formatter';
import type { FieldValues } from '../state/url-state';
import type { CalculatorContext } from './calculator-view';
import { POPULATION_PRESETS } from './population-presets';

/** The population a calculator's values name (a preset or the typed number), and the preset labels to show. */
export function resolvePopulation(values: FieldValues, context: CalculatorContext): { persons: number; labels: Record<string, string> } {
  const text = context.strings.calculators;
  const format = numberFormatter(context.locale);
  const choice = String(values.population);
  const preset = POPULATION_PRESETS[choice as keyof typeof POPULATION_PRESETS];
  const persons = preset ? preset.persons : Number(values.persons);
  const labels: Record<string, string> = {};
  for (const [name, p] of Object.entries(POPULATION_PRESETS)) {
    labels[`population.${name}`] = fillTemplate(text.population[name as keyof typeof POPULATION_PRESETS], {
      persons: format.count(p.persons),
      kind: text.kinds[p.kind],
    });
  }
  return { persons, labels };
}
