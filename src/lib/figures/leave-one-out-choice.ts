import type { ColumnTable } from 'arquero';
import { leaveOneOutExample, type LooExample } from './leave-one-out-example';

/** What the explainer shows for a chosen caseworker: the worked example, and whether it is the answer asked for. */
export interface LooChoice {
  example: LooExample;
  /** True when the example is the wanted answer; false when none was wanted or it is not the caseworker's. */
  found: boolean;
}

/**
 * The worked example for a caseworker and a wanted answer: that answer if it is the caseworker's, else
 * their last answer in time (what the answer select falls back to). Null when the table has no answer by
 * the caseworker, so a picker never shows a caseworker without an example.
 */
export function leaveOneOutChoice(table: ColumnTable, caseworker: number, wanted: number | null): LooChoice | null {
  const ids = table.array('response_id') as ArrayLike<number>;
  const caseworkers = table.array('caseworker_id') as ArrayLike<number>;
  let any = -1;
  for (let r = 0; r < ids.length && any < 0; r++) if (caseworkers[r] === caseworker) any = ids[r]!;
  if (any < 0) return null;
  const wantedExample = wanted === null ? null : leaveOneOutExample(table, caseworker, wanted);
  if (wantedExample) return { example: wantedExample, found: true };
  const answers = leaveOneOutExample(table, caseworker, any)!.answers;
  return { example: leaveOneOutExample(table, caseworker, answers[answers.length - 1]!.responseId)!, found: false };
}
