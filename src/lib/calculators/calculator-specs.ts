import { publishedFigure } from '../data/published';
import type { ChoiceField, NumberField, StateSpec } from '../state/url-state';

/** Where a calculator's population comes from: a preset, or a number the reader types. */
export const POPULATION_CHOICE: ChoiceField = {
  name: 'population',
  kind: 'choice',
  values: ['caseload', 'jobcentre', 'municipality', 'typed'],
  defaultValue: 'jobcentre',
};
/** The typed population (used when the choice is 'typed'). */
export const PERSONS_FIELD: NumberField = {
  name: 'persons',
  kind: 'number',
  min: 1,
  max: 10_000_000,
  integer: true,
  defaultValue: 1000,
  when: { field: 'population', value: 'typed' },
};

/**
 * One step up the scale: outcome, baseline, effect per step, starting answer, steps, population. The
 * baseline is by default the rate at the starting answer (Tabell 2), the overall average an explicit choice.
 */
export const STEP_SPEC: StateSpec = {
  id: 'steg',
  fields: [
    { name: 'outcome', kind: 'choice', values: ['job', 'job_or_edu'], defaultValue: 'job' },
    { name: 'baseline_source', kind: 'choice', values: ['answer', 'overall', 'typed'], defaultValue: 'answer' },
    { name: 'baseline', kind: 'number', min: 0, max: 100, defaultValue: publishedFigure('base_rate_job').value, when: { field: 'baseline_source', value: 'typed' } },
    { name: 'effect_source', kind: 'choice', values: ['published', 'sample', 'typed'], defaultValue: 'published' },
    { name: 'effect', kind: 'number', min: -20, max: 20, defaultValue: publishedFigure('step_effect_job').value, when: { field: 'effect_source', value: 'typed' } },
    { name: 'start', kind: 'number', min: 1, max: 4, integer: true, defaultValue: 3 },
    { name: 'steps', kind: 'number', min: 1, max: 4, integer: true, defaultValue: 1 },
    POPULATION_CHOICE,
    PERSONS_FIELD,
  ],
  // The scale has five answers: starting at 3, at most two steps up.
  crossCheck: (values) => (Number(values.start) + Number(values.steps) > 5 ? ['steps'] : []),
};

/**
 * Caseworker changes: how many, for how many persons, and from which rates: by default the report's
 * average over all clients (Tabell 1 reads 6 % → 4.7 % from it), or the rates of clients whose
 * caseworker gives one answer (Tabell 2 for a job, the sample for job or education).
 */
export const CHANGE_SPEC: StateSpec = {
  id: 'byten',
  fields: [
    { name: 'changes', kind: 'number', min: 0, max: 5, integer: true, defaultValue: 1 },
    { name: 'baseline_source', kind: 'choice', values: ['overall', 'answer'], defaultValue: 'overall' },
    { name: 'answer', kind: 'number', min: 1, max: 5, integer: true, defaultValue: 3, when: { field: 'baseline_source', value: 'answer' } },
    POPULATION_CHOICE,
    PERSONS_FIELD,
  ],
};

/** The job-orientation scenario: for how many persons. */
export const ORIENTATION_SPEC: StateSpec = {
  id: 'fokus',
  fields: [POPULATION_CHOICE, PERSONS_FIELD],
};
