// Loaded on first use of the leave-one-out explainer: Arquero's parser and the analysis stay out of the
// page-load JavaScript.
import type { ColumnTable } from 'arquero';
import { leaveOneOutChoice } from '../lib/figures/leave-one-out-choice';
import { leaveOneOutHtml, looAnswerOptionsHtml } from '../lib/figures/leave-one-out-html';
import { loadSample } from './load-sample';
import { pageContext } from './page-context';

/** The committed sample (shared with the figures on the page: fetched and parsed once). */
function sample(): Promise<ColumnTable> {
  const context = pageContext();
  return loadSample(context.sampleUrl, { fetch: context.strings.figure.error_fetch, parse: context.strings.figure.error_parse });
}

/** Everything the explainer swaps in for a choice, built before anything on the page changes. */
export interface LooChoiceParts {
  /** The answer select's options (the caseworker's answers in time order) and the one shown. */
  options: string;
  answer: number;
  /** Whether `answer` is the answer asked for (see leaveOneOutChoice). */
  found: boolean;
  /** The worked example's HTML. */
  html: string;
}

/**
 * The parts for a caseworker and a wanted answer (null: their last one); null when the sample has no
 * answer by the caseworker. Rejects with a ReaderError when the sample cannot be fetched or read.
 */
export async function looChoiceParts(caseworker: number, wanted: number | null): Promise<LooChoiceParts | null> {
  const choice = leaveOneOutChoice(await sample(), caseworker, wanted);
  if (!choice) return null;
  const context = pageContext();
  const answer = choice.example.response.responseId;
  return { options: looAnswerOptionsHtml(choice.example.answers, context, answer), answer, found: choice.found, html: leaveOneOutHtml(choice.example, context) };
}
