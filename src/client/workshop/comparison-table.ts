// Builds the reveal: a table with the participant's guess and the published figure as bars per row.
import { itemTruth, niceScaleMax, questionPer, type WorkshopQuestion } from '../../lib/workshop/questions';
import { barPercent, formatCount, formatDifference } from '../../lib/workshop/format-count';
import type { ScoredItem } from '../../lib/workshop/score-guess';
import type { NumberFormatter } from '../../lib/format/number-formatter';
import { fillTemplate } from '../../lib/format/fill-template';
import type { Strings } from '../../i18n/strings';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function barCell(value: number | null, max: number, kind: 'guess' | 'published', format: NumberFormatter, empty: string): HTMLTableCellElement {
  const cell = el('td');
  if (value === null) {
    cell.append(el('span', 'ws-bar__value ws-bar__value--missing', empty));
    return cell;
  }
  // The bar lives in a track of fixed share of the cell, so equal values get equal bars in every row.
  const track = el('span', 'ws-bar-track');
  track.setAttribute('aria-hidden', 'true');
  const bar = el('span', `ws-bar ws-bar--${kind}`);
  bar.style.width = `${barPercent(value, max)}%`;
  track.append(bar);
  const wrap = el('span', 'ws-bar-cell');
  const number = el('span', 'ws-bar__value', formatCount(format, value));
  if (kind === 'published') {
    number.classList.add('num');
    number.dataset.kind = 'published';
  }
  wrap.append(track, number);
  cell.append(wrap);
  return cell;
}

/** The guess-vs-published table for one question; the numbers are in the cells, the bars repeat them. */
export function comparisonTable(question: WorkshopQuestion, scored: ScoredItem[], strings: Strings, format: NumberFormatter, labelledBy: string): HTMLTableElement {
  const w = strings.workshop;
  const per = questionPer(question);
  const max = niceScaleMax(Math.max(...question.items.map(itemTruth), ...scored.map((s) => s.guess ?? 0)));
  const table = el('table', 'ws-bars__table ws-bars__table--compare');
  table.setAttribute('aria-labelledby', labelledBy);
  const head = el('thead');
  const headRow = el('tr');
  for (const text of [w.quiz.answer, `${w.quiz.your_guess} (${w.per[String(per) as '100' | '1000']})`, w.quiz.published, w.quiz.difference]) {
    const th = el('th', undefined, text);
    th.scope = 'col';
    headRow.append(th);
  }
  head.append(headRow);
  const body = el('tbody');
  for (const item of scored) {
    const row = el('tr');
    row.dataset.item = item.id;
    row.dataset.verdict = item.verdict;
    const th = el('th', undefined, w.items_short[item.id as keyof typeof w.items_short]);
    th.scope = 'row';
    row.append(th, barCell(item.guess, max, 'guess', format, w.verdicts.missing), barCell(item.truth, max, 'published', format, ''));
    const diff = el('td', 'ws-diff');
    diff.dataset.role = 'difference';
    if (item.difference === null) diff.textContent = '–';
    else diff.append(formatDifference(format, item.difference), el('span', 'ws-verdict', ` (${w.verdicts[item.verdict]})`));
    row.append(diff);
    body.append(row);
  }
  table.append(head, body);
  const caption = el('caption', 'visually-hidden', fillTemplate(w.quiz.bars_alt, { max: format.count(max), per: w.per[String(per) as '100' | '1000'] }));
  table.prepend(caption);
  return table;
}
