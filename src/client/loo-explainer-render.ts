// Loaded on first use of the leave-one-out explainer: Arquero's parser and the analysis stay out of the
// page-load JavaScript.
import type { ColumnTable } from 'arquero';
import { parseSample } from '../lib/data/parse-sample';
import { leaveOneOutExample } from '../lib/figures/leave-one-out-example';
import { leaveOneOutHtml, looAnswerLabel } from '../lib/figures/leave-one-out-html';
import { pageContext } from './page-context';
import { ReaderError } from './reader-error';

let sample: Promise<ColumnTable> | undefined;

/** The committed sample, fetched and parsed once per page; a failure is not cached. */
function loadSample(): Promise<ColumnTable> {
  const context = pageContext();
  sample ??= fetch(context.sampleUrl)
    .then((response) => {
      if (!response.ok) throw new ReaderError(context.strings.figure.error_fetch);
      return response.text();
    })
    .then((text) => parseSample(text));
  sample.catch(() => (sample = undefined));
  return sample;
}

/** The caseworker's answers as select options, in time order; empty for an unknown caseworker. */
export async function looAnswerOptions(caseworker: number): Promise<Array<{ value: number; label: string }>> {
  const table = await loadSample();
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
  const table = await loadSample();
  const example = leaveOneOutExample(table, caseworker, response);
  return example ? leaveOneOutHtml(example, pageContext()) : null;
}
