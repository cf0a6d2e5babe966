// The answer slides' charts, re-rendered with the room's guesses (this browser's codes and hand counts) by the
// presenter view and the speaker view's previews, from the same renderer the build uses.
import { WORKSHOP_QUESTIONS } from '../../lib/workshop/questions';
import { roomStripHtml } from '../../lib/workshop/room-strip-html';
import { numberFormatter } from '../../lib/format/number-formatter';
import { pageContext } from '../page-context';
import { roomState } from './room-store';

/** Draws every answer chart under `root` ([data-role="room"]) with the room as stored now. */
export function fillRoomCharts(root: ParentNode): void {
  const { strings, locale } = pageContext();
  const format = numberFormatter(locale);
  const { guesses, people } = roomState();
  for (const target of root.querySelectorAll<HTMLElement>('[data-role="room"]')) {
    const question = WORKSHOP_QUESTIONS.find((q) => q.id === target.dataset.question);
    if (!question) continue;
    // The source line is the one the build rendered under the chart.
    const source = target.querySelector('.ws-strip__source')?.textContent ?? '';
    target.innerHTML = roomStripHtml(question, guesses, strings.workshop, format, { labelledBy: target.dataset.labelledby ?? '', source, people });
  }
}
