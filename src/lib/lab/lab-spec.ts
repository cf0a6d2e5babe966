import assumed from '../../../data/assumed.json';
import { publishedFigure } from '../data/published';
import type { StateSpec } from '../state/url-state';

/**
 * The lab's truths and size. Defaults: the published effects (Tabell 4, Tabell 1), the assumed insight
 * and optimism spread the committed sample was generated with, and the study's size (about 4,000
 * persons, 300 caseworkers). The coverage test (tests/lib/lab) runs exactly these defaults.
 */
export const LAB_SPEC: StateSpec = {
  id: 'labb',
  fields: [
    { name: 'beta', kind: 'number', min: -5, max: 10, defaultValue: publishedFigure('step_effect_job').value },
    { name: 'delta', kind: 'number', min: -5, max: 5, defaultValue: publishedFigure('change_effect_job').value },
    { name: 'alpha', kind: 'number', min: 0, max: 1, defaultValue: assumed.values.caseworker_insight_alpha.value },
    { name: 'spread', kind: 'number', min: 0, max: 2, defaultValue: assumed.values.caseworker_optimism_spread.value },
    { name: 'persons', kind: 'number', min: 500, max: 8000, integer: true, defaultValue: publishedFigure('persons').value },
    { name: 'caseworkers', kind: 'number', min: 20, max: 600, integer: true, defaultValue: publishedFigure('caseworkers').value },
    { name: 'seed', kind: 'number', min: 1, max: 999_999, integer: true, defaultValue: 1 },
  ],
};
