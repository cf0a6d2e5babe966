// Loaded on first use of the leave-one-out explainer: Arquero's parser and the analysis stay out of the
// page-load JavaScript.
import type { ColumnTable } from 'arquero';
import { leaveOneOutExample } from '../lib/figures/leave-one-out-example';
import { leaveOneOutHtml, looAnswerLabel } from '../lib/figures/leave-one-out-html';
import { loadSample } from './load-sample';
import { pageContext } from './page-context';

/** The committed sample (shared with the figures on the page: fetched and parsed once). */
function sample(): Promise<ColumnTable> {
  const context = pageContext();
  return loadSample(context.sampleUrl, { fetch: context.strings.figure.error_fetch, parse: context.strings.figure.error_parse });
}

/** The caseworker's answers as select options, in time order; empty for an unknown caseworker. */
export async function looAnswerOptions(caseworker: number): Promise<Array<{ value: number; label: string }>> {
  const table = await sample();
  const ids = table.array('response_id') as ArrayLike<number>;
  const cws = table.array('caseworker_id') as ArrayLike<number>;
  let first = -1;
  for (let r = 0; r < ids.length && first < 0; r++) if (cws[r] === caseworker) first = ids[r]!;
  if (first < 0) return [];
  const context = pageContext();
  return leaveOneOutExample(table, caseworker, first)!.answers.map((a) => ({ value: a.responseId, label: looAnswerLabel(a, context) }));
}

/** The worked example's HTML for one answer, or null when the caseworker gave no such answer. */
export async function looExampleHtml(caseworker: number, response: number): Promise<string | null> {
  const table = await sample();
  const example = leaveOneOutExample(table, caseworker, response);
  return example ? leaveOneOutHtml(example, pageContext()) : null;
}
