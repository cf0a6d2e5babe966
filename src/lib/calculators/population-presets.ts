import assumed from '../../../data/assumed.json';
import { publishedFigure } from '../data/published';

/** Named populations the calculators offer, each with where its size comes from. */
export interface PopulationPreset {
  persons: number;
  /** published: a figure of the report; derived: computed from published figures; assumed: our example. */
  kind: 'published' | 'derived' | 'assumed';
}

/**
 * A caseload of 40 (the report's own example of one caseworker's clients, Figur 3), a BIP job centre
 * (about 4,000 persons over 10 job centres = 400 each), and a municipality: the report gives no size,
 * so its size is an assumed round example from data/assumed.json, labelled as such on the page.
 */
export const POPULATION_PRESETS: Readonly<Record<'caseload' | 'jobcentre' | 'municipality', PopulationPreset>> = {
  caseload: { persons: publishedFigure('orientation_loo_caseload').value, kind: 'published' },
  jobcentre: { persons: Math.round(publishedFigure('persons').value / publishedFigure('jobcentres').value), kind: 'derived' },
  municipality: { persons: assumed.values.municipality_persons.value, kind: 'assumed' },
};
