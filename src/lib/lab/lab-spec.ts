import assumed from '../../../data/assumed.json';
import { publishedFigure } from '../data/published';
import type { FieldValues, NumberField, StateSpec } from '../state/url-state';
import type { LabTruths } from './lab-sample-params';
import { MAX_RUNS, SWEEP_PARAMS, type LabSweep, type SweepParam } from './lab-replication';

/** The truths and size of one experiment (the fields a run is generated from). */
const TRUTH_FIELDS: readonly NumberField[] = [
  { name: 'beta', kind: 'number', min: -5, max: 10, defaultValue: publishedFigure('step_effect_job').value },
  { name: 'delta', kind: 'number', min: -5, max: 5, defaultValue: publishedFigure('change_effect_job').value },
  { name: 'alpha', kind: 'number', min: 0, max: 1, defaultValue: assumed.values.caseworker_insight_alpha.value },
  { name: 'spread', kind: 'number', min: 0, max: 2, defaultValue: assumed.values.caseworker_optimism_spread.value },
  { name: 'persons', kind: 'number', min: 500, max: 8000, integer: true, defaultValue: publishedFigure('persons').value },
  { name: 'caseworkers', kind: 'number', min: 20, max: 600, integer: true, defaultValue: publishedFigure('caseworkers').value },
  { name: 'seed', kind: 'number', min: 1, max: 999_999, integer: true, defaultValue: 1 },
];

/** The range each sweep parameter may take (its truth field's range) and the range a sweep starts with. */
const SWEEP_DEFAULTS: Readonly<Record<SweepParam, { from: number; to: number }>> = {
  // From no optimism spread (no instrument) to about twice the default: weak → strong instrument.
  spread: { from: 0, to: 1.5 },
  // From caseworkers who see nothing of the client's chances (the naive slope is right) to full insight.
  alpha: { from: 0, to: 1 },
  beta: { from: 0, to: 5 },
  persons: { from: 500, to: 8000 },
};

const truthField = (name: string): NumberField => TRUTH_FIELDS.find((f) => f.name === name)!;

/** The from/to fields of each sweep parameter, in use only while it is the one swept. */
const SWEEP_RANGE_FIELDS: readonly NumberField[] = SWEEP_PARAMS.flatMap((param) =>
  (['from', 'to'] as const).map((end) => {
    const truth = truthField(param);
    return {
      name: `${param}_${end}`,
      kind: 'number' as const,
      min: truth.min,
      max: truth.max,
      integer: truth.integer,
      defaultValue: SWEEP_DEFAULTS[param][end],
      when: { field: 'sweep', value: param },
    };
  }),
);

/** The lab's views: one experiment, the same experiment many times, or a sweep over one parameter. */
export const LAB_VIEWS = ['single', 'repeat', 'sweep'] as const;
export type LabRunView = (typeof LAB_VIEWS)[number];

/**
 * The lab's truths and size, and its repeated runs and sweeps. Defaults: the published effects
 * (Tabell 4, Tabell 1), the assumed insight and optimism spread the committed sample was generated
 * with, and the study's size (about 4,000 persons, 300 caseworkers); 100 repeated runs; a sweep of the
 * optimism spread 0 → 1.5 in 7 points of 20 runs. `view` is the view last run, so a link reproduces it.
 */
export const LAB_SPEC: StateSpec = {
  id: 'labb',
  fields: [
    ...TRUTH_FIELDS,
    { name: 'view', kind: 'choice', values: LAB_VIEWS, defaultValue: 'single' },
    { name: 'runs', kind: 'number', min: 2, max: MAX_RUNS, integer: true, defaultValue: 100 },
    { name: 'sweep', kind: 'choice', values: SWEEP_PARAMS, defaultValue: 'spread' },
    ...SWEEP_RANGE_FIELDS,
    { name: 'sweep_points', kind: 'number', min: 2, max: 16, integer: true, defaultValue: 7 },
    { name: 'sweep_runs', kind: 'number', min: 2, max: 200, integer: true, defaultValue: 20 },
  ],
  // A sweep has at most MAX_RUNS runs in all.
  crossCheck: (values) => (Number(values.sweep_points) * Number(values.sweep_runs) > MAX_RUNS ? ['sweep_runs'] : []),
};

/** The names of the truth and size fields, in form order. */
export const LAB_TRUTH_FIELDS: readonly string[] = TRUTH_FIELDS.map((f) => f.name);

/** The truths and size of the lab's values (the other fields left out, for the worker and the heading). */
export function labTruthsOf(values: FieldValues): LabTruths {
  return Object.fromEntries(LAB_TRUTH_FIELDS.map((name) => [name, Number(values[name])])) as unknown as LabTruths;
}

/** The sweep the lab's values describe. */
export function labSweepOf(values: FieldValues): LabSweep {
  const param = (SWEEP_PARAMS as readonly string[]).includes(String(values.sweep)) ? (values.sweep as SweepParam) : 'spread';
  return {
    param,
    from: Number(values[`${param}_from`]),
    to: Number(values[`${param}_to`]),
    points: Number(values.sweep_points),
    runs: Number(values.sweep_runs),
  };
}
