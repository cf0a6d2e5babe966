import { escapeHtml } from '../format/escape-html';
import { fillTemplate } from '../format/fill-template';
import type { NumberFormatter } from '../format/number-formatter';
import { comparisonTableHtml } from './comparison-table-html';
import type { WorkshopQuestion } from './questions';
import type { ScoredItem } from './score-guess';
import type { WorkshopStrings } from './workshop-strings';
import { pluralPicker } from './plural';

/** The id of a question's reveal heading (focused after "show the answer"; it labels the table). */
export function guessRevealHeadingId(question: WorkshopQuestion): string {
  return `q-${question.id}-result`;
}

/**
 * What "show the answer" reveals for one question: a focusable heading, the guess-vs-published table, how
 * many rows were close and what "close" means, the source line (`source`, null for none) and the question to discuss.
 */
export function guessRevealHtml(question: WorkshopQuestion, scored: readonly ScoredItem[], w: WorkshopStrings, format: NumberFormatter, locale: string, source: string | null): string {
  const headingId = guessRevealHeadingId(question);
  const answered = scored.filter((s) => s.guess !== null);
  const summary =
    answered.length === 0
      ? w.quiz.summary_none
      : // "of 1 row" / "of 5 rows": the plural form follows the number of rows.
        fillTemplate(pluralPicker(locale)(w.quiz.summary, scored.length), { close: format.count(answered.filter((s) => s.verdict === 'close').length), total: format.count(scored.length) });
  const discussion = w.questions[question.id]?.discussion ?? '';
  return (
    `<h3 id="${escapeHtml(headingId)}" tabindex="-1">${escapeHtml(w.quiz.revealed_title)}</h3>` +
    comparisonTableHtml(question, scored, w, format, headingId) +
    `<p class="ws-result__summary">${escapeHtml(summary)}</p>` +
    // What "close" means, whenever a verdict says it (the threshold is closeTolerance in score-guess.ts).
    (answered.length === 0 ? '' : `<p class="ws-result__close">${escapeHtml(w.quiz.close_definition)}</p>`) +
    (source === null ? '' : `<p class="ws-bars__source">${escapeHtml(source)}</p>`) +
    `<p class="ws-discuss"><strong>${escapeHtml(`${w.quiz.discuss}: `)}</strong>${escapeHtml(discussion)}</p>`
  );
}
