import { escapeHtml } from '../format/escape-html';
import { fillTemplate } from '../format/fill-template';
import type { NumberFormatter } from '../format/number-formatter';
import type { WorkshopQuestion } from './questions';
import { roomSpreadHtml } from './room-spread-html';
import type { RoomItemSummary } from './room-summary';
import type { WorkshopStrings } from './workshop-strings';

/**
 * The room's guesses beside the published bars on a presenter answer slide: a heading with how many took
 * part, then the short spread table (median, middle half, published figure) it labels.
 */
export function presenterRoomHtml(question: WorkshopQuestion, summaries: readonly RoomItemSummary[], participants: number, w: WorkshopStrings, format: NumberFormatter): string {
  const p = w.presenter;
  const headingId = `room-${question.id}`;
  const heading = `${p.room_median} (${fillTemplate(p.room_n, { n: format.count(participants) })})`;
  return `<h3 id="${escapeHtml(headingId)}">${escapeHtml(heading)}</h3>` + roomSpreadHtml(question, summaries, w, format, { labelledBy: headingId, compact: true });
}
