import { describe, expect, it } from 'vitest';
import published from '../../data/published.json';
import assumed from '../../data/assumed.json';
import { LANGUAGES } from '../../src/i18n/languages';
import { strings } from '../../src/i18n/strings';
import { LOCALES } from '../../src/i18n/languages';
import { numberFormatter } from '../../src/lib/format/number-formatter';
import { POPULATION_PRESETS, POPULATION_SOURCES, populationLabel, type PopulationPresetName } from '../../src/lib/calculators/population-presets';

// The method page lists every published figure and every assumed value by its label; a missing label
// would show the raw key (it did, for "predictive_indicators").
describe('labels of the data files', () => {
  it.each([...LANGUAGES])('name every published figure and every assumed value in %s', (lang) => {
    const t = strings(lang).report;
    const labels = t.published_table.labels as Record<string, string>;
    const names = t.assumed.names as Record<string, string>;
    expect(Object.keys(published.figures).filter((id) => !labels[id])).toEqual([]);
    expect(Object.keys(assumed.values).filter((id) => !names[id])).toEqual([]);
  });

  // (An id may be in both files when the sample's assumed input is read from a published figure, e.g.
  // the Ja share taken as a share of the answers other than "vet inte"; the assumed reason says so.)
  it('leave nothing marked published that the report does not state', () => {
    const elsewhere = Object.entries(published.figures as Record<string, { note?: string }>)
      .filter(([, f]) => /not in the swedish summary/i.test(f.note ?? ''))
      .map(([id]) => id);
    expect(elsewhere).toEqual([]);
  });
});

// The calculators' population presets say what their size is: the report's worked example of one
// caseworker's clients (Figur 3), not a published caseload; a job centre derived from published figures;
// an assumed municipality. Each label's number, kind and section must agree with the data files.
describe('the calculators\' population presets', () => {
  const figures = published.figures as Record<string, { value: number; section: string }>;
  const values = assumed.values as Record<string, { value: number }>;

  it('name data that exist and agree with the sizes', () => {
    expect(figures[POPULATION_SOURCES.caseload.published![0]!]!.value).toBe(POPULATION_PRESETS.caseload.persons);
    const [persons, centres] = POPULATION_SOURCES.jobcentre.published!.map((id) => figures[id]!.value);
    expect(Math.round(persons! / centres!)).toBe(POPULATION_PRESETS.jobcentre.persons);
    expect(values[POPULATION_SOURCES.municipality.assumed!]!.value).toBe(POPULATION_PRESETS.municipality.persons);
    expect(Object.keys(POPULATION_SOURCES).sort()).toEqual(Object.keys(POPULATION_PRESETS).sort());
  });

  it.each([...LANGUAGES])('are labelled with their size, kind and section in %s', (lang) => {
    const t = strings(lang);
    const count = (n: number) => numberFormatter(LOCALES[lang]).count(n);
    for (const name of Object.keys(POPULATION_PRESETS) as PopulationPresetName[]) {
      const preset = POPULATION_PRESETS[name];
      const label = populationLabel(name, t, LOCALES[lang]);
      expect(label, name).not.toMatch(/[{}]/);
      expect(label, name).toContain(`${count(preset.persons)}, ${t.calculators.kinds[preset.kind]}`);
      const ids = POPULATION_SOURCES[name].published ?? [];
      if (ids.length) expect(label, name).toContain(t.sections[figures[ids[0]!]!.section as keyof typeof t.sections]);
    }
    // The caseload is the report's worked example in Figur 3, and its label and note say so.
    expect(populationLabel('caseload', t, LOCALES[lang])).toContain(t.sections['Figur 3']);
    expect(t.calculators.population.note).toContain('{section}');
  });
});
