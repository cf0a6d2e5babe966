import { escapeHtml } from '../format/escape-html';
import { fillTemplate } from '../format/fill-template';
import type { RejectedLine } from './room-codes';
import type { WorkshopStrings } from './workshop-strings';

/** Longest piece of a pasted line quoted back in a message (a whole pasted paragraph would drown it). */
const QUOTE_MAX = 40;

/**
 * The pasted lines the group mode did not add, as list items: which line, what it said and why, in a
 * sentence (`codeLength` fills the "a code has … characters" message).
 */
export function rejectedCodesHtml(rejected: readonly RejectedLine[], w: WorkshopStrings, codeLength: number): string {
  const g = w.group;
  return rejected
    .map((r) => {
      const problem = fillTemplate(g.problems[r.problem], { length: codeLength });
      const text = r.text.length > QUOTE_MAX ? `${r.text.slice(0, QUOTE_MAX)}…` : r.text;
      return `<li data-problem="${r.problem}">${escapeHtml(fillTemplate(g.rejected_line, { line: r.line, text, problem }))}</li>`;
    })
    .join('');
}
