import { escapeHtml } from '../format/escape-html';
import { fillTemplate } from '../format/fill-template';
import type { NumberFormatter } from '../format/number-formatter';
import { pluralPicker } from './plural';
import type { RejectedLine } from './room-codes';
import type { WorkshopStrings } from './workshop-strings';

/** Longest piece of a pasted line quoted back in a message (a whole pasted paragraph would drown it). */
const QUOTE_MAX = 40;

/**
 * The pasted lines the group mode did not add, as list items: which line, what it said and why, in a
 * sentence (`codeLength` fills the "a code has … characters" message). When more lines were rejected
 * than are named (`total`), a last item counts the rest, so a huge paste gives a short list.
 */
export function rejectedCodesHtml(rejected: readonly RejectedLine[], total: number, w: WorkshopStrings, codeLength: number, format: NumberFormatter, locale: string): string {
  const g = w.group;
  const more = total - rejected.length;
  const tail = more > 0 ? `<li data-problem="more">${escapeHtml(fillTemplate(pluralPicker(locale)(g.rejected_more, more), { n: format.count(more) }))}</li>` : '';
  return rejected
    .map((r) => {
      const problem = fillTemplate(g.problems[r.problem], { length: codeLength });
      const text = r.text.length > QUOTE_MAX ? `${r.text.slice(0, QUOTE_MAX)}…` : r.text;
      return `<li data-problem="${r.problem}">${escapeHtml(fillTemplate(g.rejected_line, { line: r.line, text, problem }))}</li>`;
    })
    .join('') + tail;
}
