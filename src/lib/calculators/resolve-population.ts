import type { FieldValues } from '../state/url-state';
import type { CalculatorContext } from './calculator-view';
import { POPULATION_PRESETS, populationLabel, type PopulationPresetName } from './population-presets';

/** The population a calculator's values name (a preset or the typed number), and the preset labels to show. */
export function resolvePopulation(values: FieldValues, context: CalculatorContext): { persons: number; labels: Record<string, string> } {
  const choice = String(values.population);
  const preset = POPULATION_PRESETS[choice as PopulationPresetName];
  const persons = preset ? preset.persons : Number(values.persons);
  const labels: Record<string, string> = {};
  for (const name of Object.keys(POPULATION_PRESETS) as PopulationPresetName[]) {
    labels[`population.${name}`] = populationLabel(name, context.strings, context.locale);
  }
  return { persons, labels };
}
