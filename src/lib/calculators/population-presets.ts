import assumed from '../../../data/assumed.json';
import { publishedFigure, type PublishedFigureId, type PublishedSection } from '../data/published';
import { fillTemplate } from '../format/fill-template';
import { numberFormatter } from '../format/number-formatter';

/** Named populations the calculators offer, each with where its size comes from. */
export interface PopulationPreset {
  persons: number;
  /** published: a figure of the report; derived: computed from published figures; assumed: our example. */
  kind: 'published' | 'derived' | 'assumed';
}

/** The name of a preset. */
export type PopulationPresetName = 'caseload' | 'jobcentre' | 'municipality';

/**
 * The report's worked example of one caseworker's clients (40, of whom 39 count in the leave-one-out
 * example of Figur 3; not a published caseload), a BIP job centre (about 4,000 persons over 10 job
 * centres = 400 each), and a municipality: the report gives no size, so its size is an assumed round
 * example from data/assumed.json, labelled as such on the page.
 */
export const POPULATION_PRESETS: Readonly<Record<PopulationPresetName, PopulationPreset>> = {
  caseload: { persons: publishedFigure('orientation_loo_caseload').value, kind: 'published' },
  jobcentre: { persons: Math.round(publishedFigure('persons').value / publishedFigure('jobcentres').value), kind: 'derived' },
  municipality: { persons: assumed.values.municipality_persons.value, kind: 'assumed' },
};

/** Where each preset's size is in the data files: the published figures it is (or is derived from), or the assumed value. */
export const POPULATION_SOURCES: Readonly<Record<PopulationPresetName, { published?: readonly PublishedFigureId[]; assumed?: keyof typeof assumed.values }>> = {
  caseload: { published: ['orientation_loo_caseload'] },
  jobcentre: { published: ['persons', 'jobcentres'] },
  municipality: { assumed: 'municipality_persons' },
};

/** The report section a preset's size comes from, or null for an assumed one. */
export function populationSection(name: PopulationPresetName): PublishedSection | null {
  const ids = POPULATION_SOURCES[name].published;
  return ids?.length ? publishedFigure(ids[0]!).section : null;
}

/** The strings a preset's label reads: its template ({persons}, {kind}, {section}), the kinds and the section names. */
export interface PopulationLabelStrings {
  calculators: { population: Readonly<Record<PopulationPresetName, string>>; kinds: Readonly<Record<PopulationPreset['kind'], string>> };
  sections: Readonly<Record<string, string>>;
}

/** A preset's label: its size, its kind and (for published and derived sizes) the report section, in the reader's language. */
export function populationLabel(name: PopulationPresetName, strings: PopulationLabelStrings, locale: string): string {
  const preset = POPULATION_PRESETS[name];
  const section = populationSection(name);
  return fillTemplate(strings.calculators.population[name], {
    persons: numberFormatter(locale).count(preset.persons),
    kind: strings.calculators.kinds[preset.kind],
    section: section ? (strings.sections[section] ?? section) : '',
  });
}
