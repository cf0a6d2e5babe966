import type { ColumnTable } from 'arquero';

/** A caseworker to pick in the leave-one-out explainer, with what the option label says about them. */
export interface LooCaseworker {
  id: number;
  /** The caseworker's job centre (in the sample each caseworker works at one centre). */
  centre: number;
  answers: number;
  persons: number;
}

/**
 * The caseworkers of a sample table, sorted by id, with their number of answers and persons. The centre
 * is op.any's: Arquero 8 keeps the first non-empty value in row order (the old loop's "centre of the
 * first answer"), though its documentation promises only "an arbitrary value"; the two agree whenever a
 * caseworker works at one centre, as every caseworker in the sample does (tests check both).
 */
export function looCaseworkers(table: ColumnTable): LooCaseworker[] {
  const rows = table
    .groupby('caseworker_id')
    .rollup({ centre: 'op.any(d.jobcentre_id)', answers: 'op.count()', persons: 'op.distinct(d.person_id)' })
    .orderby('caseworker_id')
    .objects() as Array<{ caseworker_id: number; centre: number; answers: number; persons: number }>;
  return rows.map((r) => ({ id: r.caseworker_id, centre: r.centre, answers: r.answers, persons: r.persons }));
}
