import type { ColumnTable } from 'arquero';
import published from '../../../data/published.json';
import assumed from '../../../data/assumed.json';
import { BELIEF_LEVELS } from '../data/sample-columns';
import { beliefDistribution } from './belief-distribution';
import { beliefEffect2sls } from './belief-effect-2sls';
import { caseworkerChangeEffect } from './caseworker-change-effect';
import { caseworkerChangeSummary } from './caseworker-change-summary';
import { jobOrientationOf } from './job-orientation-of';
import { jobOrientationGroups } from './job-orientation-groups';
import { jobRateByBelief } from './job-rate-by-belief';

/** How close the sample must come: within ± value, or equal after rounding to `decimals`. */
export type CalibrationTolerance = { kind: 'within'; value: number } | { kind: 'rounded'; decimals: number };

/** One calibration target of DESIGN §3, the value the sample reaches, and whether it meets the target. */
export interface CalibrationRow {
  /** Stable key (also the key of the row's label in the UI strings). */
  key: string;
  /** Where the target comes from: a published figure or an assumed value, by id. */
  source: { kind: 'published' | 'assumed'; id: string };
  unit: 'percent' | 'pp' | 'count';
  target: number;
  tolerance: CalibrationTolerance;
  /** The value computed on the table, in the unit (percent and pp already × 100). */
  achieved: number;
  ok: boolean;
}

const fig = published.figures;
const av = assumed.values;

function meets(achieved: number, target: number, tolerance: CalibrationTolerance): boolean {
  if (tolerance.kind === 'within') return Math.abs(achieved - target) <= tolerance.value + 1e-9;
  const f = 10 ** tolerance.decimals;
  return Math.round(achieved * f) / f === target;
}

function row(
  key: string,
  source: CalibrationRow['source'],
  unit: CalibrationRow['unit'],
  target: number,
  tolerance: CalibrationTolerance,
  achieved: number,
): CalibrationRow {
  return { key, source, unit, target, tolerance, achieved, ok: meets(achieved, target, tolerance) };
}

const within = (value: number): CalibrationTolerance => ({ kind: 'within', value });
const pub = (id: keyof typeof fig) => ({ kind: 'published' as const, id });
const ass = (id: keyof typeof av) => ({ kind: 'assumed' as const, id });

/** Share of rows where the column is 1, in percent. */
function ratePercent(table: ColumnTable, column: string): number {
  const values = table.array(column) as ArrayLike<number>;
  let positives = 0;
  for (let i = 0; i < values.length; i++) if (values[i] === 1) positives++;
  return (100 * positives) / values.length;
}

function distinct(table: ColumnTable, column: string): number {
  return new Set(Array.from(table.array(column) as ArrayLike<unknown>)).size;
}

/**
 * Every calibration target of DESIGN §3 checked on a sample table: target (from published.json or
 * assumed.json), tolerance, the value the table reaches and whether it meets the target. The method
 * page renders this at build time, so the table there is computed, never typed.
 */
export function calibrationReport(table: ColumnTable): CalibrationRow[] {
  const rows: CalibrationRow[] = [];
  // Size of the study.
  rows.push(row('size_rows', pub('answers_individual'), 'count', fig.answers_individual.value, within(0), table.numRows()));
  rows.push(row('size_persons', pub('persons'), 'count', fig.persons.value, within(0), distinct(table, 'person_id')));
  rows.push(row('size_caseworkers', pub('caseworkers'), 'count', fig.caseworkers.value, within(0), distinct(table, 'caseworker_id')));
  rows.push(row('size_centres', pub('jobcentres'), 'count', fig.jobcentres.value, within(0), distinct(table, 'jobcentre_id')));

  // Base rates.
  rows.push(row('base_job', pub('base_rate_job'), 'percent', fig.base_rate_job.value, within(0.1), ratePercent(table, 'job_52w')));
  rows.push(
    row('base_job_or_edu', pub('base_rate_job_or_edu'), 'percent', fig.base_rate_job_or_edu.value, within(0.1), ratePercent(table, 'job_or_edu_52w')),
  );

  // Tabell 2, exactly after rounding to 0.1 pp.
  const byBelief = jobRateByBelief(table, 'job_52w');
  for (const b of BELIEF_LEVELS) {
    const id = `job_rate_belief_${b}` as const;
    const rate = byBelief.find((r) => r.belief === b)?.rate ?? Number.NaN;
    rows.push(row(`tabell2_${b}`, pub(id), 'percent', fig[id].value, { kind: 'rounded', decimals: 1 }, 100 * rate));
  }

  // Belief shares (assumed split of the published approximations) and "don't know".
  const distribution = beliefDistribution(table);
  const shareIds = ['belief_share_nej', 'belief_share_tvivlar', 'belief_share_varierar', 'belief_share_goda_chanser', 'belief_share_ja'] as const;
  shareIds.forEach((id, i) => {
    const share = distribution.levels[i]?.share ?? Number.NaN;
    rows.push(row(`share_${i + 1}`, ass(id), 'percent', av[id].value, within(0.5), 100 * share));
  });
  rows.push(
    row('share_dont_know', pub('belief_share_dont_know'), 'percent', fig.belief_share_dont_know.value, within(0.3), 100 * (distribution.dontKnowShare ?? Number.NaN)),
  );

  // Caseworker changes: persons with one or more.
  const changes = caseworkerChangeSummary(table, 'job_52w');
  rows.push(row('change_share', pub('change_share'), 'percent', fig.change_share.value, within(1), 100 * (changes.shareWithChange ?? Number.NaN)));

  // Job-orientation thirds (Figur 4); derive the column once for the thirds and the 2SLS.
  const withOrientation = jobOrientationOf(table);
  const thirds = jobOrientationGroups(withOrientation, { groups: 3, outcome: 'job_52w' }).groups;
  rows.push(row('third_low', pub('orientation_rate_low'), 'percent', fig.orientation_rate_low.value, within(0.2), 100 * (thirds[0]?.rate ?? Number.NaN)));
  rows.push(row('third_high', pub('orientation_rate_high'), 'percent', fig.orientation_rate_high.value, within(0.2), 100 * (thirds[2]?.rate ?? Number.NaN)));

  // Estimates: effect per caseworker change (Tabell 1) and 2SLS effect per step (Tabell 4).
  const changeJob = caseworkerChangeEffect(table, { outcome: 'job_52w' });
  const changeEdu = caseworkerChangeEffect(table, { outcome: 'job_or_edu_52w' });
  rows.push(row('change_effect_job', pub('change_effect_job'), 'pp', fig.change_effect_job.value, within(0.3), 100 * changeJob.coefficient));
  rows.push(
    row('change_effect_job_or_edu', pub('change_effect_job_or_edu'), 'pp', fig.change_effect_job_or_edu.value, within(0.3), 100 * changeEdu.coefficient),
  );
  const stepJob = beliefEffect2sls(withOrientation, { outcome: 'job_52w' });
  const stepEdu = beliefEffect2sls(withOrientation, { outcome: 'job_or_edu_52w' });
  rows.push(row('step_effect_job', pub('step_effect_job'), 'pp', fig.step_effect_job.value, within(0.3), 100 * stepJob.coefficient));
  rows.push(row('step_effect_job_or_edu', pub('step_effect_job_or_edu'), 'pp', fig.step_effect_job_or_edu.value, within(0.3), 100 * stepEdu.coefficient));
  return rows;
}
