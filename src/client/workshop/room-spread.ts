// The room's guesses on one question against the published figures: a table whose numbers carry the
// meaning, with a track per row (middle half as a band, median as a line, the published figure as a
// diamond) that repeats them at a size readable from the back of a room.
import { itemTruth, niceScaleMax, questionPer, type WorkshopQuestion } from '../../lib/workshop/questions';
import type { RoomItemSummary } from '../../lib/workshop/room-summary';
import { barPercent, formatCount, formatDifference } from '../../lib/workshop/format-count';
import type { NumberFormatter } from '../../lib/format/number-formatter';
import { fillTemplate } from '../../lib/format/fill-template';
import type { Strings } from '../../i18n/strings';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The spread table for one question. `compact` leaves out the range and count columns (presenter). */
export function roomSpreadTable(question: WorkshopQuestion, summaries: RoomItemSummary[], strings: Strings, format: NumberFormatter, labelledBy: string, compact = false): HTMLTableElement {
  const w = strings.workshop;
  const g = w.group;
  const per = questionPer(question);
  const rows = question.items.map((item) => summaries.find((s) => s.id === item.id)!);
  const max = niceScaleMax(Math.max(...question.items.map(itemTruth), ...rows.map((r) => r.max ?? 0)));
  const perText = w.per[String(per) as '100' | '1000'];
  const table = el('table', 'ws-spread');
  table.setAttribute('aria-labelledby', labelledBy);
  table.append(el('caption', 'visually-hidden', fillTemplate(g.spread_alt, { max: format.count(max), per: perText })));
  const head = el('tr');
  const columns = compact
    ? [g.col_item, `${g.col_median} (${perText})`, g.col_iqr, g.col_truth]
    : [g.col_item, `${g.col_median} (${perText})`, g.col_iqr, g.col_range, g.col_truth, g.col_n, g.col_above, ''];
  for (const [i, text] of columns.entries()) {
    const th = el('th', !compact && (i === 3 || i === 5 || i === 6) ? 'ws-spread__extra' : undefined, text);
    th.scope = 'col';
    if (text === '') th.append(el('span', 'visually-hidden', g.spread_alt.split(':')[0]));
    head.append(th);
  }
  const thead = el('thead');
  thead.append(head);
  const body = el('tbody');
  const none = g.none_for_item;
  for (const r of rows) {
    const row = el('tr');
    row.dataset.item = r.id;
    const th = el('th', undefined, w.items_short[r.id as keyof typeof w.items_short]);
    th.scope = 'row';
    const median = el('td', undefined, r.median === null ? none : formatCount(format, r.median));
    median.dataset.role = 'median';
    if (r.medianDifference !== null) median.append(el('span', 'ws-spread__diff', ` (${formatDifference(format, r.medianDifference)})`));
    const iqr = el('td', undefined, r.q1 === null ? none : `${formatCount(format, r.q1)}–${formatCount(format, r.q3!)}`);
    iqr.dataset.role = 'iqr';
    const truth = el('td', 'num', formatCount(format, r.truth));
    truth.dataset.kind = 'published';
    truth.dataset.role = 'truth';
    row.append(th, median, iqr);
    if (!compact) {
      // Range, count and "guessed too high" are extras a phone leaves out (class ws-spread__extra).
      const range = el('td', 'ws-spread__extra', r.min === null ? none : `${formatCount(format, r.min)}–${formatCount(format, r.max!)}`);
      const n = el('td', 'ws-spread__extra', format.count(r.n));
      n.dataset.role = 'n';
      const above = el('td', 'ws-spread__extra', format.count(r.above));
      row.append(range, truth, n, above);
    } else {
      row.append(truth);
    }
    if (!compact) {
      const trackCell = el('td', 'ws-spread__track-cell');
      const track = el('span', 'ws-spread__track');
      track.setAttribute('aria-hidden', 'true');
      if (r.q1 !== null && r.q3 !== null && r.median !== null) {
        const band = el('span', 'ws-spread__band');
        band.style.left = `${barPercent(r.q1, max)}%`;
        band.style.width = `${Math.max(0.8, barPercent(r.q3, max) - barPercent(r.q1, max))}%`;
        const mid = el('span', 'ws-spread__median');
        mid.style.left = `${barPercent(r.median, max)}%`;
        track.append(band, mid);
      }
      const diamond = el('span', 'ws-spread__truth');
      diamond.style.left = `${barPercent(r.truth, max)}%`;
      track.append(diamond);
      trackCell.append(track);
      row.append(trackCell);
    }
    body.append(row);
  }
  table.append(thead, body);
  return table;
}

/** A legend for the spread tracks. */
export function roomSpreadLegend(strings: Strings): HTMLElement {
  const g = strings.workshop.group;
  const list = el('ul', 'ws-spread__legend');
  list.setAttribute('aria-hidden', 'true');
  for (const [cls, text] of [['band', g.legend_iqr], ['median', g.legend_median], ['truth', g.legend_truth]] as const) {
    const li = el('li');
    li.append(el('span', `ws-spread__key ws-spread__key--${cls}`), text);
    list.append(li);
  }
  return list;
}
