import type { ColumnTable } from 'arquero';

/** A caseworker to pick in the leave-one-out explainer, with what the option label says about them. */
export interface LooCaseworker {
  id: number;
  /** The centre of the caseworker's first answer (in the sample each caseworker works at one centre). */
  centre: number;
  answers: number;
  persons: number;
}

/** The caseworkers of a sample table, sorted by id, with their number of answers and persons. */
export function looCaseworkers(table: ColumnTable): LooCaseworker[] {
  const caseworkers = table.array('caseworker_id') as ArrayLike<number>;
  const centres = table.array('jobcentre_id') as ArrayLike<number>;
  const persons = table.array('person_id') as ArrayLike<number>;
  const byId = new Map<number, { centre: number; answers: number; persons: Set<number> }>();
  for (let r = 0; r < caseworkers.length; r++) {
    const id = caseworkers[r]!;
    let entry = byId.get(id);
    if (!entry) byId.set(id, (entry = { centre: centres[r]!, answers: 0, persons: new Set() }));
    entry.answers++;
    entry.persons.add(persons[r]!);
  }
  return [...byId.entries()]
    .sort(([a], [b]) => a - b)
    .map(([id, e]) => ({ id, centre: e.centre, answers: e.answers, persons: e.persons.size }));
}
