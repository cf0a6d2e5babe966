import { escapeHtml } from '../format/escape-html';
import { fillTemplate } from '../format/fill-template';
import type { NumberFormatter } from '../format/number-formatter';
import { barCellHtml } from './bar-cell-html';
import { formatDifference } from './format-count';
import { itemTruth, niceScaleMax, questionPer, type WorkshopQuestion } from './questions';
import type { ScoredItem } from './score-guess';
import { itemShort, perText, type WorkshopStrings } from './workshop-strings';

/**
 * The guess-vs-published table for one question: per row the guess and the published figure, each as a
 * number with a bar on one shared scale, and how far off the guess was with its verdict.
 */
export function comparisonTableHtml(question: WorkshopQuestion, scored: readonly ScoredItem[], w: WorkshopStrings, format: NumberFormatter, labelledBy: string): string {
  const per = perText(w, questionPer(question));
  const max = niceScaleMax(Math.max(...question.items.map(itemTruth), ...scored.map((s) => s.guess ?? 0)));
  const head = [w.quiz.answer, `${w.quiz.your_guess} (${per})`, w.quiz.published, w.quiz.difference]
    .map((text) => `<th scope="col">${escapeHtml(text)}</th>`)
    .join('');
  const rows = scored
    .map((item) => {
      const difference =
        item.difference === null
          ? '–'
          : `${escapeHtml(formatDifference(format, item.difference))}<span class="ws-verdict">${escapeHtml(` (${w.verdicts[item.verdict]})`)}</span>`;
      return (
        `<tr data-item="${escapeHtml(item.id)}" data-verdict="${item.verdict}">` +
        `<th scope="row">${escapeHtml(itemShort(w, item.id))}</th>` +
        barCellHtml(item.guess, max, 'guess', format, w.verdicts.missing) +
        barCellHtml(item.truth, max, 'published', format, '') +
        `<td class="ws-diff" data-role="difference">${difference}</td></tr>`
      );
    })
    .join('');
  const caption = fillTemplate(w.quiz.bars_alt, { max: format.count(max), per });
  return (
    `<table class="ws-bars__table ws-bars__table--compare" aria-labelledby="${escapeHtml(labelledBy)}">` +
    `<caption class="visually-hidden">${escapeHtml(caption)}</caption>` +
    `<thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`
  );
}
