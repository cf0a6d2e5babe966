// Small hand-made inputs for the workshop's HTML renderers: strings with markers (and characters that
// must be escaped) instead of the site's texts, two questions on published figures, and a parser that
// reads the rendered HTML back as a DOM (linkedom, as at build time).
import { parseHTML } from 'linkedom';
import { numberFormatter } from '../../../src/lib/format/number-formatter';
import type { WorkshopQuestion } from '../../../src/lib/workshop/questions';
import type { WorkshopStrings } from '../../../src/lib/workshop/workshop-strings';

export const format = numberFormatter('sv-SE');

/** Two items of 100: published 1.1 and 26.8 (Table 2), a scale to 50 when nobody guesses above it. */
export const BELIEF: WorkshopQuestion = {
  id: 'q1',
  items: [
    { id: 'a', figure: 'job_rate_belief_1', per: 100 },
    { id: 'b', figure: 'job_rate_belief_5', per: 100 },
  ],
};

/** One item of 1000: published 5.3 % → 53 of 1000. */
export const PER_MILLE: WorkshopQuestion = { id: 'q2', items: [{ id: 'c', figure: 'orientation_rate_low', per: 1000 }] };

export const W: WorkshopStrings = {
  quiz: {
    answer: 'ANSWER',
    your_guess: 'GUESS',
    published: 'PUBLISHED',
    difference: 'DIFF',
    bars_alt: 'BARS 0–{max} {per}',
    revealed_title: 'REVEALED',
    summary: { one: 'CLOSE {close} OF {total} ROW', other: 'CLOSE {close} OF {total}' },
    summary_none: 'NO GUESS',
    close_definition: 'CLOSE MEANS',
    discuss: 'DISCUSS',
  },
  group: {
    col_item: 'ITEM',
    col_median: 'MEDIAN',
    col_iqr: 'IQR',
    col_range: 'RANGE',
    col_truth: 'TRUTH',
    col_n: 'N',
    col_above: 'ABOVE',
    col_track: 'TRACK',
    spread_alt: 'SPREAD 0–{max} {per}',
    legend_iqr: 'L-IQR',
    legend_median: 'L-MEDIAN',
    legend_truth: 'L-TRUTH',
    none_for_item: '–',
    rejected_line: 'LINE {line} “{text}”: {problem}',
    rejected_more: { one: 'ONE MORE {n}', other: 'MORE {n}' },
    problems: {
      empty: 'EMPTY',
      invalid_characters: 'INVALID',
      unknown_version: 'VERSION',
      wrong_length: 'LENGTH {length}',
      checksum: 'CHECKSUM',
      out_of_range: 'RANGE',
      no_answers: 'NONE',
    },
    messages: {
      added: { one: 'ADDED ONE {n}', other: 'ADDED {n}' },
      replaced: { one: 'REPLACED ONE {n}', other: 'REPLACED {n}' },
      duplicates: { one: 'DUP ONE {n}', other: 'DUP {n}' },
      rejected: { one: 'BAD ONE {n}', other: 'BAD {n}' },
      unread: { one: 'UNREAD ONE {n} MAX {max}', other: 'UNREAD {n} MAX {max}' },
      nothing: 'NOTHING',
    },
  },
  slides: {
    col_scale: 'SCALE',
    col_published: 'REPORT ({per})',
    col_room: 'ROOM',
    answers_n: '{n} ANSWERS',
    strip_alt: 'STRIP 0–{max} {per}',
    strip_alt_room: 'STRIP {n} PEOPLE 0–{max} {per}',
    legend_published: 'L-REPORT',
    legend_dot: 'L-DOT {n}',
    legend_median: 'L-MEDIAN',
  },
  per: { '100': 'of 100', '1000': 'of 1 000' },
  verdicts: { close: 'close', too_high: 'high', too_low: 'low', missing: 'no guess' },
  items_short: { a: 'A & <a>', b: 'B "b"', c: 'C' },
  questions: { q1: { discussion: 'Talk <about> it' }, q2: { discussion: 'Q2 talk' } },
};

/** The rendered HTML as a DOM, to read structure, classes and attributes back. */
export function dom(html: string): Document {
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as unknown as Document;
}

/** The text of every cell, row by row, of the body of the first table (spaces squeezed). */
export function bodyCells(document: Document): string[][] {
  return [...document.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim()));
}
