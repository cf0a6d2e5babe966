import { escapeHtml } from '../format/escape-html';
import { fillTemplate } from '../format/fill-template';
import type { NumberFormatter } from '../format/number-formatter';
import { barPercent, formatCount, formatDifference } from './format-count';
import { itemTruth, niceScaleMax, questionPer, type WorkshopQuestion } from './questions';
import type { RoomItemSummary } from './room-summary';
import { cssPercent, itemShort, perText, type WorkshopStrings } from './workshop-strings';

/** How the spread is shown: which heading labels it, and whether it is the presenter's short form. */
export interface RoomSpreadOptions {
  /** Id of the heading that labels the table. */
  labelledBy: string;
  /** Only item, median, middle half and the published figure, no strip chart or legend (presenter slides). */
  compact?: boolean;
}

const cell = (text: string, attributes = '') => `<td${attributes}>${escapeHtml(text)}</td>`;

/** The strip chart of one row: the middle half as a band, the median as a line, the published figure as a diamond. */
function trackHtml(r: RoomItemSummary, max: number): string {
  const room =
    r.q1 !== null && r.q3 !== null && r.median !== null
      ? `<span class="ws-spread__band" style="left: ${cssPercent(barPercent(r.q1, max))}; width: ${cssPercent(Math.max(0.8, barPercent(r.q3, max) - barPercent(r.q1, max)))}"></span>` +
        `<span class="ws-spread__median" style="left: ${cssPercent(barPercent(r.median, max))}"></span>`
      : '';
  return `<td class="ws-spread__track-cell"><span class="ws-spread__track" aria-hidden="true">${room}<span class="ws-spread__truth" style="left: ${cssPercent(barPercent(r.truth, max))}"></span></span></td>`;
}

/**
 * The room's guesses on one question against the published figures: a table whose numbers carry the
 * meaning (median and its distance from the published figure, middle half, range, answers, how many
 * guessed too high), with a strip chart per row that repeats them at a size readable from the back of a
 * room, and its legend. Range, answers and "too high" carry ws-spread__extra, which a phone leaves out.
 */
export function roomSpreadHtml(question: WorkshopQuestion, summaries: readonly RoomItemSummary[], w: WorkshopStrings, format: NumberFormatter, options: RoomSpreadOptions): string {
  const g = w.group;
  const compact = options.compact ?? false;
  const per = perText(w, questionPer(question));
  const rows = question.items.flatMap((item) => summaries.filter((s) => s.id === item.id).slice(0, 1));
  const max = niceScaleMax(Math.max(...question.items.map(itemTruth), ...rows.map((r) => r.max ?? 0)));
  const none = g.none_for_item;
  const extra = ' class="ws-spread__extra"';
  const columns: [string, string][] = compact
    ? [[g.col_item, ''], [`${g.col_median} (${per})`, ''], [g.col_iqr, ''], [g.col_truth, '']]
    : [[g.col_item, ''], [`${g.col_median} (${per})`, ''], [g.col_iqr, ''], [g.col_range, extra], [g.col_truth, ''], [g.col_n, extra], [g.col_above, extra]];
  const head =
    columns.map(([text, attributes]) => `<th scope="col"${attributes}>${escapeHtml(text)}</th>`).join('') +
    (compact ? '' : `<th scope="col" class="ws-spread__track-head"><span class="visually-hidden">${escapeHtml(g.col_track)}</span></th>`);
  const body = rows
    .map((r) => {
      const median =
        r.median === null
          ? escapeHtml(none)
          : escapeHtml(formatCount(format, r.median)) +
            (r.medianDifference === null ? '' : `<span class="ws-spread__diff">${escapeHtml(` (${formatDifference(format, r.medianDifference)})`)}</span>`);
      const iqr = r.q1 === null || r.q3 === null ? none : `${formatCount(format, r.q1)}–${formatCount(format, r.q3)}`;
      const truth = cell(formatCount(format, r.truth), ' class="num" data-kind="published" data-role="truth"');
      const cells = [`<th scope="row">${escapeHtml(itemShort(w, r.id))}</th>`, `<td data-role="median">${median}</td>`, cell(iqr, ' data-role="iqr"')];
      if (compact) cells.push(truth);
      else {
        const range = r.min === null || r.max === null ? none : `${formatCount(format, r.min)}–${formatCount(format, r.max)}`;
        cells.push(cell(range, extra), truth, cell(format.count(r.n), `${extra} data-role="n"`), cell(format.count(r.above), extra), trackHtml(r, max));
      }
      return `<tr data-item="${escapeHtml(r.id)}">${cells.join('')}</tr>`;
    })
    .join('');
  const caption = fillTemplate(g.spread_alt, { max: format.count(max), per });
  const table =
    `<table class="ws-spread" aria-labelledby="${escapeHtml(options.labelledBy)}">` +
    `<caption class="visually-hidden">${escapeHtml(caption)}</caption>` +
    `<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
  if (compact) return table;
  const legend = (
    [
      ['band', g.legend_iqr],
      ['median', g.legend_median],
      ['truth', g.legend_truth],
    ] as const
  )
    .map(([key, text]) => `<li><span class="ws-spread__key ws-spread__key--${key}"></span>${escapeHtml(text)}</li>`)
    .join('');
  return `${table}<ul class="ws-spread__legend" aria-hidden="true">${legend}</ul>`;
}
