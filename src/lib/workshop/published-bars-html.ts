import { escapeHtml } from '../format/escape-html';
import type { NumberFormatter } from '../format/number-formatter';
import { barCellHtml } from './bar-cell-html';
import { itemTruth, niceScaleMax, questionPer, type WorkshopQuestion } from './questions';
import { itemShort, perText, type WorkshopStrings } from './workshop-strings';

/** Where the published bars sit: the heading that names the table, and the source line under it. */
export interface PublishedBarsOptions {
  /** Id of the heading that labels the table (the question or the slide title). */
  headingId?: string;
  /** The source line, already in words ("Källa: publicerat i rapporten (…)"). */
  source: string;
}

/**
 * The published answers to one question as large, labelled HTML bars: readable from the back of a room,
 * printable, no JavaScript. Rendered at build time on the guess page (inside <details>) and on the
 * presenter's answer slides.
 */
export function publishedBarsHtml(question: WorkshopQuestion, w: WorkshopStrings, format: NumberFormatter, options: PublishedBarsOptions): string {
  const max = niceScaleMax(Math.max(...question.items.map(itemTruth)));
  const labelledBy = options.headingId ? ` aria-labelledby="${escapeHtml(options.headingId)}"` : '';
  const rows = question.items
    .map(
      (item) =>
        `<tr data-item="${escapeHtml(item.id)}"><th scope="row">${escapeHtml(itemShort(w, item.id))}</th>` +
        `${barCellHtml(itemTruth(item), max, 'published', format, '', item.figure)}</tr>`,
    )
    .join('');
  return (
    `<div class="ws-bars" data-question="${escapeHtml(question.id)}" data-scale-max="${max}">` +
    `<table class="ws-bars__table"${labelledBy}>` +
    `<thead><tr><th scope="col">${escapeHtml(w.quiz.answer)}</th><th scope="col">${escapeHtml(`${w.quiz.published} (${perText(w, questionPer(question))})`)}</th></tr></thead>` +
    `<tbody>${rows}</tbody></table>` +
    `<p class="ws-bars__source">${escapeHtml(options.source)}</p>` +
    '</div>'
  );
}
