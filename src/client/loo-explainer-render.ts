// Loaded on first use of the leave-one-out explainer: Arquero's parser and the analysis stay out of the
// page-load JavaScript.
import type { ColumnTable } from 'arquero';
import { leaveOneOutExample } from '../lib/figures/leave-one-out-example';
import { leaveOneOutHtml, looAnswerOptionsHtml } from '../lib/figures/leave-one-out-html';
import { loadSample } from './load-sample';
import { pageContext } from './page-context';

/** The committed sample (shared with the figures on the page: fetched and parsed once). */
function sample(): Promise<ColumnTable> {
  const context = pageContext();
  return loadSample(context.sampleUrl, { fetch: context.strings.figure.error_fetch, parse: context.strings.figure.error_parse });
}

/** The caseworker's answers as the answer select's options (HTML) and their values, in time order; none for an unknown caseworker. */
export async function looAnswerOptions(caseworker: number): Promise<{ html: string; values: number[] }> {
  const table = await sample();
  const ids = table.array('response_id') as ArrayLike<number>;
  const cws = table.array('caseworker_id') as ArrayLike<number>;
  let first = -1;
  for (let r = 0; r < ids.length && first < 0; r++) if (cws[r] === caseworker) first = ids[r]!;
  if (first < 0) return { html: '', values: [] };
  const answers = leaveOneOutExample(table, caseworker, first)!.answers;
  return { html: looAnswerOptionsHtml(answers, pageContext()), values: answers.map((a) => a.responseId) };
}

/** The worked example's HTML for one answer, or null when the caseworker gave no such answer. */
export async function looExampleHtml(caseworker: number, response: number): Promise<string | null> {
  const table = await sample();
  const example = leaveOneOutExample(table, caseworker, response);
  return example ? leaveOneOutHtml(example, pageContext()) : null;
}
