import type { ColumnTable } from 'arquero';
import { leaveOneOutExample } from './leave-one-out-example';
import { looCaseworkers } from './loo-caseworkers';
import { publishedFigure } from '../data/published';

/**
 * The worked example shown first: the caseworker whose number of answers is closest to the report's
 * example caseload (published `orientation_loo_caseload`; lowest id on ties), and their last answer in time with a defined job orientation.
 */
export function defaultLooChoice(table: ColumnTable): { caseworker: number; response: number } {
  const caseworkers = looCaseworkers(table);
  if (caseworkers.length === 0) throw new RangeError('the table has no caseworkers');
  const caseload = publishedFigure('orientation_loo_caseload').value;
  const ranked = [...caseworkers].sort(
    (a, b) => Math.abs(a.answers - caseload) - Math.abs(b.answers - caseload) || a.id - b.id,
  );
  const ids = table.array('response_id') as ArrayLike<number>;
  const cws = table.array('caseworker_id') as ArrayLike<number>;
  for (const candidate of ranked) {
    const rows: number[] = [];
    for (let r = 0; r < ids.length; r++) if (cws[r] === candidate.id) rows.push(ids[r]!);
    const first = leaveOneOutExample(table, candidate.id, rows[0]!)!;
    for (const answer of [...first.answers].reverse()) {
      if (answer.belief == null) continue;
      const example = leaveOneOutExample(table, candidate.id, answer.responseId)!;
      if (example.orientation != null) return { caseworker: candidate.id, response: answer.responseId };
    }
  }
  const fallback = ranked[0]!;
  const row = Array.from(cws).indexOf(fallback.id);
  return { caseworker: fallback.id, response: ids[row]! };
}
