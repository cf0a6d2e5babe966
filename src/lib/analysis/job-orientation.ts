import type { ColumnTable } from 'arquero';
import { runPipeline, type Expression, type Pipeline, type PipelineStep } from './pipeline';

/** Sum and count of the non-empty beliefs in a group ("vet inte" is empty, so it is left out of both). */
const beliefTotals = (prefix: string): Record<string, Expression> => ({
  [`${prefix}_sum`]: 'op.sum(d.belief) ?? 0',
  [`${prefix}_n`]: 'op.valid(d.belief)',
});

const totalsBy = (id: string, keys: string[], prefix: string): PipelineStep[] => [
  { id: `by_${id}`, verb: 'groupby', keys },
  { id: `sum_beliefs_by_${id}`, verb: 'rollup', values: beliefTotals(prefix) },
];

const HELPERS = [
  'caseworker_sum', 'caseworker_n', 'person_sum', 'person_n', 'other_persons_mean',
  'centre_sum', 'centre_n', 'caseworker_centre_sum', 'caseworker_centre_n', 'colleagues_mean',
];

/**
 * Job orientation, as in the report: for the answer about person i by caseworker c at centre j, the
 * mean of c's beliefs about the other persons, minus the mean belief of the other caseworkers at j.
 * Both are leave-one-out means from totals: (sum over c − sum over c about i) / (n_c − n_ci), and
 * (sum at j − sum of c at j) / (n_j − n_cj). A lookup keeps every answer once and in place.
 *
 * Measured on data/sample.csv (13,500 rows), this machine, median of 100 calls: 14 ms with lookups,
 * 31 ms with join_left (which copies every column), against 3.1 ms for the hand loop it replaced; the
 * two-key groupby and lookups are most of it. It runs once per sample table (jobOrientationOf
 * memoises it), never on a re-render, so the verbs stay. A lab run at 27,000 rows pays about 25 ms
 * more (43 ms against 18 ms, first call) out of 150–250 ms.
 */
export const JOB_ORIENTATION_PIPELINE: Pipeline = {
  id: 'job-orientation',
  input: 'sample',
  output: 'withOrientation',
  tables: [
    { name: 'caseworkers', steps: totalsBy('caseworker', ['caseworker_id'], 'caseworker') },
    { name: 'caseworkerPersons', steps: totalsBy('caseworker_person', ['caseworker_id', 'person_id'], 'person') },
    { name: 'centres', steps: totalsBy('centre', ['jobcentre_id'], 'centre') },
    { name: 'caseworkerCentres', steps: totalsBy('caseworker_centre', ['caseworker_id', 'jobcentre_id'], 'caseworker_centre') },
  ],
  steps: [
    { id: 'add_caseworker_totals', verb: 'lookup', table: 'caseworkers', on: ['caseworker_id'], values: ['caseworker_sum', 'caseworker_n'] },
    { id: 'add_person_totals', verb: 'lookup', table: 'caseworkerPersons', on: ['caseworker_id', 'person_id'], values: ['person_sum', 'person_n'] },
    {
      id: 'mean_about_other_persons',
      verb: 'derive',
      values: { other_persons_mean: 'd.caseworker_n > d.person_n ? (d.caseworker_sum - d.person_sum) / (d.caseworker_n - d.person_n) : null' },
    },
    { id: 'add_centre_totals', verb: 'lookup', table: 'centres', on: ['jobcentre_id'], values: ['centre_sum', 'centre_n'] },
    {
      id: 'add_caseworker_centre_totals',
      verb: 'lookup',
      table: 'caseworkerCentres',
      on: ['caseworker_id', 'jobcentre_id'],
      values: ['caseworker_centre_sum', 'caseworker_centre_n'],
    },
    {
      id: 'mean_of_colleagues',
      verb: 'derive',
      values: { colleagues_mean: 'd.centre_n > d.caseworker_centre_n ? (d.centre_sum - d.caseworker_centre_sum) / (d.centre_n - d.caseworker_centre_n) : null' },
    },
    {
      id: 'orientation_difference',
      verb: 'derive',
      values: { job_orientation: 'd.other_persons_mean != null && d.colleagues_mean != null ? d.other_persons_mean - d.colleagues_mean : null' },
    },
    { id: 'drop_totals', verb: 'select', except: HELPERS },
  ],
};

/**
 * Adds `job_orientation` to a sample table: for the answer about person i by caseworker c at centre
 * j, the mean of c's non-empty beliefs about persons other than i, minus the mean of the non-empty
 * beliefs given by the other caseworkers at centre j.
 *
 * - Leave-one-person-out: every row of c about person i is left out of c's mean (so repeated
 *   answers about the same person never leak that person's own assessment into the instrument);
 *   c's rows about other persons all count, at any centre.
 * - "Other caseworkers at centre j": every row at centre j not given by c, including rows about i.
 * - null when c has no non-empty belief about any other person (e.g. a caseworker with a single
 *   client, or only "don't know" answers about the others), or when no other caseworker at centre
 *   j gave a non-empty belief (e.g. a centre with one caseworker).
 *
 * Runs JOB_ORIENTATION_PIPELINE; a filtered or ordered table comes back reified, in its row order.
 */
export function jobOrientation(table: ColumnTable): ColumnTable {
  const out = runPipeline(table, JOB_ORIENTATION_PIPELINE);
  return out.isFiltered() || out.isOrdered() ? out.reify() : out;
}
