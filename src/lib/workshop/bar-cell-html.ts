import { escapeHtml } from '../format/escape-html';
import type { NumberFormatter } from '../format/number-formatter';
import { barPercent, formatCount } from './format-count';
import { cssPercent } from './workshop-strings';

/** What a bar stands for: the participant's guess (hatched) or the published figure. */
export type BarKind = 'guess' | 'published';

/**
 * One table cell with a value and its bar on a 0…max track (the number is the meaning, the bar repeats
 * it); `empty` stands in when there is no value. A published value is marked as such, with its figure id
 * when given. The bar sits in a track of fixed share of the cell, so equal values get equal bars in every row.
 */
export function barCellHtml(value: number | null, max: number, kind: BarKind, format: NumberFormatter, empty: string, figure?: string): string {
  if (value === null) return `<td><span class="ws-bar__value ws-bar__value--missing">${escapeHtml(empty)}</span></td>`;
  const number =
    kind === 'published'
      ? `<span class="ws-bar__value num" data-kind="published"${figure ? ` data-figure="${escapeHtml(figure)}"` : ''}>`
      : '<span class="ws-bar__value">';
  return (
    '<td><span class="ws-bar-cell">' +
    `<span class="ws-bar-track" aria-hidden="true"><span class="ws-bar ws-bar--${kind}" style="width: ${cssPercent(barPercent(value, max))}"></span></span>` +
    `${number}${escapeHtml(formatCount(format, value))}</span>` +
    '</span></td>'
  );
}
